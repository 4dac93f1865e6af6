import type { DeadlineExtension } from '@kinerja/contract';
import { formatLongDate, can, findStageWindow, type Stage } from '@kinerja/domain';
import { writeAudit } from '../../lib/audit.js';
import { invalidField } from '../../lib/app-error.js';
import type { AppContext } from '../../lib/context.js';
import { findPeriod } from '../periods/periods.repository.js';
import { loadActor } from '../plan-context/plan-actor.js';
import { withSchoolLevel } from '../plans/plan-supervision.js';
import { hiddenOrForbidden } from '../plans/plan-errors.js';
import { ruleSetForPeriod } from '../plans/plan-rules.js';
import {
  findPersonPlacement,
  insertExtension,
  listExtensions,
  type PersonPlacement,
} from './deadlines.repository.js';

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

/** The person, authorized for the actor (404 outside their reach, 403 for other roles). */
async function authorizedPerson(ctx: AppContext, input: ExtensionInput, periodId: string) {
  const actor = await loadActor(ctx.db, input.actorId, periodId);
  const person = await findPersonPlacement(ctx.db, input.personId);
  const place = person?.schoolId
    ? {
        schoolId: person.schoolId,
        ...withSchoolLevel(person.jenjang),
        regionCode: person.regencyCode ?? undefined,
      }
    : {};
  const subject = { ownerId: input.personId, periodId, ...place };
  if (!person || !can(actor, 'plan.extend_deadline', subject).allowed) {
    throw hiddenOrForbidden(actor, 'plan.extend_deadline');
  }
  return person;
}

/** Stores the extension with its audit row, in one transaction. */
async function storeExtension(
  ctx: AppContext,
  input: ExtensionInput,
  target: { periodId: string; person: PersonPlacement },
): Promise<string> {
  const { stage, until, reason } = input;
  const { periodId, person } = target;
  return ctx.db.transaction().execute(async (trx) => {
    const provinceCode = person.provinceCode ?? '00';
    const values = { periodId, personId: person.id, provinceCode, stage, until, reason };
    const created = await insertExtension(trx, {
      ...values,
      grantedBy: input.actorId,
      createdAt: ctx.clock(),
    });
    const audit = {
      actorId: input.actorId,
      action: 'deadline.extend',
      entityType: 'person',
      entityId: person.id,
    };
    await writeAudit(trx, {
      at: ctx.clock(),
      ...audit,
      after: { periodId, stage, until, reason },
      requestId: input.requestId,
    });
    return created;
  });
}

/**
 * An administrator or the Dinas of the person's region extends a stage for one person, e.g. after
 * the 2026 lockout (domain.md §2.4); audited with the reason.
 */
export async function grantDeadlineExtension(
  ctx: AppContext,
  input: ExtensionInput,
): Promise<DeadlineExtension> {
  const period = await findPeriod(ctx.db, input.periodId);
  if (!period)
    throw invalidField(
      'periodId',
      `periode "${input.periodId}" tidak ada; pilih salah satu dari daftar periode`,
    );
  const person = await authorizedPerson(ctx, input, period.id);
  const window = findStageWindow(ruleSetForPeriod(period), input.stage);
  if (!window) throw invalidField('stage', `periode ${period.id} tidak memiliki tahap ini`);
  if (input.until <= window.end) {
    throw invalidField(
      'until',
      `tanggal harus setelah batas tahap ini (${formatLongDate(window.end)})`,
    );
  }
  const id = await storeExtension(ctx, input, { periodId: period.id, person });
  const extensions = await listExtensions(ctx.db, { personId: person.id, periodId: period.id });
  return extensions.find((extension) => extension.id === id)!;
}
