import type { EditPersonalDataRequest } from '@kinerja/contract';
import { applyPersonalDataEdit, can, type Locale } from '@kinerja/domain';
import { writeAudit } from '../../lib/audit.js';
import type { AppContext } from '../../lib/context.js';
import { refusalError } from './plan-errors.js';
import { effectivePersonalData, hasEditedPersonalData } from './plan-personal-data.js';
import { loadPlanScope, requireOpen, requireScope, type PlanScope } from './plan-scope.js';
import { updatePlan } from './plans.repository.js';

type StepInput = { planId: string; personId: string; requestId: string; locale: Locale };

/** The data-diri step belongs to a plan the employee may still edit (draft or returned). */
function requireEditable(scope: PlanScope, locale: Locale): void {
  requireScope(scope, 'plan.edit', locale);
  const decision = can(scope.actor, 'plan.edit', scope.subject);
  if (!decision.allowed) {
    throw refusalError({ code: decision.reason, params: { action: 'save_draft', state: scope.row.status } }, locale);
  }
  requireOpen(scope, 'edit', locale);
}

/** "Data sudah sesuai": confirms the data diri for this plan (domain.md §3.2). */
export async function confirmPersonalData(ctx: AppContext, input: StepInput): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock();
    const scope = await loadPlanScope(trx, { ...input, now, forUpdate: true });
    requireEditable(scope, input.locale);
    if (scope.row.personalDataConfirmedAt !== null) return;
    await updatePlan(trx, scope.row.id, { personalDataConfirmedAt: now, updatedAt: now });
    await writeAudit(trx, {
      actorId: input.personId,
      action: 'plan.confirm_personal_data',
      entityType: 'plan',
      entityId: scope.row.id,
      after: { personalData: effectivePersonalData(scope.employee) },
      requestId: input.requestId,
    });
  });
}

/**
 * "Edit" → "Simpan": the one allowed local edit by employment status (PNS: golongan, ruang, jenjang;
 * PPPK: jenjang; non-ASN: nothing). Stored in personal_data_overrides; `people` is never updated.
 */
export async function editPersonalData(
  ctx: AppContext,
  input: StepInput & { edit: EditPersonalDataRequest },
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock();
    const scope = await loadPlanScope(trx, { ...input, now, forUpdate: true });
    requireScope(scope, 'personal_data.edit', input.locale);
    requireEditable(scope, input.locale);
    const { employee } = scope;
    const current = effectivePersonalData(employee);
    const result = applyPersonalDataEdit({
      status: employee.employmentStatus,
      current,
      edit: input.edit,
      hasEditedBefore: hasEditedPersonalData(employee),
    });
    if (!result.ok) throw refusalError(result, input.locale);
    await trx
      .insertInto('personalDataOverrides')
      .values({
        periodId: scope.row.periodId,
        personId: employee.employeeId,
        provinceCode: scope.row.provinceCode,
        golongan: result.data.golongan,
        ruang: result.data.ruang,
        careerLevel: result.data.careerLevel,
        editedAt: now,
      })
      .execute();
    await updatePlan(trx, scope.row.id, { personalDataConfirmedAt: now, updatedAt: now });
    await writeAudit(trx, {
      actorId: input.personId,
      action: 'personal_data.edit',
      entityType: 'person',
      entityId: employee.employeeId,
      before: current,
      after: result.data,
      requestId: input.requestId,
    });
  });
}
