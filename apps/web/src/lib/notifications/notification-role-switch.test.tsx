import {
  meResponseSchema,
  notificationListResponseSchema,
  okResponseSchema,
  type MeResponse,
} from '@kinerja/contract';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { installFakeApi, makeMe, reply } from '../../test/fake-api';
import { renderAppAt } from '../../test/render-app';

const NOTE_ID = '6f1c2b1e-0000-4000-8000-000000000009';

function principalMe(activeRole: MeResponse['activeRole']): MeResponse {
  const place = {
    schoolId: 'school-a',
    schoolName: 'SMA Negeri 1 Contoh Bandung',
    dinasId: null,
    dinasName: null,
  };
  return meResponseSchema.parse({
    ...makeMe(),
    roles: [
      { role: 'principal_supervisor', label: 'Kepala Sekolah sebagai Atasan', ...place },
      { role: 'principal_employee', label: 'Kepala Sekolah sebagai Pegawai', ...place },
    ],
    activeRole,
  });
}

describe('a notification about work of another role (issue #11 item 1)', () => {
  it('switches the principal to "Sebagai Pegawai" before opening their own plan', async () => {
    let active: MeResponse['activeRole'] = 'principal_supervisor';
    const api = installFakeApi({
      'GET /api/me': () => reply(meResponseSchema, principalMe(active)),
      'GET /api/notifications': () =>
        reply(notificationListResponseSchema, {
          unreadCount: 0,
          notifications: [
            {
              id: NOTE_ID,
              kind: 'plan_approved',
              title: 'Perencanaan Kinerja disetujui',
              body: 'Perencanaan Kinerja periode 2026 Anda telah disetujui.',
              planId: null,
              periodId: '2026',
              isRead: true,
              createdAt: '2026-01-20T02:15:00.000Z',
            },
          ],
        }),
      'POST /api/me/role': (call) => {
        active = (call.body as { role: MeResponse['activeRole'] }).role;
        return reply(okResponseSchema, { ok: true });
      },
    });
    renderAppAt('/notifikasi');
    const main = await screen.findByRole('main');
    const user = userEvent.setup();
    await user.click(
      await within(main).findByRole('link', { name: /Perencanaan Kinerja disetujui/ }),
    );
    await waitFor(() => expect(window.location.pathname).toBe('/rencana'));
    expect(api.calls.filter((call) => call.path === '/api/me/role').map((c) => c.body)).toEqual([
      { role: 'principal_employee' },
    ]);
    // The menu is the employee's now: their own plan is one of its entries.
    const nav = screen.getByRole('navigation', { name: 'Navigasi utama' });
    expect(await within(nav).findByRole('link', { name: 'Perencanaan Kinerja' })).toBeTruthy();
  });
});
