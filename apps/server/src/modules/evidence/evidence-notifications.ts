import type { Db } from '../../db/database.js';
import { insertNotification } from '../notifications/notifications.repository.js';
import type { PlanScope } from '../plan-context/plan-scope.js';

/** The person who assesses the employee (definitive head, Plt, or the Dinas assessor), if any. */
export function supervisorIdOf(scope: PlanScope): string | null {
  const resolution = scope.resolution;
  return resolution.approval === 'blocked' ? null : resolution.assessorId;
}

/** To the supervisor: an employee collected ("Kumpulkan") evidence — issue #5 item 6. */
export async function notifyEvidenceCollected(
  trx: Db,
  options: { scope: PlanScope; title: string },
): Promise<void> {
  const { scope } = options;
  const recipientId = supervisorIdOf(scope);
  if (!recipientId) return;
  await insertNotification(trx, {
    createdAt: scope.now,
    recipientId,
    kind: 'evidence_collected',
    title: 'Bukti dukung dikumpulkan',
    body: `${scope.employee.employeeName} mengumpulkan bukti dukung "${options.title}" pada periode ${scope.employee.periodLabel}.`,
    planId: scope.row.id,
    periodId: scope.row.periodId,
  });
}
