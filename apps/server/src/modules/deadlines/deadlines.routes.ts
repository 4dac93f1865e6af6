import { can } from '@kinerja/domain';
import {
  deadlineExtensionListQuerySchema,
  deadlineExtensionListResponseSchema,
  deadlineExtensionRequestSchema,
  deadlineExtensionSchema,
  errorResponseSchema,
  homeResponseSchema,
} from '@kinerja/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../lib/context.js';
import { requestLocale } from '../../lib/locale.js';
import { requireSession } from '../../plugins/session.js';
import { requestedPeriod } from '../plans/read-plan.js';
import { loadActor } from '../plan-context/plan-actor.js';
import { withSchoolLevel } from '../plans/plan-supervision.js';
import { hiddenOrForbidden } from '../plans/plan-errors.js';
import { findPersonPlacement, listExtensions } from './deadlines.repository.js';
import { grantDeadlineExtension } from './grant-deadline-extension.js';
import { readHome } from './read-home.js';

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
};

/** Deadlines: the home summary and per-person extensions (domain.md §2.4). */
export const deadlineRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/home',
      {
        schema: {
          tags: ['deadlines'],
          summary: 'Yang perlu dilakukan dan batas waktunya pada periode aktif',
          response: { 200: homeResponseSchema, ...errors },
        },
      },
      async (request) => readHome(ctx, requireSession(request), requestLocale(request)),
    );

    app.post(
      '/api/deadline-extensions',
      {
        schema: {
          tags: ['deadlines'],
          summary: 'Perpanjang batas waktu satu tahap untuk satu orang (Admin atau Dinas)',
          body: deadlineExtensionRequestSchema,
          response: { 201: deadlineExtensionSchema, ...errors },
        },
      },
      async (request, reply) => {
        const session = requireSession(request);
        const extension = await grantDeadlineExtension(ctx, {
          ...request.body,
          actorId: session.personId,
          requestId: request.id,
        });
        return reply.code(201).send(extension);
      },
    );

    app.get(
      '/api/deadline-extensions',
      {
        schema: {
          tags: ['deadlines'],
          summary: 'Perpanjangan batas waktu seseorang',
          querystring: deadlineExtensionListQuerySchema,
          response: { 200: deadlineExtensionListResponseSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        const { personId, periodId } = request.query;
        const period = await requestedPeriod(ctx, session, periodId);
        const actor = await loadActor(ctx.db, session.personId, period.id);
        const person = await findPersonPlacement(ctx.db, personId);
        const subject = {
          ownerId: personId,
          ...(person?.schoolId
            ? {
                schoolId: person.schoolId,
                ...withSchoolLevel(person.jenjang),
                regionCode: person.regencyCode ?? undefined,
              }
            : {}),
        };
        const isSelf = personId === session.personId;
        if (!isSelf && (!person || !can(actor, 'plan.extend_deadline', subject).allowed)) {
          throw hiddenOrForbidden(actor, 'plan.extend_deadline');
        }
        return { extensions: await listExtensions(ctx.db, { personId, periodId }) };
      },
    );
  };
