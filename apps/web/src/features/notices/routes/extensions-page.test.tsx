import {
  deadlineExtensionSchema,
  extensionOverviewResponseSchema,
  homeResponseSchema,
  meResponseSchema,
  notificationListResponseSchema,
  personLookupResponseSchema,
} from '@kinerja/contract';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { installFakeApi, makeMe, reply, replyError } from '../../../test/fake-api';
import { renderAppAt } from '../../../test/render-app';

/** The whole app loads first (session, bell, page); a busy test machine may need a while. */
const FIRST_LOAD = { timeout: 5_000 };

const TEACHER_ID = '3d5c8a10-0000-4000-8000-000000000001';
const admin = makeMe({
  person: {
    id: '3d5c8a10-0000-4000-8000-0000000000ad',
    name: 'Administrator Kinerja',
    email: 'admin@kinerja.id',
    nip: null,
    nuptk: null,
    employmentStatus: 'non_asn',
    golonganRuang: null,
    jenjangJabatan: null,
    jenisPtk: null,
  },
  schools: [],
  roles: [
    {
      role: 'admin',
      label: 'Admin',
      schoolId: null,
      schoolName: null,
      dinasId: null,
      dinasName: null,
    },
  ],
  activeRole: 'admin',
});
const joko = {
  id: TEACHER_ID,
  name: 'Joko Prasetyo, S.Pd.',
  jenisPtk: 'Guru Mapel',
  matchedBy: 'nip' as const,
  school: { id: 'school-c', name: 'SMP Negeri Contoh 3', npsn: '20200003' },
};

function install(onGrant: (body: unknown) => ReturnType<typeof reply>) {
  return installFakeApi({
    'GET /api/me': () => reply(meResponseSchema, admin),
    'GET /api/home': () =>
      reply(homeResponseSchema, {
        period: { id: '2026', label: 'Januari–Desember 2026' },
        deadlines: [],
        tasks: [],
        unreadNotifications: 0,
      }),
    'GET /api/notifications': () =>
      reply(notificationListResponseSchema, { unreadCount: 0, notifications: [] }),
    'GET /api/deadline-extensions/overview': () =>
      reply(extensionOverviewResponseSchema, {
        period: { id: '2026', label: 'Januari–Desember 2026' },
        extensions: [],
      }),
    'GET /api/people/lookup': () => reply(personLookupResponseSchema, { people: [joko] }),
    'POST /api/deadline-extensions': (call) => onGrant(call.body),
  });
}

describe('/perpanjangan — Perpanjangan Tenggat', () => {
  it(
    'names the missing fields, shows the server’s date error on its field, saves once',
    { timeout: 15_000 },
    async () => {
      let grants = 0;
      const api = install((body) => {
        grants += 1;
        const { until } = body as { until: string };
        if (until <= '2026-01-31') {
          return replyError(400, {
            code: 'VALIDATION_FAILED',
            message: 'until: tanggal harus setelah batas tahap ini (31 Januari 2026)',
            requestId: 'req-1',
            fields: [
              {
                field: 'until',
                message: 'tanggal harus setelah batas tahap ini (31 Januari 2026)',
              },
            ],
          });
        }
        return reply(
          deadlineExtensionSchema,
          {
            id: '9e1d0000-0000-4000-8000-000000000001',
            personId: TEACHER_ID,
            periodId: '2026',
            stage: 'planning',
            until,
            reason: 'Sakit, surat dokter terlampir',
            grantedBy: { id: admin.person.id, name: admin.person.name },
            createdAt: '2026-02-02T03:00:00.000Z',
          },
          201,
        );
      });
      renderAppAt('/perpanjangan');
      await screen.findByRole('heading', { name: 'Perpanjangan Tenggat', level: 1 }, FIRST_LOAD);
      const user = userEvent.setup();

      // Nothing filled: every missing field is named, nothing is sent.
      await user.click(screen.getByRole('button', { name: 'Perpanjang' }));
      expect(screen.getByText('Cari dan pilih pegawai terlebih dahulu.')).toBeTruthy();
      expect(screen.getByLabelText('Alasan').getAttribute('aria-invalid')).toBe('true');
      expect(screen.getByText('Alasan wajib diisi (minimal 3 karakter).')).toBeTruthy();
      expect(screen.getByLabelText('Diperpanjang sampai').getAttribute('aria-invalid')).toBe(
        'true',
      );

      await user.click(screen.getByLabelText('NIP, NUPTK atau email'));
      await user.paste('199008252015031004');
      await user.keyboard('{Enter}');
      await screen.findByText('Joko Prasetyo, S.Pd.');
      expect(api.calls.some((c) => c.path === '/api/people/lookup')).toBe(true);
      await user.type(screen.getByLabelText('Diperpanjang sampai'), '2026-01-30');
      await user.click(screen.getByLabelText('Alasan'));
      await user.paste('Sakit, surat dokter terlampir');
      await user.click(screen.getByRole('button', { name: 'Perpanjang' }));

      let dialog = await screen.findByRole('dialog', { name: 'Perpanjang tenggat?' });
      expect(dialog.textContent).toContain(
        'Perencanaan Kinerja untuk Joko Prasetyo, S.Pd. akan diperpanjang sampai 30 Januari 2026',
      );
      await user.click(within(dialog).getByRole('button', { name: 'Ya, perpanjang' }));
      const dateField = screen.getByLabelText('Diperpanjang sampai');
      await waitFor(() => expect(dateField.getAttribute('aria-invalid')).toBe('true'));
      expect(
        screen.getByText('tanggal harus setelah batas tahap ini (31 Januari 2026)').id,
      ).toBeTruthy();
      expect(dateField.getAttribute('aria-describedby')).toContain(
        screen.getByText('tanggal harus setelah batas tahap ini (31 Januari 2026)').id,
      );
      expect(screen.queryByRole('dialog')).toBeNull();

      await user.clear(dateField);
      await user.type(dateField, '2026-02-20');
      await user.click(screen.getByRole('button', { name: 'Perpanjang' }));
      dialog = await screen.findByRole('dialog', { name: 'Perpanjang tenggat?' });
      const confirm = within(dialog).getByRole('button', { name: 'Ya, perpanjang' });
      // A double tap sends one request.
      await user.dblClick(confirm);
      await screen.findByText(
        'Perencanaan Kinerja untuk Joko Prasetyo, S.Pd. diperpanjang sampai 20 Februari 2026.',
      );
      expect(grants).toBe(2);
      const sent = api.calls.filter((c) => c.path === '/api/deadline-extensions').at(-1);
      expect(sent?.body).toEqual({
        personId: TEACHER_ID,
        periodId: '2026',
        stage: 'planning',
        until: '2026-02-20',
        reason: 'Sakit, surat dokter terlampir',
      });
      expect(sent?.headers['x-csrf-token']).toBe('csrf-token-from-me');
    },
  );

  it('tells a teacher the page is for the Dinas or Admin', async () => {
    installFakeApi({
      'GET /api/me': () => reply(meResponseSchema, makeMe()),
      'GET /api/notifications': () =>
        reply(notificationListResponseSchema, { unreadCount: 0, notifications: [] }),
    });
    renderAppAt('/perpanjangan');
    await screen.findByText(/Halaman ini untuk peran Dinas atau Admin/);
    expect(screen.queryByRole('button', { name: 'Perpanjang' })).toBeNull();
  });
});
