import type { AssessmentPage } from '@kinerja/contract';
import { assessmentGate, assessmentWindow, messageFor, type Locale } from '@kinerja/domain';
import type { Db } from '../../db/database.js';
import type { AssessmentScope } from './assessment-scope.js';
import { listAssessmentsOfPlan } from './assessments.repository.js';

/** The Penilaian window of the assessed person and whether it is open today (domain.md §2.4). */
export function windowOf(scope: AssessmentScope, locale: Locale): AssessmentPage['window'] {
  const { plan } = scope;
  const window = assessmentWindow({
    ruleSet: plan.ruleSet,
    today: plan.today,
    extensions: plan.employee.extensions,
  });
  const gate = assessmentGate({ planState: plan.row.status, window, today: plan.today });
  return {
    opensOn: window?.start ?? null,
    closesOn: window?.end ?? null,
    isOpen: gate.ok,
    code: gate.ok ? null : gate.code,
    message: gate.ok ? null : messageFor(gate.code, locale, gate.params),
  };
}

/** Whether the document that must be set first (2024 Semester II before Akhir) is final. */
export async function isPrerequisiteMet(db: Db, scope: AssessmentScope): Promise<boolean> {
  const required = scope.document.requiresFinal;
  if (!required) return true;
  const rows = await listAssessmentsOfPlan(db, scope.plan.row.id);
  return rows.some((row) => row.document === required && row.state === 'final');
}
