import {
  can,
  evaluationDocumentsFor,
  isAssessmentVisibleToEmployee,
  messageFor,
  type Actor,
  type EvaluationDocument,
  type EvaluationDocumentInfo,
  type Locale,
  type PolicyAction,
  type PolicySubject,
} from '@kinerja/domain';
import type { Db } from '../../db/database.js';
import { forbidden, invalidField, notFound } from '../../lib/app-error.js';
import { hasRoleFor } from '../plan-context/plan-actor.js';
import { refusalError } from '../plans/plan-errors.js';
import { loadPlanContext, type PlanScope } from '../plan-context/plan-scope.js';
import { withoutState } from '../plans/plan-supervision.js';
import { findAssessmentOfPlan, type AssessmentRow } from './assessments.repository.js';

/** An assessment (or the place for one) with its plan, already authorized for reading. */
export type AssessmentScope = {
  plan: PlanScope;
  /** The evaluation document this assessment is (Semester I/II, Akhir, Tahunan). */
  document: EvaluationDocumentInfo;
  /** Every evaluation document of the period. */
  documents: readonly EvaluationDocumentInfo[];
  row: AssessmentRow | undefined;
  actor: Actor;
  /** The policy subject without state: role and reach only. */
  subject: PolicySubject;
  isOwner: boolean;
};

const NOT_FOUND = 'Penilaian Kinerja tidak ditemukan.';

function chooseDocument(
  documents: readonly EvaluationDocumentInfo[],
  wanted: EvaluationDocument | undefined,
  locale: Locale,
): EvaluationDocumentInfo {
  const found = wanted ? documents.find((item) => item.document === wanted) : documents[0];
  if (found) return found;
  const allowed = documents.map((item) => item.document).join(', ');
  const message = messageFor('ASSESSMENT_DOCUMENT_NOT_IN_PERIOD', locale, {
    document: wanted ?? '-',
    allowed,
  });
  throw invalidField('document', message);
}

/** 404 for people whose roles could read such assessments elsewhere, 403 for the others. */
export function hiddenAssessment(actor: Actor): Error {
  return hasRoleFor(actor, 'assessment.view')
    ? notFound(NOT_FOUND)
    : forbidden('Peran Anda tidak dapat membuka Penilaian Kinerja ini.');
}

/** Whether the actor may read the assessment side of a plan: a viewer or a Tim Kinerja member. */
export function canRead(actor: Actor, subject: PolicySubject): boolean {
  return (
    can(actor, 'assessment.view', subject).allowed ||
    can(actor, 'assessment.recommend', subject).allowed
  );
}

/**
 * Loads the assessment of a plan and document for a person and checks they may read it: the
 * assessor, the Tim Kinerja, the Dinas and admins always; the assessed person once it is final.
 */
export async function loadAssessmentScope(
  db: Db,
  options: {
    planId: string;
    personId: string;
    document?: EvaluationDocument | undefined;
    now: Date;
    locale: Locale;
    forUpdate?: boolean;
  },
): Promise<AssessmentScope> {
  const forUpdate = options.forUpdate ?? false;
  const plan = await loadPlanContext(db, { ...options, forUpdate, missing: NOT_FOUND });
  const subject = withoutState(plan.subject);
  if (!canRead(plan.actor, subject)) throw hiddenAssessment(plan.actor);
  const documents = evaluationDocumentsFor(plan.ruleSet);
  const document = chooseDocument(documents, options.document, options.locale);
  const key = { planId: plan.row.id, document: document.document };
  const row = await findAssessmentOfPlan(db, key, { forUpdate });
  const isOwner = plan.row.employeeId === options.personId;
  if (isOwner && (!row || !isAssessmentVisibleToEmployee(row.state))) {
    throw notFound('Penilaian Kinerja Anda belum ditetapkan oleh Pejabat Penilai Kinerja.');
  }
  return { plan, document, documents, row, actor: plan.actor, subject, isOwner };
}

/** 403 unless the actor's role and reach allow the action (the state is the domain's to judge). */
export function requireAssessmentScope(
  scope: AssessmentScope,
  action: PolicyAction,
  locale: Locale,
): void {
  const decision = can(scope.actor, action, scope.subject);
  if (!decision.allowed) throw refusalError({ code: decision.reason }, locale);
}

/** The subject with the assessment's state, for abilities that follow the state machine. */
export function subjectWithState(scope: AssessmentScope): PolicySubject {
  return { ...scope.subject, assessmentState: scope.row?.state ?? 'draft' };
}
