import {
  notificationListResponseSchema,
  okResponseSchema,
  readAllNotificationsResponseSchema,
  type NotificationListResponse,
} from '@kinerja/contract';
import { apiRequest } from '../api/client';

/** GET /api/notifications — the latest `limit` notifications and the unread count. */
export const fetchNotifications = (
  options: { limit: number; unreadOnly?: boolean },
  signal?: AbortSignal,
): Promise<NotificationListResponse> => {
  const query = new URLSearchParams({ limit: String(options.limit) });
  if (options.unreadOnly) query.set('unreadOnly', 'true');
  return apiRequest(notificationListResponseSchema, `/api/notifications?${query.toString()}`, {
    ...(signal ? { signal } : {}),
  });
};

/** POST /api/notifications/:id/read */
export const markNotificationRead = (id: string) =>
  apiRequest(okResponseSchema, `/api/notifications/${encodeURIComponent(id)}/read`, {
    method: 'POST',
  });

/** POST /api/notifications/read-all — how many were marked. */
export const markAllNotificationsRead = async (): Promise<number> =>
  (
    await apiRequest(readAllNotificationsResponseSchema, '/api/notifications/read-all', {
      method: 'POST',
    })
  ).updated;

const listeners = new Set<() => void>();

/** Tells every notification view (the bell, the /notifikasi page) that the read state changed. */
export function announceNotificationsChanged(): void {
  listeners.forEach((listener) => listener());
}

/** Subscribes to announceNotificationsChanged; returns the unsubscribe function. */
export function onNotificationsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Marks one notification read and tells the other views; failures only cost a stale dot. */
export async function markReadAndAnnounce(id: string): Promise<void> {
  try {
    await markNotificationRead(id);
  } catch {
    // Opening the notification matters more than its read mark; the next poll corrects the count.
  }
  announceNotificationsChanged();
}
