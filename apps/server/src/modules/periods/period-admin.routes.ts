import {
  adminPeriodListResponseSchema,
  adminPeriodSchema,
  createPeriodRequestSchema,
  errorResponseSchema,
  periodParamsSchema,
  ruleSetChangesQuerySchema,
  ruleSetChangesResponseSchema,
  updatePeriodWindowsRequestSchema,
  type AdminPeriod,
} from '@kinerja/contract';
import { allRuleSets } from '@kinerja/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../lib/context.js';
import { requireSession } from '../../plugins/session.js';
import { createPeriod } from './create-period.js';
import { currentPeriod, isoDateInJakarta, periodOpensOn } from './current-period.js';
import { requirePeriodAccess } from './period-admin-access.js';
import { presentPeriod } from './periods.presenter.js';
import { listPeriods, type PeriodRow } from './periods.repository.js';
import { readRuleSetChanges, summaryOf } from './read-rule-set-changes.js';
import { updatePeriodWindows } from './update-period-windows.js';

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
  422: errorResponseSchema,
};

async function present(ctx: AppContext, row: PeriodRow): Promise<AdminPeriod> {
  const now = ctx.clock();
  const current = currentPeriod(await listPeriods(ctx.db), now);
  const opensOn = periodOpensOn(row);
  return {
    ...presentPeriod(row, current.id),
    opensOn,
    isOpen: opensOn <= isoDateInJakarta(now),
  };
}

/** The administrator's Periode page and the rule-set comparison (issue 13 items 1–2). */
export const periodAdminRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/admin/periods',
      {
        schema: {
          tags: ['periods'],
          summary: 'Semua periode dengan tahapannya (Admin)',
          response: { 200: adminPeriodListResponseSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        await requirePeriodAccess(ctx, session, 'period.manage');
        const rows = await listPeriods(ctx.db);
        const periods = await Promise.all(rows.map((row) => present(ctx, row)));
        return { periods, ruleSets: allRuleSets().map(summaryOf) };
      },
    );

    app.post(
      '/api/admin/periods',
      {
        schema: {
          tags: ['periods'],
          summary: 'Buat periode dari aturan periode (Admin)',
          body: createPeriodRequestSchema,
          response: { 200: adminPeriodSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        await requirePeriodAccess(ctx, session, 'period.manage');
        const row = await createPeriod(ctx, {
          actorId: session.personId,
          body: request.body,
          requestId: request.id,
        });
        return present(ctx, row);
      },
    );

    app.put(
      '/api/admin/periods/:periodId/windows',
      {
        schema: {
          tags: ['periods'],
          summary:
            'Atur tanggal tahapan periode (Admin; konfirmasi untuk tahap yang sudah berjalan)',
          params: periodParamsSchema,
          body: updatePeriodWindowsRequestSchema,
          response: { 200: adminPeriodSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        await requirePeriodAccess(ctx, session, 'period.manage');
        const row = await updatePeriodWindows(ctx, {
          actorId: session.personId,
          periodId: request.params.periodId,
          body: request.body,
          requestId: request.id,
        });
        return present(ctx, row);
      },
    );

    app.get(
      '/api/rule-sets/changes',
      {
        schema: {
          tags: ['periods'],
          summary: 'Perubahan aturan antara dua periode, dalam kalimat',
          querystring: ruleSetChangesQuerySchema,
          response: { 200: ruleSetChangesResponseSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        await requirePeriodAccess(ctx, session, 'rule_set.view');
        return readRuleSetChanges(request.query);
      },
    );
  };
