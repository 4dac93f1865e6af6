import {
  homeResponseSchema,
  meResponseSchema,
  notificationListResponseSchema,
  okResponseSchema,
  readAllNotificationsResponseSchema,
  type NotificationDto,
} from '@kinerja/contract';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { installFakeApi, makeMe, reply } from '../../test/fake-api';
import { renderAppAt } from '../../test/render-app';

/** The whole app loads first (session, bell, page); a busy test machine may need a while. */
const FIRST_LOAD = { timeout: 5_000 };

const RETURNED_ID = '6f1c2b1e-0000-4000-8000-000000000001';
const SUBMITTED_ID = '6f1c2b1e-0000-4000-8000-000000000002';
const OLD_ID = '6f1c2b1e-0000-4000-8000-000000000003';
const PLAN_ID = '7a0d3c2e-0000-4000-8000-0000000000aa';

function notification(overrides: Partial<NotificationDto> & { id: string }): NotificationDto {
  return {
    kind: 'plan_approved',
    title: 'Perencanaan Kinerja disetujui',
    body: 'Perencanaan Kinerja periode 2026 Anda telah disetujui.',
    planId: PLAN_ID,
    periodId: '2026',
    isRead: true,
    createdAt: '2026-01-20T02:15:00.000Z',
    ...overrides,
  };
}

/** A fake notifications API with two unread notifications that remembers what was read. */
function installNotifications() {
  const items = [
    notification({
      id: RETURNED_ID,
      kind: 'plan_returned',
      title: 'Perencanaan Kinerja dikembalikan',
      body: 'Dr. Siti mengembalikan Perencanaan Kinerja Anda dengan catatan: "Lengkapi SK".',
      isRead: false,
    }),
    notification({
      id: SUBMITTED_ID,
      kind: 'plan_submitted',
      title: 'Perencanaan Kinerja perlu disetujui',
      body: 'Rina Marlina mengajukan Perencanaan Kinerja periode 2026.',
      isRead: false,
    }),
    notification({ id: OLD_ID }),
  ];
  const list = () =>
    reply(notificationListResponseSchema, {
      unreadCount: items.filter((n) => !n.isRead).length,
      notifications: items,
    });
  const api = installFakeApi({
    'GET /api/me': () => reply(meResponseSchema, makeMe()),
    'GET /api/home': () =>
      reply(homeResponseSchema, {
        period: { id: '2026', label: 'Januari–Desember 2026' },
        deadlines: [],
        tasks: [],
        unreadNotifications: 2,
      }),
    'GET /api/notifications': list,
    [`POST /api/notifications/${RETURNED_ID}/read`]: () => {
      items[0]!.isRead = true;
      return reply(okResponseSchema, { ok: true });
    },
    'POST /api/notifications/read-all': () => {
      const updated = items.filter((n) => !n.isRead).length;
      items.forEach((n) => (n.isRead = true));
      return reply(readAllNotificationsResponseSchema, { updated });
    },
  });
  return api;
}

describe('the notification bell', () => {
  it('shows the unread count, and opening one marks it read and goes to Rencana', async () => {
    const api = installNotifications();
    renderAppAt('/');
    const bell = await screen.findByRole(
      'button',
      { name: 'Notifikasi, 2 belum dibaca' },
      FIRST_LOAD,
    );
    expect(screen.getByTestId('bell-count').textContent).toBe('2');
    // The bell asks for a small page only: it is polled every minute.
    const polled = api.calls.find((c) => c.path === '/api/notifications');
    expect(polled).toBeDefined();

    const user = userEvent.setup();
    await user.click(bell);
    expect(bell.getAttribute('aria-expanded')).toBe('true');
    const panel = screen.getByRole('region', { name: 'Notifikasi' });
    const returned = within(panel).getByRole('link', { name: /Perencanaan Kinerja dikembalikan/ });
    expect(returned.getAttribute('href')).toBe('/rencana');
    // A submitted plan opens in Periksa, for the supervisor.
    expect(
      within(panel)
        .getByRole('link', { name: /Perencanaan Kinerja perlu disetujui/ })
        .getAttribute('href'),
    ).toBe(`/periksa/${PLAN_ID}`);

    await user.click(returned);
    await waitFor(() => expect(window.location.pathname).toBe('/rencana'));
    const read = api.calls.find((c) => c.path === `/api/notifications/${RETURNED_ID}/read`);
    expect(read?.method).toBe('POST');
    expect(read?.headers['x-csrf-token']).toBe('csrf-token-from-me');
    await screen.findByRole('button', { name: 'Notifikasi, 1 belum dibaca' });
    expect(bell.getAttribute('aria-expanded')).toBe('false');
  });

  it('"Tandai semua dibaca" clears the count, on the bell and on /notifikasi', async () => {
    const api = installNotifications();
    renderAppAt('/notifikasi');
    await screen.findByRole('heading', { name: 'Notifikasi', level: 1 }, FIRST_LOAD);
    await screen.findByRole('button', { name: 'Notifikasi, 2 belum dibaca' }, FIRST_LOAD);
    const main = screen.getByRole('main');
    expect(within(main).getAllByRole('link')).toHaveLength(3);
    const user = userEvent.setup();
    await user.click(within(main).getByRole('button', { name: 'Tandai semua dibaca' }));
    await screen.findByRole('button', { name: 'Notifikasi, 0 belum dibaca' });
    expect(screen.queryByTestId('bell-count')).toBeNull();
    expect(api.calls.filter((c) => c.path === '/api/notifications/read-all')).toHaveLength(1);
    await waitFor(() =>
      expect(
        within(main).getByRole('button', { name: 'Tandai semua dibaca' }).hasAttribute('disabled'),
      ).toBe(true),
    );
    expect(within(main).getByRole('button', { name: 'Belum dibaca (0)' })).toBeTruthy();
  });
});
