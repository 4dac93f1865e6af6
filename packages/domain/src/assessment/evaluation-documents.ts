import type { IsoDate } from '../common/dates';
import type { LocalizedText } from '../i18n/locale';
import type { RuleSet } from '../rule-sets/rule-set';

/**
 * Which Dokumen Evaluasi Kinerja Pegawai a period produces: 2024 has Semester I, Semester II and an
 * "Akhir" (annual) document; from 2025 one annual document — domain.md §3.9, §5.5, §5.6.
 */
export const EVALUATION_DOCUMENTS = ['semester_1', 'semester_2', 'akhir', 'tahunan'] as const;

/** A kind of evaluation document. */
export type EvaluationDocument = (typeof EVALUATION_DOCUMENTS)[number];

/** Whether a string names an evaluation document. */
export function isEvaluationDocument(value: string): value is EvaluationDocument {
  return (EVALUATION_DOCUMENTS as readonly string[]).includes(value);
}

/** Header texts "PERIODE: …" of the document — domain.md §5.6 (`TAHUNAN` for 2025+ is [I]). */
export const EVALUATION_DOCUMENT_LABELS: { readonly [D in EvaluationDocument]: LocalizedText } = {
  semester_1: { id: 'Semester I', en: 'Semester I' },
  semester_2: { id: 'Semester II', en: 'Semester II' },
  akhir: { id: 'Akhir', en: 'Final (annual)' },
  tahunan: { id: 'Tahunan', en: 'Annual' },
};

/** One evaluation document of a period: what it covers and how it counts. */
export type EvaluationDocumentInfo = {
  readonly document: EvaluationDocument;
  readonly label: LocalizedText;
  /** Periode penilaian (field 4): 1 Jan–30 Jun, 1 Jul–31 Dec or 1 Jan–31 Dec — domain.md §5.6. */
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly months: number;
  /**
   * Whether its predikat earns angka kredit. The 2024 semesters are prorated (6/12 each, §5.4 [I]),
   * so the 2024 "Akhir" document would count the same months twice and earns none.
   */
  readonly countsForAngkaKredit: boolean;
  /** A document that must be final first (the 2024 Akhir comes after Semester II) [I]. */
  readonly requiresFinal: EvaluationDocument | null;
};

/** Whole calendar months from the first day of `start` to the last day of `end`. */
export function monthsCovered(start: IsoDate, end: IsoDate): number {
  const [y1, m1] = start.split('-').map(Number) as [number, number];
  const [y2, m2] = end.split('-').map(Number) as [number, number];
  return (y2 - y1) * 12 + (m2 - m1) + 1;
}

function info(
  document: EvaluationDocument,
  start: IsoDate,
  end: IsoDate,
  options: { countsForAngkaKredit?: boolean; requiresFinal?: EvaluationDocument } = {},
): EvaluationDocumentInfo {
  return {
    document,
    label: EVALUATION_DOCUMENT_LABELS[document],
    start,
    end,
    months: monthsCovered(start, end),
    countsForAngkaKredit: options.countsForAngkaKredit ?? true,
    requiresFinal: options.requiresFinal ?? null,
  };
}

/** The evaluation documents of a period, in the order they are set — domain.md §5.5, §5.6. */
export function evaluationDocumentsFor(ruleSet: RuleSet): readonly EvaluationDocumentInfo[] {
  const { startDate, endDate } = ruleSet;
  if (ruleSet.evaluationDocuments === 'annual') return [info('tahunan', startDate, endDate)];
  if (ruleSet.evaluationDocuments === 'first_semester')
    return [info('semester_1', startDate, endDate)];
  const yearStart = `${endDate.slice(0, 4)}-01-01`;
  return [
    info('semester_2', startDate, endDate),
    info('akhir', yearStart, endDate, { countsForAngkaKredit: false, requiresFinal: 'semester_2' }),
  ];
}

/** One document of a period, or undefined when the period does not produce it. */
export function findEvaluationDocument(
  ruleSet: RuleSet,
  document: EvaluationDocument,
): EvaluationDocumentInfo | undefined {
  return evaluationDocumentsFor(ruleSet).find((item) => item.document === document);
}
