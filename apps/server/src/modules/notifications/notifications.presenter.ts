import type { NotificationDto } from '@kinerja/contract';
import type { NotificationRow } from './notifications.repository.js';

/** Notification row → API shape. */
export function presentNotification(row: NotificationRow): NotificationDto {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    planId: row.planId,
    periodId: row.periodId,
    isRead: row.readAt !== null,
    createdAt: row.createdAt.toISOString(),
  };
}
