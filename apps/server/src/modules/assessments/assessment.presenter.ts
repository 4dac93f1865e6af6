import type { Assessment } from '@kinerja/contract';
import {
  formatLongDate,
  BERAKHLAK_VALUE_CODES,
  can,
  careerLevelOf,
  isCareerLevelCode,
  PREDIKAT_LABELS,
  PREDIKAT_PERCENTAGES,
  predikatFor,
  RATING_LABELS,
  type BerakhlakValueCode,
  type Locale,
  type Rating,
} from '@kinerja/domain';
import { subjectWithState, type AssessmentScope } from './assessment-scope.js';

const STATE_LABELS = {
  not_started: { id: 'Belum dinilai', en: 'Not assessed' },
  draft: { id: 'Draf', en: 'Draft' },
  final: { id: 'Ditetapkan', en: 'Set' },
} as const;

/** Whether a write may happen now: the window is open (the caller computes it). */
export type AssessmentFacts = { isWindowOpen: boolean; isPrerequisiteMet: boolean };

const rating = (value: Rating | null, locale: Locale) =>
  value ? { code: value, label: RATING_LABELS[value][locale] } : null;

/** The feedback stored per BerAKHLAK value (JSON text of `behaviour_feedback`). */
export function parseFeedback(
  text: string | undefined,
): Partial<Record<BerakhlakValueCode, string>> {
  return text ? (JSON.parse(text) as Partial<Record<BerakhlakValueCode, string>>) : {};
}

/** "1 Januari 2024 s.d. 30 Juni 2024": the periode penilaian (field 4). */
export const coverageLabel = (start: string, end: string): string =>
  `${formatLongDate(start)} s.d. ${formatLongDate(end)}`;

function presentPredikat(scope: AssessmentScope, locale: Locale): Assessment['predikat'] {
  const row = scope.row;
  if (row?.state === 'final' && row.predikat) {
    return { code: row.predikat, label: PREDIKAT_LABELS[row.predikat][locale], isPreview: false };
  }
  if (!row?.workResultRating || !row.workBehaviourRating) return null;
  const code = predikatFor({
    workResultRating: row.workResultRating,
    workBehaviourRating: row.workBehaviourRating,
  });
  return { code, label: PREDIKAT_LABELS[code][locale], isPreview: true };
}

function presentAngkaKredit(scope: AssessmentScope): Assessment['angkaKredit'] {
  const row = scope.row;
  if (row?.state !== 'final' || row.angkaKredit === null || !row.predikat) return null;
  if (!row.careerLevel || !isCareerLevelCode(row.careerLevel)) return null;
  const level = careerLevelOf(row.careerLevel);
  return {
    careerLevel: { code: level.code, label: level.name },
    months: row.months ?? 0,
    percentage: PREDIKAT_PERCENTAGES[row.predikat],
    coefficient: level.annualCoefficient.value,
    value: row.angkaKredit,
  };
}

function abilities(scope: AssessmentScope, facts: AssessmentFacts): Assessment['abilities'] {
  const subject = subjectWithState(scope);
  const row = scope.row;
  const isApproved = scope.plan.row.status === 'approved';
  const isWritable = isApproved && facts.isWindowOpen;
  const hasRatings = Boolean(row?.workResultRating && row.workBehaviourRating);
  return {
    canEdit: isWritable && can(scope.actor, 'assessment.set', subject).allowed,
    canFinalize:
      isWritable &&
      hasRatings &&
      facts.isPrerequisiteMet &&
      can(scope.actor, 'assessment.finalize', subject).allowed,
    canRecommend: isApproved && can(scope.actor, 'assessment.recommend', subject).allowed,
    canDownloadPdf: row?.state === 'final',
  };
}

function assessorRef(scope: AssessmentScope): Assessment['assessor'] {
  const { resolution, employee, row } = scope.plan;
  if (resolution.approval === 'blocked') return null;
  const name = row.employeeKind === 'teacher' ? employee.headName : employee.assessorName;
  return { id: resolution.assessorId, name: name ?? '-' };
}

/** The assessment as every reader gets it, with the abilities of the signed-in person. */
export function presentAssessment(
  scope: AssessmentScope,
  facts: AssessmentFacts,
  locale: Locale,
): Assessment {
  const { plan, document, row } = scope;
  const { employee } = plan;
  const state = row && (row.state === 'final' || row.version > 0) ? row.state : 'not_started';
  const feedback = parseFeedback(row?.feedbackText);
  return {
    id: row?.id ?? null,
    planId: plan.row.id,
    periodId: plan.row.periodId,
    periodLabel: employee.periodLabel,
    document: { code: document.document, label: document.label[locale] },
    coverage: {
      start: document.start,
      end: document.end,
      label: coverageLabel(document.start, document.end),
    },
    state,
    stateLabel: STATE_LABELS[state][locale],
    version: row?.version ?? 0,
    workResultRating: rating(row?.workResultRating ?? null, locale),
    workBehaviourRating: rating(row?.workBehaviourRating ?? null, locale),
    behaviourFeedback: BERAKHLAK_VALUE_CODES.map((value) => ({
      value,
      name: plan.catalogues.berakhlak.items.find((item) => item.code === value)?.name ?? value,
      feedback: feedback[value] ?? '',
    })),
    notes: row?.notes ?? '',
    predikat: presentPredikat(scope, locale),
    finalizedAt: row?.finalizedAt?.toISOString() ?? null,
    finalizedBy:
      row?.finalizedBy && row.finalizedByName
        ? { id: row.finalizedBy, name: row.finalizedByName }
        : null,
    angkaKredit: presentAngkaKredit(scope),
    employee: {
      id: employee.employeeId,
      name: employee.employeeName,
      nip: employee.nip,
      kind: plan.row.employeeKind,
      school: { id: employee.schoolId, name: employee.schoolName, npsn: employee.npsn },
    },
    assessor: assessorRef(scope),
    abilities: abilities(scope, facts),
  };
}
