import {
  homeResponseSchema,
  meResponseSchema,
  notificationListResponseSchema,
  personLookupResponseSchema,
  resetPasswordResponseSchema,
} from '@kinerja/contract';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { installFakeApi, makeMe, reply } from '../../../test/fake-api';
import { renderAppAt } from '../../../test/render-app';

/** The whole app loads first (session, bell, page); a busy test machine may need a while. */
const FIRST_LOAD = { timeout: 5_000 };

const dinas = makeMe({
  roles: [
    {
      role: 'dinas_official',
      label: 'Dinas',
      schoolId: null,
      schoolName: null,
      dinasId: '3d5c8a10-0000-4000-8000-0000000000d1',
      dinasName: 'Dinas Pendidikan Kabupaten Bandung',
    },
  ],
  activeRole: 'dinas_official',
});
const head = {
  id: '3d5c8a10-0000-4000-8000-000000000011',
  name: 'Dra. Sri Wahyuni',
  jenisPtk: 'Kepala Sekolah',
  matchedBy: 'nip' as const,
  school: { id: 'school-b', name: 'SMP Negeri Contoh 2', npsn: '20200002' },
  abilities: { canResetPassword: true },
};
const teacher = {
  ...head,
  id: '3d5c8a10-0000-4000-8000-000000000012',
  name: 'Joko Prasetyo, S.Pd.',
  jenisPtk: 'Guru Mapel',
  abilities: { canResetPassword: false },
};

function install(people: unknown[]) {
  return installFakeApi({
    'GET /api/me': () => reply(meResponseSchema, dinas),
    'GET /api/home': () =>
      reply(homeResponseSchema, {
        period: { id: '2026', label: 'Januari–Desember 2026' },
        deadlines: [],
        tasks: [],
        unreadNotifications: 0,
      }),
    'GET /api/notifications': () =>
      reply(notificationListResponseSchema, { unreadCount: 0, notifications: [] }),
    'GET /api/people/lookup': () => reply(personLookupResponseSchema, { people: people as never }),
    [`POST /api/people/${head.id}/reset-password`]: () =>
      reply(resetPasswordResponseSchema, { temporaryPassword: 'abcd-efgh-jkmn' }),
  });
}

describe('/akun — Atur Ulang Kata Sandi (Dinas, Admin)', () => {
  it(
    'offers the reset only where the API allows it, and shows the temporary password once',
    {
      timeout: 15_000,
    },
    async () => {
      const api = install([head, teacher]);
      renderAppAt('/akun');
      await screen.findByRole('heading', { name: 'Atur Ulang Kata Sandi', level: 1 }, FIRST_LOAD);
      expect(screen.getByRole('link', { name: 'Atur Ulang Kata Sandi' })).toBeTruthy();
      const user = userEvent.setup();
      await user.type(screen.getByLabelText('NIP, NUPTK, atau email'), '196805121994032007');
      await user.click(screen.getByRole('button', { name: 'Cari' }));
      await screen.findByText('Dra. Sri Wahyuni');
      expect(screen.getByText('Joko Prasetyo, S.Pd.')).toBeTruthy();
      expect(
        screen.queryByRole('button', { name: 'Atur ulang kata sandi Joko Prasetyo, S.Pd.' }),
      ).toBeNull();
      await user.click(
        screen.getByRole('button', { name: 'Atur ulang kata sandi Dra. Sri Wahyuni' }),
      );
      const confirm = await screen.findByRole('dialog', { name: 'Atur ulang kata sandi?' });
      await user.click(within(confirm).getByRole('button', { name: 'Atur ulang' }));
      const done = await screen.findByRole('dialog', { name: 'Kata sandi sementara' });
      expect(within(done).getByTestId('temporary-password').textContent).toBe('abcd-efgh-jkmn');
      const sent = api.calls.find((c) => c.path.endsWith('/reset-password'));
      expect(sent?.path).toBe(`/api/people/${head.id}/reset-password`);
    },
  );

  it('says so when nobody is found within the jurisdiction', { timeout: 15_000 }, async () => {
    install([]);
    renderAppAt('/akun');
    const user = userEvent.setup();
    await user.type(
      await screen.findByLabelText('NIP, NUPTK, atau email', {}, FIRST_LOAD),
      '199001012020121999',
    );
    await user.click(screen.getByRole('button', { name: 'Cari' }));
    await screen.findByText(/Tidak ada akun dengan NIP, NUPTK, atau email itu/);
  });

  it('tells a teacher who resets passwords instead', async () => {
    installFakeApi({
      'GET /api/me': () => reply(meResponseSchema, makeMe()),
      'GET /api/notifications': () =>
        reply(notificationListResponseSchema, { unreadCount: 0, notifications: [] }),
    });
    renderAppAt('/akun');
    await screen.findByText(/Halaman ini untuk Dinas dan Admin/, {}, FIRST_LOAD);
    expect(screen.queryByRole('button', { name: 'Cari' })).toBeNull();
  });
});
