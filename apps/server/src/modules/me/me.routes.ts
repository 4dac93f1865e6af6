import {
  errorResponseSchema,
  meResponseSchema,
  okResponseSchema,
  switchPeriodRequestSchema,
  switchRoleRequestSchema,
} from '@kinerja/contract';
import { formatLongDate } from '@kinerja/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { invalidField } from '../../lib/app-error.js';
import type { AppContext } from '../../lib/context.js';
import { requestLocale } from '../../lib/locale.js';
import { requireSession } from '../../plugins/session.js';
import { updateSessionChoice } from '../auth/sessions.repository.js';
import { isoDateInJakarta, isPeriodOpen, periodOpensOn } from '../periods/current-period.js';
import { findPeriod } from '../periods/periods.repository.js';
import { resolveActivePeriod, resolveActiveRoles } from './active-choice.js';
import { presentMe } from './me.presenter.js';
import { findMeProfile } from './me.repository.js';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema };

/** The signed-in person, their roles and active period; "Ganti periode" and the role switcher. */
export const meRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/me',
      {
        config: { allowDuringPasswordChange: true },
        schema: {
          tags: ['me'],
          summary: 'Pengguna yang sedang masuk',
          response: { 200: meResponseSchema, 401: errorResponseSchema },
        },
      },
      async (request) => {
        const session = requireSession(request);
        const choice = await resolveActivePeriod(ctx.db, session, ctx.clock());
        const person = await findMeProfile(ctx.db, session.personId, choice.period.id);
        return presentMe({ person, ...choice, session, locale: requestLocale(request) });
      },
    );

    app.post(
      '/api/me/period',
      {
        schema: {
          tags: ['me'],
          summary: 'Ganti periode',
          body: switchPeriodRequestSchema,
          response: { 200: okResponseSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        const period = await findPeriod(ctx.db, request.body.periodId);
        if (!period)
          throw invalidField(
            'periodId',
            `periode "${request.body.periodId}" tidak ada; pilih salah satu dari daftar periode`,
          );
        // A period shows to users from its first window on (issue 13 item 1, domain.md §2.2):
        // "Ganti periode" cannot reach one that has not opened yet.
        if (!isPeriodOpen(period, isoDateInJakarta(ctx.clock()))) {
          throw invalidField(
            'periodId',
            `periode ${period.label} belum dibuka; periode ini dapat dipilih mulai ${formatLongDate(periodOpensOn(period), 'id')}`,
          );
        }
        await updateSessionChoice(ctx.db, session.idHash, { activePeriodId: period.id });
        return { ok: true as const };
      },
    );

    app.post(
      '/api/me/role',
      {
        schema: {
          tags: ['me'],
          summary: 'Ganti peran',
          body: switchRoleRequestSchema,
          response: { 200: okResponseSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        const roles = await resolveActiveRoles(ctx.db, session, ctx.clock());
        if (!roles.some((r) => r.role === request.body.role)) {
          throw invalidField('role', 'Anda tidak memiliki peran ini pada periode aktif');
        }
        await updateSessionChoice(ctx.db, session.idHash, { activeRole: request.body.role });
        return { ok: true as const };
      },
    );
  };
