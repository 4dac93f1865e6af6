import type { CreatePeriodRequest } from '@kinerja/contract';
import { defaultSchedule, isPeriodVersion, ruleSetFor, type PeriodSchedule } from '@kinerja/domain';
import { writeAudit } from '../../lib/audit.js';
import { AppError, invalidField } from '../../lib/app-error.js';
import type { AppContext } from '../../lib/context.js';
import { periodRowOf } from './seeded-periods.js';
import { forgetCachedPeriods, listPeriods, type PeriodRow } from './periods.repository.js';
import { requireSoundSchedule, windowsOfInput } from './period-windows-input.js';
import { previousOf } from './update-period-windows.js';

/**
 * An administrator creates a period from a rule-set version (issue 13 item 1): its windows default
 * to the rule set's dates (marked as defaults to confirm); checked by the domain, audited.
 */
export async function createPeriod(
  ctx: AppContext,
  input: { actorId: string; body: CreatePeriodRequest; requestId: string },
): Promise<PeriodRow> {
  const { body } = input;
  if (!isPeriodVersion(body.ruleSetVersion))
    throw invalidField(
      'ruleSetVersion',
      `aturan "${body.ruleSetVersion}" tidak dikenal; pilih salah satu dari daftar aturan`,
    );
  const ruleSet = ruleSetFor(body.ruleSetVersion);
  const periods = await listPeriods(ctx.db);
  if (periods.some((p) => p.id === body.id))
    throw new AppError({
      code: 'CONFLICT',
      message: `Periode "${body.id}" sudah ada; ubah tahapannya di daftar periode.`,
    });
  const defaults = defaultSchedule(ruleSet);
  const schedule: PeriodSchedule = {
    startsOn: body.startsOn ?? defaults.startsOn,
    endsOn: body.endsOn ?? defaults.endsOn,
    windows: body.windows ? windowsOfInput(body.windows) : defaults.windows,
    areDefaults: body.windows ? false : defaults.areDefaults,
  };
  const sortOrder = Math.max(0, ...periods.map((p) => p.sortOrder)) + 1;
  requireSoundSchedule({ ruleSet, schedule, previous: previousOf(periods, { sortOrder }) });
  // A period named after its own rule set takes the rule set's label; any other gets its code.
  const label =
    body.label ?? (body.id === ruleSet.version ? ruleSet.label.id : `Periode ${body.id}`);
  const row = periodRowOf(
    { id: body.id, label, ruleSetVersion: ruleSet.version, sortOrder },
    schedule,
  );
  await ctx.db.transaction().execute(async (trx) => {
    await trx.insertInto('periods').values(row).execute();
    await writeAudit(trx, {
      at: ctx.clock(),
      actorId: input.actorId,
      action: 'period.create',
      entityType: 'period',
      entityId: row.id,
      after: row,
      requestId: input.requestId,
    });
  });
  await forgetCachedPeriods(ctx.db);
  return row;
}
