import {
  errorResponseSchema,
  idParamsSchema,
  resetPasswordResponseSchema,
  staffListResponseSchema,
} from '@kinerja/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../lib/context.js';
import { requireSession } from '../../plugins/session.js';
import type { SessionRow } from '../auth/sessions.repository.js';
import { resolveActivePeriod, resolveActiveRoles } from '../me/active-choice.js';
import { loadActor as loadDomainActor } from '../plan-context/plan-actor.js';
import { findAccountTargets } from './account-targets.repository.js';
import { denial } from './people-denial.js';
import { mayListStaff, peopleActor, type PeopleActor } from './people-policy.js';
import { presentStaffList } from './people.presenter.js';
import { listStaff, schoolExists } from './people.repository.js';
import { resetPassword } from './reset-password.js';

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
};

/** School staff for the operator and principal, and password resets by the level above. */
export const peopleRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const loadActor = async (session: SessionRow): Promise<PeopleActor> => {
      const roles = await resolveActiveRoles(ctx.db, session, ctx.clock());
      return peopleActor(session.personId, roles);
    };

    app.get(
      '/api/schools/:id/staff',
      {
        schema: {
          tags: ['people'],
          summary: 'Daftar pegawai sekolah',
          params: idParamsSchema,
          response: { 200: staffListResponseSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        const decision = mayListStaff(await loadActor(session), request.params.id);
        if (!decision.ok) throw denial(decision.reason, 'list');
        if (!(await schoolExists(ctx.db, request.params.id))) throw denial('hidden', 'list');
        const rows = await listStaff(ctx.db, request.params.id);
        const { period, currentPeriodId } = await resolveActivePeriod(ctx.db, session, ctx.clock());
        const targets = await findAccountTargets(
          ctx.db,
          rows.map((row) => row.id),
          [period.id, currentPeriodId],
        );
        const actor = await loadDomainActor(ctx.db, session.personId, period.id);
        return presentStaffList(rows, actor, targets);
      },
    );

    app.post(
      '/api/people/:id/reset-password',
      {
        schema: {
          tags: ['people'],
          summary: 'Atur ulang kata sandi (Operator Sekolah, Dinas atau Admin sesuai akun)',
          params: idParamsSchema,
          response: { 200: resetPasswordResponseSchema, ...errors },
        },
      },
      async (request, reply) => {
        const result = await resetPassword(ctx, {
          session: requireSession(request),
          personId: request.params.id,
          requestId: request.id,
        });
        // The temporary password is shown once; no cache may keep it.
        void reply.header('cache-control', 'no-store');
        return result;
      },
    );
  };
