import {
  berakhlak,
  careerLevelOf,
  findEvaluationDocument,
  isCareerLevelCode,
  organisationAchievementFor,
  organisationAchievementLabel,
  PREDIKAT_LABELS,
  PREDIKAT_PERCENTAGES,
  RATING_LABELS,
  ruleSetFor,
  type Rating,
} from '@kinerja/domain';
import { formatInstantId } from '../plans/plan-text.js';
import { presentBasis } from './assessment-basis.js';
import { coverageLabel, parseFeedback } from './assessment.presenter.js';
import type { AssessmentRow } from './assessments.repository.js';
import type { DocumentSnapshot } from './document-snapshot.js';
import type { EvaluationDocumentData } from './evaluation-pdf.js';

const number = (value: number): string =>
  value.toLocaleString('id-ID', { maximumFractionDigits: 3 });

function angkaKreditLine(row: AssessmentRow): string | null {
  if (row.angkaKredit === null || !row.predikat || !row.careerLevel) return null;
  if (!isCareerLevelCode(row.careerLevel)) return null;
  const level = careerLevelOf(row.careerLevel);
  const percent = PREDIKAT_PERCENTAGES[row.predikat];
  const coefficient = number(level.annualCoefficient.value);
  return `${number(row.angkaKredit)} (${percent}% × koefisien ${coefficient} ${level.name} × ${row.months ?? 12}/12 bulan)`;
}

/**
 * What the PDF prints for a final assessment: the frozen snapshot, the document's period and the
 * school's capaian (the principal's Rating Hasil Kerja, when set — domain.md §5.3, §5.6).
 */
export function evaluationDataOf(options: {
  row: AssessmentRow;
  ruleSetVersion: string;
  leaderWorkResultRating: Rating | null;
}): EvaluationDocumentData {
  const { row } = options;
  if (row.state !== 'final' || !row.predikat || !row.finalizedAt || !row.snapshotText) {
    throw new Error(`assessment ${row.id} is not final`);
  }
  const info = findEvaluationDocument(ruleSetFor(options.ruleSetVersion), row.document);
  if (!info) throw new Error(`document ${row.document} not in ${options.ruleSetVersion}`);
  const snapshot = JSON.parse(row.snapshotText) as DocumentSnapshot;
  const achievement = options.leaderWorkResultRating
    ? organisationAchievementLabel(organisationAchievementFor(options.leaderWorkResultRating)).id
    : null;
  const feedback = parseFeedback(row.feedbackText);
  return {
    periodLabel: info.label.id,
    coverageLabel: coverageLabel(info.start, info.end),
    snapshot,
    achievementLabel: achievement,
    predikatLabel: PREDIKAT_LABELS[row.predikat].id,
    notes: row.notes,
    dateLabel: formatInstantId(row.finalizedAt),
    workResultRating: row.workResultRating ? RATING_LABELS[row.workResultRating].id : '-',
    workBehaviourRating: row.workBehaviourRating ? RATING_LABELS[row.workBehaviourRating].id : '-',
    feedback: berakhlak.items.map((value) => ({
      name: value.name,
      text: feedback[value.code] ?? '',
    })),
    angkaKredit: angkaKreditLine(row),
    basis: (({ practiceDimensions, variables }) => ({
      dimensions: practiceDimensions.map(({ label, description }) => ({ label, description })),
      variables: variables.map(({ label, roleLabel }) => ({ label, roleLabel })),
    }))(presentBasis(ruleSetFor(options.ruleSetVersion), 'id')),
  };
}

/** "evaluasi-kinerja-2024-S1-semester_1-198001012005011001.pdf" — ASCII only. */
export function documentFileName(options: {
  periodId: string;
  document: string;
  nip: string | null;
  name: string;
  id: string;
  /** Version 2 onwards is named in the file ("-v2"); version 1 keeps the plain name. */
  versionNumber?: number;
}): string {
  const who = options.nip ?? slug(options.name);
  const version =
    options.versionNumber && options.versionNumber > 1 ? `-v${options.versionNumber}` : '';
  return `evaluasi-kinerja-${options.periodId}-${options.document}-${who}-${options.id.slice(0, 8)}${version}.pdf`;
}

/** Lower-case ASCII letters, digits and dashes. */
export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, '-')
      .slice(0, 60) || 'tanpa-nama'
  );
}
