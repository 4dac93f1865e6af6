import type { DeadlineExtension } from '@kinerja/contract';
import { can, findStageWindow, type Stage } from '@kinerja/domain';
import { writeAudit } from '../../lib/audit.js';
import { invalidField } from '../../lib/app-error.js';
import type { AppContext } from '../../lib/context.js';
import { findPeriod } from '../periods/periods.repository.js';
import { loadActor } from '../plans/plan-actor.js';
import { hiddenOrForbidden } from '../plans/plan-errors.js';
import { ruleSetForPeriod } from '../plans/plan-rules.js';
import { formatDateId } from '../plans/plan-text.js';
import { findPersonPlacement, insertExtension, listExtensions } from './deadlines.repository.js';

/** A request to extend a stage for one named person. */
export type ExtensionInput = {
  actorId: string;
  personId: string;
  periodId: string;
  stage: Stage;
  until: string;
  reason: string;
  requestId: string;
};

/**
 * An administrator or the Dinas of the person's region extends a stage for one person, e.g. after
 * the 2026 lockout (domain.md §2.4); audited with the reason.
 */
export async function grantDeadlineExtension(ctx: AppContext, input: ExtensionInput): Promise<DeadlineExtension> {
  const period = await findPeriod(ctx.db, input.periodId);
  if (!period) throw invalidField('periodId', `periode "${input.periodId}" tidak ada; pilih salah satu dari daftar periode`);
  const actor = await loadActor(ctx.db, input.actorId, period.id);
  const person = await findPersonPlacement(ctx.db, input.personId);
  const subject = {
    ownerId: input.personId,
    periodId: period.id,
    ...(person?.schoolId ? { schoolId: person.schoolId, regionCode: person.regencyCode ?? undefined } : {}),
  };
  if (!person || !can(actor, 'plan.extend_deadline', subject).allowed) {
    throw hiddenOrForbidden(actor, 'plan.extend_deadline');
  }
  const window = findStageWindow(ruleSetForPeriod(period), input.stage);
  if (!window) throw invalidField('stage', `periode ${period.id} tidak memiliki tahap ini`);
  if (input.until <= window.end) {
    throw invalidField('until', `tanggal harus setelah batas tahap ini (${formatDateId(window.end)})`);
  }
  const id = await ctx.db.transaction().execute(async (trx) => {
    const created = await insertExtension(trx, {
      periodId: period.id,
      personId: person.id,
      provinceCode: person.provinceCode ?? '00',
      stage: input.stage,
      until: input.until,
      reason: input.reason,
      grantedBy: input.actorId,
      createdAt: ctx.clock(),
    });
    await writeAudit(trx, {
      actorId: input.actorId,
      action: 'deadline.extend',
      entityType: 'person',
      entityId: person.id,
      after: { periodId: period.id, stage: input.stage, until: input.until, reason: input.reason },
      requestId: input.requestId,
    });
    return created;
  });
  const extensions = await listExtensions(ctx.db, { personId: person.id, periodId: period.id });
  return extensions.find((extension) => extension.id === id)!;
}
