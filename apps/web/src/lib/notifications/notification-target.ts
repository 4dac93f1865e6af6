import type { NotificationDto } from '@kinerja/contract';

/**
 * Where a notification leads: a submitted plan opens in "Periksa" for its supervisor; everything
 * about the person's own plan (approved, returned, approved automatically, blocked, deadline near)
 * opens "Rencana".
 */
export function notificationTarget(notification: Pick<NotificationDto, 'kind' | 'planId'>): string {
  if (notification.kind === 'plan_submitted') {
    return notification.planId ? `/periksa/${encodeURIComponent(notification.planId)}` : '/periksa';
  }
  return '/rencana';
}
