import type { Assessment, AssessmentPage } from '@kinerja/contract';
import { RATINGS, RATING_LABELS, type EvaluationDocument, type Locale } from '@kinerja/domain';
import { forbidden, notFound } from '../../lib/app-error.js';
import type { AppContext } from '../../lib/context.js';
import { isPrerequisiteMet, windowOf } from './assessment-facts.js';
import { presentAssessment } from './assessment.presenter.js';
import { loadAssessmentScope, type AssessmentScope } from './assessment-scope.js';
import {
  findAssessmentById,
  listAssessmentsOfPlan,
  listRecommendations,
} from './assessments.repository.js';
import { readDocumentVersions } from './document-versions.js';
import { readExecutionSummary } from './execution-summary.js';
import { presentBasis, presentDocumentWarnings } from './assessment-basis.js';
import {
  listSchoolAssessments,
  organisationAchievementOf,
  presentOrganisation,
} from './organisation-check.js';
import { summarisePlan } from './plan-summary.js';

/** Who reads which plan's assessment. */
export type ReadInput = {
  planId: string;
  personId: string;
  document?: EvaluationDocument | undefined;
  locale: Locale;
};

async function present(ctx: AppContext, scope: AssessmentScope, locale: Locale) {
  const window = windowOf(scope, locale);
  const facts = {
    isWindowOpen: window.isOpen,
    isPrerequisiteMet: await isPrerequisiteMet(ctx.db, scope),
  };
  return { window, assessment: presentAssessment(scope, facts, locale) };
}

async function documentsOf(ctx: AppContext, scope: AssessmentScope, locale: Locale) {
  const rows = await listAssessmentsOfPlan(ctx.db, scope.plan.row.id);
  return scope.documents.map((info) => {
    const row = rows.find((item) => item.document === info.document);
    return {
      document: { code: info.document, label: info.label[locale] },
      assessmentId: row?.id ?? null,
      state: row?.state ?? ('not_started' as const),
    };
  });
}

/**
 * The assessor's page (also the Tim Kinerja's, the Dinas' and admins'): the plan summary, what
 * Pelaksanaan produced, the recommendations, the school's distribution check and the assessment.
 */
export async function readAssessmentPage(
  ctx: AppContext,
  input: ReadInput,
): Promise<AssessmentPage> {
  const { locale } = input;
  const scope = await loadAssessmentScope(ctx.db, { ...input, now: ctx.clock() });
  if (scope.isOwner) {
    throw forbidden(
      'Halaman ini untuk Pejabat Penilai Kinerja dan Tim Kinerja; hasil penilaian Anda ada di Penilaian Kinerja saya.',
    );
  }
  const { plan, row, document } = scope;
  const { window, assessment } = await present(ctx, scope, locale);
  const schoolRows = await listSchoolAssessments(ctx.db, {
    periodId: plan.row.periodId,
    schoolId: plan.row.schoolId,
    document: document.document,
  });
  const current = {
    id: row?.id ?? null,
    employeeKind: plan.row.employeeKind,
    workResultRating: row?.workResultRating ?? null,
    workBehaviourRating: row?.workBehaviourRating ?? null,
  };
  const recommendations = row ? await listRecommendations(ctx.db, row.id) : [];
  return {
    assessment,
    window,
    documents: await documentsOf(ctx, scope, locale),
    plan: {
      id: plan.row.id,
      status: plan.row.status,
      approvedAt: plan.row.approvedAt?.toISOString() ?? null,
      summary: summarisePlan({ ...plan, employeeKind: plan.row.employeeKind }),
    },
    execution: await readExecutionSummary(ctx.db, {
      planId: plan.row.id,
      ruleSet: plan.ruleSet,
      locale,
    }),
    recommendations: recommendations.map((item) => ({
      id: item.id,
      author: { id: item.authorId, name: item.authorName },
      text: item.text,
      createdAt: item.createdAt.toISOString(),
    })),
    organisation: presentOrganisation({ rows: schoolRows, current, locale }),
    ratingOptions: RATINGS.map((code) => ({ code, label: RATING_LABELS[code][locale] })),
    documentWarnings: presentDocumentWarnings({
      employeeKind: plan.row.employeeKind,
      leaderRating: organisationAchievementOf(schoolRows, plan.row.employeeKind, null),
      locale,
    }),
    basis: presentBasis(plan.ruleSet, locale),
    documentVersions: await readDocumentVersions(ctx.db, scope),
  };
}

/** One assessment by id, for everyone who may read it (the assessed person once it is final). */
export async function readAssessment(
  ctx: AppContext,
  input: { assessmentId: string; personId: string; locale: Locale },
): Promise<Assessment> {
  const scope = await loadAssessmentById(ctx, input);
  return (await present(ctx, scope, input.locale)).assessment;
}

/** The scope of an assessment id (404 when there is none). */
export async function loadAssessmentById(
  ctx: AppContext,
  input: { assessmentId: string; personId: string; locale: Locale },
): Promise<AssessmentScope> {
  const found = await findAssessmentById(ctx.db, input.assessmentId);
  if (!found) throw notFound('Penilaian Kinerja tidak ditemukan.');
  return loadAssessmentScope(ctx.db, {
    planId: found.planId,
    personId: input.personId,
    document: found.document,
    now: ctx.clock(),
    locale: input.locale,
  });
}

/** Presents an already loaded scope (after a write, or in a list). */
export async function presentScope(
  ctx: AppContext,
  scope: AssessmentScope,
  locale: Locale,
): Promise<Assessment> {
  return (await present(ctx, scope, locale)).assessment;
}
