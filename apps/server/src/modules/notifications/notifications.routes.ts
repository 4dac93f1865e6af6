import {
  errorResponseSchema,
  idParamsSchema,
  notificationListQuerySchema,
  notificationListResponseSchema,
  okResponseSchema,
  readAllNotificationsResponseSchema,
} from '@kinerja/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFound } from '../../lib/app-error.js';
import type { AppContext } from '../../lib/context.js';
import { requireSession } from '../../plugins/session.js';
import { presentNotification } from './notifications.presenter.js';
import {
  countUnread,
  listNotifications,
  markAllRead,
  markRead,
} from './notifications.repository.js';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 404: errorResponseSchema };

/** In-app notifications of the signed-in person (issue #4 item 6). */
export const notificationRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/notifications',
      {
        schema: {
          tags: ['notifications'],
          summary: 'Notifikasi terbaru dan jumlah yang belum dibaca',
          querystring: notificationListQuerySchema,
          response: { 200: notificationListResponseSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        const rows = await listNotifications(ctx.db, {
          recipientId: session.personId,
          ...request.query,
        });
        return {
          unreadCount: await countUnread(ctx.db, session.personId),
          notifications: rows.map(presentNotification),
        };
      },
    );

    app.post(
      '/api/notifications/:id/read',
      {
        schema: {
          tags: ['notifications'],
          summary: 'Tandai satu notifikasi sudah dibaca',
          params: idParamsSchema,
          response: { 200: okResponseSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        const isMarked = await markRead(ctx.db, {
          id: request.params.id,
          recipientId: session.personId,
          now: ctx.clock(),
        });
        // Someone else's notification is as invisible as a missing one (architecture.md §5).
        if (!isMarked) throw notFound('Notifikasi tidak ditemukan.');
        return { ok: true as const };
      },
    );

    app.post(
      '/api/notifications/read-all',
      {
        schema: {
          tags: ['notifications'],
          summary: 'Tandai semua notifikasi sudah dibaca',
          response: { 200: readAllNotificationsResponseSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        return { updated: await markAllRead(ctx.db, session.personId, ctx.clock()) };
      },
    );
  };
