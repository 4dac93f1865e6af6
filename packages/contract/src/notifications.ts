import { z } from './zod.js';

/** Kinds of in-app notifications written with the plan's state change (issue #4 item 6). */
export const notificationKindSchema = z.enum([
  'plan_submitted',
  'plan_approved',
  'plan_returned',
  'plan_auto_approved',
  'plan_blocked',
  'deadline_near',
  'evidence_collected',
  'rhk_changed',
  'document_sent',
  'accountability_confirmed',
  'practice_handover',
  'assessment_finalized',
  'assessment_recommended',
  'password_reset',
  'period_changed',
]);
export type NotificationKind = z.infer<typeof notificationKindSchema>;

/** One notification, newest first in lists. */
export const notificationSchema = z.object({
  id: z.string(),
  kind: notificationKindSchema,
  title: z.string(),
  body: z.string(),
  planId: z.string().nullable(),
  periodId: z.string().nullable(),
  isRead: z.boolean(),
  createdAt: z.string(),
});
export type NotificationDto = z.infer<typeof notificationSchema>;

/** GET /api/notifications query: page size and an unread-only filter. */
export const notificationListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(30),
  unreadOnly: z.stringbool().default(false),
});

/** GET /api/notifications — the latest notifications and how many are unread. */
export const notificationListResponseSchema = z.object({
  unreadCount: z.number().int(),
  notifications: z.array(notificationSchema),
});
export type NotificationListResponse = z.infer<typeof notificationListResponseSchema>;

/** POST /api/notifications/read-all — how many were marked read. */
export const readAllNotificationsResponseSchema = z.object({ updated: z.number().int() });
