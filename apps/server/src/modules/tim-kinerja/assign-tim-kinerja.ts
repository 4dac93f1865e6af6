import type { TimKinerjaMember } from '@kinerja/contract';
import { checkTimKinerjaMember, messageFor, type MessageCode } from '@kinerja/domain';
import { writeAudit } from '../../lib/audit.js';
import { AppError, invalidField, notFound } from '../../lib/app-error.js';
import type { AppContext } from '../../lib/context.js';
import { findPeriod } from '../periods/periods.repository.js';
import { ruleSetForPeriod } from '../plans/plan-rules.js';
import { requireTimKinerjaManager } from './tim-kinerja-access.js';
import { findTimKinerjaPlacement } from './tim-kinerja-candidate.repository.js';
import { findTimKinerjaId, findTimKinerjaMember } from './tim-kinerja.repository.js';

type AssignInput = {
  personId: string;
  periodId: string;
  employeeId: string;
  memberId: string;
  requestId: string;
};

/** 422 naming `memberId` and what is allowed, in Indonesian (domain message catalogue). */
function refusedMember(code: MessageCode): AppError {
  const message = messageFor(code, 'id');
  return new AppError({ code, status: 422, message, fields: [{ field: 'memberId', message }] });
}

/**
 * The employee's school, after checking the caller may plot there and the member may sit in this
 * Tim Kinerja: only where the period's rule set has one, and within the member's jurisdiction
 * (checkTimKinerjaMember, domain.md §1.1, §1.2, §2.2). Nothing is written on refusal.
 */
async function checkedAssignment(ctx: AppContext, input: AssignInput) {
  const place = await findTimKinerjaPlacement(ctx.db, input);
  if (!place) throw invalidField('employeeId', 'pegawai tidak ditemukan di sekolah mana pun');
  const { schoolId } = place;
  const { provinceCode } = await requireTimKinerjaManager(ctx.db, { ...input, schoolId });
  if (!place.memberExists) throw invalidField('memberId', 'orang dengan ID ini tidak ada');
  const period = await findPeriod(ctx.db, input.periodId);
  if (!period) throw invalidField('periodId', 'periode ini tidak ada');
  const refusal = checkTimKinerjaMember(ruleSetForPeriod(period), {
    ...place,
    isSelf: input.memberId === input.employeeId,
  });
  if (refusal) throw refusedMember(refusal);
  return { schoolId, provinceCode };
}

/** Plots a Tim Kinerja member for an employee in Pra-Perencanaan; assigning twice changes nothing. */
export async function assignTimKinerja(
  ctx: AppContext,
  input: AssignInput,
): Promise<{ member: TimKinerjaMember; isCreated: boolean }> {
  const place = await checkedAssignment(ctx, input);
  const existing = await findTimKinerjaId(ctx.db, input);
  if (existing)
    return { member: (await findTimKinerjaMember(ctx.db, existing))!, isCreated: false };
  const { periodId, employeeId, memberId } = input;
  const id = await ctx.db.transaction().execute(async (trx) => {
    const values = {
      periodId,
      employeeId,
      memberId,
      ...place,
      assignedBy: input.personId,
      createdAt: ctx.clock(),
    };
    const row = await trx
      .insertInto('timKinerjaMembers')
      .values(values)
      .returning('id')
      .executeTakeFirstOrThrow();
    const audit = {
      actorId: input.personId,
      action: 'tim_kinerja.assign',
      entityType: 'tim_kinerja_member',
    };
    await writeAudit(trx, {
      at: ctx.clock(),
      ...audit,
      entityId: row.id,
      after: { periodId, employeeId, memberId },
      requestId: input.requestId,
    });
    return row.id;
  });
  return { member: (await findTimKinerjaMember(ctx.db, id))!, isCreated: true };
}

/** Removes a plotted member (audited). */
export async function removeTimKinerja(
  ctx: AppContext,
  input: { personId: string; id: string; requestId: string },
): Promise<void> {
  const member = await findTimKinerjaMember(ctx.db, input.id);
  if (!member) throw notFound('Anggota Tim Kinerja tidak ditemukan.');
  await requireTimKinerjaManager(ctx.db, {
    personId: input.personId,
    schoolId: member.schoolId,
    periodId: member.periodId,
  });
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('timKinerjaMembers').where('id', '=', input.id).execute();
    await writeAudit(trx, {
      at: ctx.clock(),
      actorId: input.personId,
      action: 'tim_kinerja.remove',
      entityType: 'tim_kinerja_member',
      entityId: input.id,
      before: member,
      requestId: input.requestId,
    });
  });
}
