import {
  meResponseSchema,
  notificationListResponseSchema,
  okResponseSchema,
  personLookupResponseSchema,
  staffListResponseSchema,
  timKinerjaListResponseSchema,
  timKinerjaMemberSchema,
  type TimKinerjaMember,
} from '@kinerja/contract';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { installFakeApi, makeMe, reply } from '../../../test/fake-api';
import { renderAppAt } from '../../../test/render-app';

/** The whole app loads first (session, bell, page); a busy test machine may need a while. */
const FIRST_LOAD = { timeout: 5_000 };

const SCHOOL = '5a0c0000-0000-4000-8000-00000000000a';
const KEPSEK = { id: '5a0c0000-0000-4000-8000-000000000001', name: 'Dr. Siti Rahmawati, M.Pd.' };
const PENGAWAS = { id: '5a0c0000-0000-4000-8000-000000000002', name: 'Drs. Bambang Hermawan' };
const OPERATOR = { id: '5a0c0000-0000-4000-8000-000000000003', name: 'Rudi Hartono' };
const operatorMe = makeMe({
  person: { ...makeMe().person, id: OPERATOR.id, name: OPERATOR.name },
  roles: [
    {
      role: 'school_operator',
      label: 'Operator Sekolah',
      schoolId: SCHOOL,
      schoolName: 'SMA Negeri 1 Contoh Bandung',
      dinasId: null,
      dinasName: null,
    },
  ],
  activeRole: 'school_operator',
});
const staff = (id: string, name: string, jenisPtk: string) => ({
  id,
  name,
  nip: null,
  nuptk: null,
  email: null,
  employmentStatus: 'pns' as const,
  jenisPtk,
  mustChangePassword: false,
  abilities: { canResetPassword: true },
});

describe('/tim-kinerja — Tim Kinerja (Pra-Perencanaan)', () => {
  it(
    'assigns a member found by NIP to the principal, and removes one only after confirming',
    { timeout: 15_000 },
    async () => {
      const members: TimKinerjaMember[] = [];
      const api = installFakeApi({
        'GET /api/me': () => reply(meResponseSchema, operatorMe),
        'GET /api/notifications': () =>
          reply(notificationListResponseSchema, { unreadCount: 0, notifications: [] }),
        'GET /api/tim-kinerja': () => reply(timKinerjaListResponseSchema, { members }),
        [`GET /api/schools/${SCHOOL}/staff`]: () =>
          reply(staffListResponseSchema, {
            staff: [
              staff('5a0c0000-0000-4000-8000-000000000009', 'Andi Wijaya, S.Pd.', 'Guru Mapel'),
              staff(KEPSEK.id, KEPSEK.name, 'Kepala Sekolah'),
            ],
          }),
        'GET /api/people/lookup': () =>
          reply(personLookupResponseSchema, {
            people: [{ ...PENGAWAS, jenisPtk: 'Pengawas Sekolah', matchedBy: 'nip', school: null }],
          }),
        'POST /api/tim-kinerja': (call) => {
          const body = call.body as { employeeId: string; memberId: string };
          const member = {
            id: '5a0c0000-0000-4000-8000-0000000000f1',
            periodId: '2026',
            schoolId: SCHOOL,
            employee: KEPSEK,
            member: PENGAWAS,
            assignedBy: OPERATOR,
            createdAt: '2025-12-30T03:00:00.000Z',
          };
          expect(body).toMatchObject({ employeeId: KEPSEK.id, memberId: PENGAWAS.id });
          members.push(member);
          return reply(timKinerjaMemberSchema, member, 201);
        },
        'DELETE /api/tim-kinerja/5a0c0000-0000-4000-8000-0000000000f1': () => {
          members.pop();
          return reply(okResponseSchema, { ok: true });
        },
      });
      renderAppAt('/tim-kinerja');
      await screen.findByRole('heading', { name: 'Tim Kinerja', level: 1 }, FIRST_LOAD);
      const employee = await screen.findByLabelText('Pegawai yang dinilai', {}, FIRST_LOAD);
      // The principal comes first and is chosen by default.
      expect((employee as HTMLSelectElement).value).toBe(KEPSEK.id);
      await screen.findByText('Belum ada anggota Tim Kinerja di sekolah ini.');

      const user = userEvent.setup();
      await user.click(screen.getByRole('button', { name: 'Tetapkan' }));
      expect(screen.getByText('Cari dan pilih pegawai terlebih dahulu.')).toBeTruthy();
      await user.click(screen.getByLabelText('NIP, NUPTK atau email'));
      await user.paste('196905231994031005');
      await user.click(screen.getByRole('button', { name: 'Cari' }));
      await screen.findByText(PENGAWAS.name);
      await user.click(screen.getByRole('button', { name: 'Tetapkan' }));
      await screen.findByText(
        `${PENGAWAS.name} ditetapkan sebagai anggota Tim Kinerja ${KEPSEK.name}`,
      );
      const remove = await screen.findByRole('button', {
        name: `Hapus ${PENGAWAS.name} dari Tim Kinerja ${KEPSEK.name}`,
      });

      await user.click(remove);
      let dialog = screen.getByRole('dialog', { name: 'Hapus anggota Tim Kinerja?' });
      await user.click(within(dialog).getByRole('button', { name: 'Batal' }));
      expect(api.calls.some((c) => c.method === 'DELETE')).toBe(false);
      await user.click(remove);
      dialog = screen.getByRole('dialog', { name: 'Hapus anggota Tim Kinerja?' });
      await user.click(within(dialog).getByRole('button', { name: 'Ya, hapus' }));
      await screen.findByText(`${PENGAWAS.name} dihapus dari Tim Kinerja ${KEPSEK.name}`);
      await waitFor(() => expect(screen.queryByRole('button', { name: /^Hapus / })).toBeNull());
      expect(api.calls.filter((c) => c.method === 'DELETE')).toHaveLength(1);
    },
  );
});
