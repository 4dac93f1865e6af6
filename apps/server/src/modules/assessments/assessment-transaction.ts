import {
  applyAssessmentCommand,
  assessmentGate,
  assessmentWindow,
  type AssessmentCommand,
  type AssessmentRecord,
  type EvaluationDocument,
  type Locale,
  type ParticipantRole,
  type PolicyAction,
} from '@kinerja/domain';
import type { Db } from '../../db/database.js';
import { writeAudit } from '../../lib/audit.js';
import type { AppContext } from '../../lib/context.js';
import { assessmentRefusal, AssessmentVersionConflict } from './assessment-errors.js';
import {
  loadAssessmentScope,
  requireAssessmentScope,
  type AssessmentScope,
} from './assessment-scope.js';
import {
  ensureAssessmentRow,
  findAssessmentOfPlan,
  type AssessmentRow,
} from './assessments.repository.js';

/** What a write gets once the domain accepted its command. */
export type AssessmentStep = {
  trx: Db;
  scope: AssessmentScope;
  row: AssessmentRow;
  next: AssessmentRecord;
  now: Date;
};

/** A write on one assessment: who, which action and domain command, and the version it is based on. */
export type AssessmentWrite = {
  planId: string;
  personId: string;
  locale: Locale;
  document?: EvaluationDocument | undefined;
  action: PolicyAction;
  role: ParticipantRole;
  command: AssessmentCommand;
  version?: number | undefined;
  /** Ratings and "Tetapkan" need the Penilaian window; recommendations only an agreed plan. */
  isWindowRequired: boolean;
};

/** The row as the domain's assessment record. */
export function recordOf(row: AssessmentRow): AssessmentRecord {
  return {
    state: row.state,
    workResultRating: row.workResultRating,
    workBehaviourRating: row.workBehaviourRating,
    recommendations: [],
    predikat: row.predikat,
  };
}

function requireGate(scope: AssessmentScope, write: AssessmentWrite): void {
  const { plan } = scope;
  const window = write.isWindowRequired
    ? assessmentWindow({
        ruleSet: plan.ruleSet,
        today: plan.today,
        extensions: plan.employee.extensions,
      })
    : { start: plan.today, end: plan.today };
  const gate = assessmentGate({ planState: plan.row.status, window, today: plan.today });
  if (!gate.ok) throw assessmentRefusal(gate, write.locale);
}

async function lockedRow(trx: Db, scope: AssessmentScope, now: Date): Promise<AssessmentRow> {
  if (scope.row) return scope.row;
  const { row: plan } = scope.plan;
  const key = { planId: plan.id, document: scope.document.document };
  await ensureAssessmentRow(
    trx,
    {
      ...key,
      periodId: plan.periodId,
      employeeId: plan.employeeId,
      employeeKind: plan.employeeKind,
      schoolId: plan.schoolId,
      provinceCode: plan.provinceCode,
      regencyCode: plan.regencyCode,
    },
    now,
  );
  const row = await findAssessmentOfPlan(trx, key, { forUpdate: true });
  if (!row) throw new Error(`assessment of plan ${plan.id} missing after insert`);
  return row;
}

/**
 * Runs an assessment write in one transaction: lock the plan and the assessment (creating an empty
 * draft the first time), authorize, check the window, apply the domain command, check the version,
 * then let the caller persist, notify and audit with the same transaction.
 */
export async function runAssessmentWrite<T>(
  ctx: AppContext,
  write: AssessmentWrite,
  persist: (step: AssessmentStep) => Promise<T>,
): Promise<T> {
  return ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock();
    const loaded = await loadAssessmentScope(trx, { ...write, now, forUpdate: true });
    requireAssessmentScope(loaded, write.action, write.locale);
    requireGate(loaded, write);
    const row = await lockedRow(trx, loaded, now);
    const scope = { ...loaded, row };
    const result = applyAssessmentCommand({
      assessment: recordOf(row),
      command: write.command,
      role: write.role,
    });
    if (!result.ok) throw assessmentRefusal(result, write.locale);
    if (write.version !== undefined && write.version !== row.version) {
      throw new AssessmentVersionConflict(scope.plan.row.id);
    }
    return persist({ trx, scope, row, next: result.assessment, now });
  });
}

/** The audit row of an assessment change. */
export async function auditAssessment(
  trx: Db,
  options: {
    row: AssessmentRow;
    actorId: string;
    action: string;
    after: Record<string, unknown>;
    requestId: string;
    now: Date;
  },
): Promise<void> {
  const { row } = options;
  await writeAudit(trx, {
    at: options.now,
    actorId: options.actorId,
    action: options.action,
    entityType: 'assessment',
    entityId: row.id,
    before: {
      version: row.version,
      state: row.state,
      workResultRating: row.workResultRating,
      workBehaviourRating: row.workBehaviourRating,
    },
    after: options.after,
    requestId: options.requestId,
  });
}
