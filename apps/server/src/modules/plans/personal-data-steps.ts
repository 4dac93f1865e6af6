import type { EditPersonalDataRequest } from '@kinerja/contract';
import { applyPersonalDataEdit, type Locale } from '@kinerja/domain';
import { writeAudit } from '../../lib/audit.js';
import type { AppContext } from '../../lib/context.js';
import { refusalError } from './plan-errors.js';
import { effectivePersonalData, hasEditedPersonalData } from './plan-personal-data.js';
import { requireOpen, requireScope, type PlanScope } from '../plan-context/plan-scope.js';
import { auditPlan, requireState, runPlanWrite } from '../plan-context/plan-transaction.js';
import { updatePlan } from './plans.repository.js';

type StepInput = { planId: string; personId: string; requestId: string; locale: Locale };

/** The data-diri step belongs to a plan the employee may still edit (draft or returned), while open. */
const editable = (locale: Locale) => (scope: PlanScope) => {
  requireState(scope, 'plan.edit', locale);
  requireOpen(scope, 'edit', locale);
};

/** "Data sudah sesuai": confirms the data diri for this plan (domain.md §3.2). */
export async function confirmPersonalData(ctx: AppContext, input: StepInput): Promise<void> {
  const write = { ...input, action: 'plan.edit', guard: editable(input.locale) } as const;
  await runPlanWrite(ctx, write, async ({ trx, scope, now }) => {
    if (scope.row.personalDataConfirmedAt !== null) return;
    await updatePlan(trx, scope.row.id, { personalDataConfirmedAt: now, updatedAt: now });
    const after = { personalData: effectivePersonalData(scope.employee) };
    const audit = { scope, actorId: input.personId, action: 'plan.confirm_personal_data', after };
    await auditPlan(trx, { ...audit, requestId: input.requestId });
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
  const guard = (scope: PlanScope) => {
    requireScope(scope, 'personal_data.edit', input.locale);
    editable(input.locale)(scope);
  };
  await runPlanWrite(ctx, { ...input, action: 'plan.edit', guard }, async ({ trx, scope, now }) => {
    const { employee, row } = scope;
    const current = effectivePersonalData(employee);
    const status = employee.employmentStatus;
    const hasEditedBefore = hasEditedPersonalData(employee);
    const result = applyPersonalDataEdit({ status, current, edit: input.edit, hasEditedBefore });
    if (!result.ok) throw refusalError(result, input.locale);
    const key = {
      periodId: row.periodId,
      personId: employee.employeeId,
      provinceCode: row.provinceCode,
    };
    const { golongan, ruang, careerLevel } = result.data;
    await trx
      .insertInto('personalDataOverrides')
      .values({ ...key, golongan, ruang, careerLevel, editedAt: now })
      .execute();
    await updatePlan(trx, row.id, { personalDataConfirmedAt: now, updatedAt: now });
    const audit = { actorId: input.personId, action: 'personal_data.edit', entityType: 'person' };
    const change = { entityId: employee.employeeId, before: current, after: result.data };
    await writeAudit(trx, { at: now, ...audit, ...change, requestId: input.requestId });
  });
}
