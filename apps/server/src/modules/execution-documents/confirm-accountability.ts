import { confirmAccountability, type Locale } from '@kinerja/domain';
import { writeAudit } from '../../lib/audit.js';
import type { AppContext } from '../../lib/context.js';
import { insertNotification } from '../notifications/notifications.repository.js';
import { executionError } from './execution-errors.js';
import { accountabilityConfirmedText } from './execution-notifications.js';
import { isDocumentSupervisor, loadExecutionScope, requireOpen } from './execution-scope.js';
import { findWrittenDocuments, storeConfirmation } from './written-documents.repository.js';

/**
 * The atasan confirms that the dokumen akuntabilitas exist, once the checklist is sent — the
 * principal (or Plt) for a teacher, the Dinas assessor for a principal (domain.md §1.2, §3.5, §3.7).
 */
export async function confirmAccountabilityDocuments(
  ctx: AppContext,
  input: {
    planId: string;
    personId: string;
    note?: string | undefined;
    requestId: string;
    locale: Locale;
  },
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock();
    const scope = await loadExecutionScope(trx, { ...input, now, forUpdate: true });
    const role = isDocumentSupervisor(scope) ? 'supervisor' : 'employee';
    if (role !== 'supervisor') throw executionError({ code: 'ROLE_NOT_ALLOWED' }, input.locale);
    requireOpen(scope, input.locale);
    const kind = 'main_duties_checklist';
    const row = (await findWrittenDocuments(trx, scope.row.id, { kind, forUpdate: true }))[kind];
    if (!scope.ruleSet.evidence.documents.includes(kind)) {
      throw executionError({ code: 'DOCUMENT_KIND_NOT_IN_PERIOD', params: { kind } }, input.locale);
    }
    const result = confirmAccountability({
      role,
      state: row?.state ?? 'empty',
      isConfirmed: row?.confirmedAt != null,
    });
    if (!result.ok) throw executionError(result, input.locale);
    const note = input.note && input.note !== '' ? input.note : null;
    await storeConfirmation(trx, { planId: scope.row.id, confirmedBy: input.personId, note, now });
    await writeAudit(trx, {
      at: now,
      actorId: input.personId,
      action: 'document.confirm_accountability',
      entityType: 'written_document',
      entityId: scope.row.id,
      before: { kind, confirmedAt: null },
      after: { kind, confirmedAt: now.toISOString(), note },
      requestId: input.requestId,
    });
    const name =
      scope.actor.personId === scope.employee.headId
        ? scope.employee.headName
        : scope.employee.assessorName;
    await insertNotification(trx, {
      createdAt: now,
      ...accountabilityConfirmedText(name ?? 'Atasan Anda'),
      recipientId: scope.row.employeeId,
      planId: scope.row.id,
      periodId: scope.row.periodId,
    });
  });
}
