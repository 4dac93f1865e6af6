import type { UpdatePeriodWindowsRequest } from '@kinerja/contract';
import {
  describeRuleSetChanges,
  ruleSetFor,
  ruleSetWithSchedule,
  startedWindowChangeMessage,
  startedWindowChanges,
  type PeriodSchedule,
} from '@kinerja/domain';
import { writeAudit } from '../../lib/audit.js';
import { AppError, notFound } from '../../lib/app-error.js';
import type { AppContext } from '../../lib/context.js';
import { scheduleOfPeriod } from '../plans/plan-rules.js';
import { isoDateInJakarta } from './current-period.js';
import { notifyPeriodChange } from './notify-period-change.js';
import { periodRowOf } from './seeded-periods.js';
import { forgetCachedPeriods, listPeriods, type PeriodRow } from './periods.repository.js';
import { requireSoundSchedule, windowsOfInput } from './period-windows-input.js';

/** The period before `period` (by sort order), for the no-overlap check. */
export function previousOf(periods: readonly PeriodRow[], period: { sortOrder: number }) {
  const before = periods.filter((p) => p.sortOrder < period.sortOrder).at(-1);
  return before ? { label: before.label, endsOn: before.endsOn } : undefined;
}

/**
 * An administrator sets a period's windows (issue 13 item 1): the domain's checks, a 409 unless
 * confirmed when a started window moves or shortens, then one transaction with the audit row and
 * the notification of everyone working in the period — domain.md §2.2, §2.4.
 */
export async function updatePeriodWindows(
  ctx: AppContext,
  input: { actorId: string; periodId: string; body: UpdatePeriodWindowsRequest; requestId: string },
): Promise<PeriodRow> {
  const periods = await listPeriods(ctx.db);
  const row = periods.find((p) => p.id === input.periodId);
  if (!row) throw notFound(`Periode "${input.periodId}" tidak ditemukan.`);
  const before = scheduleOfPeriod(row);
  const schedule: PeriodSchedule = {
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    windows: windowsOfInput(input.body.windows),
    areDefaults: false,
  };
  const base = ruleSetFor(row.ruleSetVersion);
  requireSoundSchedule({ ruleSet: base, schedule, previous: previousOf(periods, row) });
  const now = ctx.clock();
  const started = startedWindowChanges({
    before: before.windows,
    after: schedule.windows,
    today: isoDateInJakarta(now),
  });
  if (started.length > 0 && input.body.confirm !== true) {
    throw new AppError({
      code: 'PERIOD_STARTED_WINDOW_CHANGE',
      status: 409,
      message: startedWindowChangeMessage(started, 'id'),
    });
  }
  const next = periodRowOf(row, schedule);
  const { dates } = describeRuleSetChanges(
    ruleSetWithSchedule(base, before),
    ruleSetWithSchedule(base, schedule),
  );
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('periods').set(next).where('id', '=', row.id).execute();
    await writeAudit(trx, {
      at: now,
      actorId: input.actorId,
      action: 'period.windows',
      entityType: 'period',
      entityId: row.id,
      before: before.windows,
      after: { windows: schedule.windows, confirmed: input.body.confirm === true },
      requestId: input.requestId,
    });
    if (dates.length > 0)
      await notifyPeriodChange(trx, {
        periodId: row.id,
        periodLabel: row.label,
        sentences: dates,
        at: now,
      });
  });
  await forgetCachedPeriods(ctx.db);
  return next;
}
