import { meResponseSchema, okResponseSchema, type RoleCode } from '@kinerja/contract';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { installFakeApi, makeMe, reply } from '../../test/fake-api';
import { renderAppAt } from '../../test/render-app';

const schoolA = {
  schoolId: 'school-a',
  schoolName: 'SMA Negeri 1 Contoh Bandung',
  dinasId: null,
  dinasName: null,
};

/** A definitive principal: atasan of the teachers and pegawai in their own right (domain.md §1.3). */
const principal = (activeRole: RoleCode) =>
  makeMe({
    person: { ...makeMe().person, name: 'Dr. Siti Rahmawati, M.Pd.', jenisPtk: 'Kepala Sekolah' },
    roles: [
      { role: 'principal_supervisor', label: 'Kepala Sekolah sebagai Atasan', ...schoolA },
      { role: 'principal_employee', label: 'Kepala Sekolah sebagai Pegawai', ...schoolA },
    ],
    activeRole,
    csrfToken: 'csrf-principal',
  });

describe('role switcher', () => {
  it('posts the chosen role with the CSRF token and shows the new active role', async () => {
    let active: RoleCode = 'principal_supervisor';
    const api = installFakeApi({
      'GET /api/me': () => reply(meResponseSchema, principal(active)),
      'POST /api/me/role': (call) => {
        active = (call.body as { role: RoleCode }).role;
        return reply(okResponseSchema, { ok: true });
      },
    });
    renderAppAt('/');
    const activeRole = await screen.findByTestId('active-role');
    expect(activeRole.textContent).toBe('Kepala Sekolah sebagai Atasan');

    const user = userEvent.setup();
    const group = within(screen.getByRole('main')).getByRole('group', { name: 'Pilih peran' });
    await user.click(
      within(group).getByRole('button', { name: /^Kepala Sekolah sebagai Pegawai/ }),
    );

    await waitFor(() =>
      expect(screen.getByTestId('active-role').textContent).toBe('Kepala Sekolah sebagai Pegawai'),
    );
    const posts = api.calls.filter((c) => c.method === 'POST');
    expect(posts).toEqual([
      expect.objectContaining({ path: '/api/me/role', body: { role: 'principal_employee' } }),
    ]);
    expect(posts[0]?.headers['x-csrf-token']).toBe('csrf-principal');
    expect(
      within(group)
        .getByRole('button', { name: /^Kepala Sekolah sebagai Pegawai/ })
        .getAttribute('aria-pressed'),
    ).toBe('true');
  });
});
