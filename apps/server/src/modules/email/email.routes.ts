import {
  emailPreferenceResponseSchema,
  emailPreferenceSchema,
  errorResponseSchema,
  okResponseSchema,
  unsubscribeRequestSchema,
} from '@kinerja/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { invalidField } from '../../lib/app-error.js';
import { writeAudit } from '../../lib/audit.js';
import type { AppContext } from '../../lib/context.js';
import { requireSession } from '../../plugins/session.js';
import { findEmailPreference, saveEmailPreference } from './email-preferences.repository.js';
import { personOfUnsubscribeToken } from './unsubscribe-token.js';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema };

/**
 * Email settings (issue 16 item 3): each signed-in person reads and sets only their own choice;
 * the unsubscribe link of an email works signed out, on the strength of its signed token.
 */
export const emailRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const answer = async (personId: string) => {
      const person = await ctx.db
        .selectFrom('people')
        .select('email')
        .where('id', '=', personId)
        .executeTakeFirst();
      return {
        ...(await findEmailPreference(ctx.db, personId)),
        emailAddress: person?.email ?? null,
        isEmailAvailable: ctx.config.smtp !== undefined,
      };
    };

    app.get(
      '/api/me/email-preference',
      {
        schema: {
          tags: ['me'],
          summary: 'Pengaturan email saya',
          response: { 200: emailPreferenceResponseSchema, 401: errorResponseSchema },
        },
      },
      async (request) => answer(requireSession(request).personId),
    );

    app.put(
      '/api/me/email-preference',
      {
        schema: {
          tags: ['me'],
          summary: 'Ubah pengaturan email saya',
          body: emailPreferenceSchema,
          response: { 200: emailPreferenceResponseSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        const before = await findEmailPreference(ctx.db, session.personId);
        const now = ctx.clock();
        await ctx.db.transaction().execute(async (trx) => {
          await saveEmailPreference(trx, {
            personId: session.personId,
            preference: request.body,
            now,
          });
          await writeAudit(trx, {
            at: now,
            actorId: session.personId,
            action: 'email.preference',
            entityType: 'person',
            entityId: session.personId,
            before,
            after: request.body,
            requestId: request.id,
          });
        });
        return answer(session.personId);
      },
    );

    app.post(
      '/api/email/unsubscribe',
      {
        // Opened from an email, often on another device: no session, so no CSRF token either.
        config: { skipCsrf: true },
        schema: {
          tags: ['me'],
          summary: 'Berhenti menerima email (tautan dari email)',
          body: unsubscribeRequestSchema,
          response: { 200: okResponseSchema, 400: errorResponseSchema },
        },
      },
      async (request) => {
        const personId = await personOfUnsubscribeToken(ctx.db, request.body.token);
        const known =
          personId &&
          (await ctx.db
            .selectFrom('people')
            .select('id')
            .where('id', '=', personId)
            .executeTakeFirst());
        if (!personId || !known) {
          throw invalidField(
            'token',
            'tautan berhenti langganan tidak valid; buka tautan dari email Kinerja apa adanya, atau matikan email di Pengaturan email setelah masuk',
          );
        }
        const before = await findEmailPreference(ctx.db, personId);
        const now = ctx.clock();
        await ctx.db.transaction().execute(async (trx) => {
          const after = { ...before, enabled: false };
          await saveEmailPreference(trx, { personId, preference: after, now });
          await writeAudit(trx, {
            at: now,
            actorId: personId,
            action: 'email.unsubscribe',
            entityType: 'person',
            entityId: personId,
            before,
            after,
            requestId: request.id,
          });
        });
        return { ok: true as const };
      },
    );
  };
