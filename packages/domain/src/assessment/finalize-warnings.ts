import type { LocalizedText } from '../i18n/locale';
import type { PracticeState } from '../practice/practice-cycle';
import type { RuleSet } from '../rule-sets/rule-set';

/** Execution results an assessor should have before "Tetapkan" — domain.md §3.4, §3.6, §3.9. */
export const MISSING_EXECUTION_CODES = [
  'evidence_not_collected',
  'reflection_not_sent',
  'checklist_not_sent',
  'checklist_not_confirmed',
  'practice_cycle_not_completed',
] as const;

/** Something Pelaksanaan has not produced yet. */
export type MissingExecutionCode = (typeof MISSING_EXECUTION_CODES)[number];

/** The warning the assessor reads before "Tetapkan", one per missing result. */
export const MISSING_EXECUTION_LABELS: { readonly [C in MissingExecutionCode]: LocalizedText } = {
  evidence_not_collected: {
    id: 'Bukti Dukung belum semuanya dikumpulkan.',
    en: 'Not all supporting evidence has been collected.',
  },
  reflection_not_sent: {
    id: 'Dokumen Pengembangan Kompetensi belum dikirim.',
    en: 'The competency development document has not been sent.',
  },
  checklist_not_sent: {
    id: 'Dokumen Pelaksanaan Tugas Pokok belum dikirim.',
    en: 'The main duties document has not been sent.',
  },
  checklist_not_confirmed: {
    id: 'Dokumen Pelaksanaan Tugas Pokok belum dikonfirmasi atasan.',
    en: 'The main duties document has not been confirmed by the supervisor.',
  },
  practice_cycle_not_completed: {
    id: 'Siklus Peningkatan Kinerja belum selesai.',
    en: 'The performance improvement cycle is not completed.',
  },
};

/** What Pelaksanaan left for one plan, as the server reads it. */
export type ExecutionFacts = {
  /** 2024 uploads; null where the rule set has none. */
  readonly evidence: { readonly collected: number; readonly total: number } | null;
  readonly sentDocuments: readonly ('competency_reflection' | 'main_duties_checklist')[];
  readonly confirmedDocuments: readonly ('competency_reflection' | 'main_duties_checklist')[];
  /** null before the first step is recorded. */
  readonly practiceState: PracticeState | null;
};

/**
 * The execution results still missing for a plan under its rule set. Missing results do not forbid
 * "Tetapkan" (the assessor judges, §3.9 [I]) but must be named before the assessment becomes final.
 */
export function missingExecutionResults(options: {
  ruleSet: RuleSet;
  facts: ExecutionFacts;
}): MissingExecutionCode[] {
  const { ruleSet, facts } = options;
  const missing: MissingExecutionCode[] = [];
  const documents = ruleSet.evidence.documents;
  if (ruleSet.evidence.mode === 'upload') {
    const evidence = facts.evidence ?? { collected: 0, total: 0 };
    if (evidence.total === 0 || evidence.collected < evidence.total)
      missing.push('evidence_not_collected');
  }
  if (
    documents.includes('competency_reflection') &&
    !facts.sentDocuments.includes('competency_reflection')
  )
    missing.push('reflection_not_sent');
  if (documents.includes('main_duties_checklist')) {
    if (!facts.sentDocuments.includes('main_duties_checklist')) missing.push('checklist_not_sent');
    else if (!facts.confirmedDocuments.includes('main_duties_checklist'))
      missing.push('checklist_not_confirmed');
  }
  if (facts.practiceState !== 'completed') missing.push('practice_cycle_not_completed');
  return missing;
}

/** A warning about the document itself rather than Pelaksanaan. */
export type DocumentWarningCode = 'organisation_achievement_unknown';

/** What the assessor reads about the document before "Tetapkan". */
export const DOCUMENT_WARNING_LABELS: { readonly [C in DocumentWarningCode]: LocalizedText } = {
  organisation_achievement_unknown: {
    id: 'Capaian Kinerja Organisasi belum diketahui karena penilaian Kepala Sekolah belum ditetapkan; dokumen akan mencantumkan "Belum ditetapkan". Setelah itu dokumen hanya berubah jika Anda menerbitkan versi baru.',
    en: 'The organisation\'s achievement is not known because the principal\'s assessment is not set; the document will read "Belum ditetapkan". Afterwards it changes only if you issue a new version.',
  },
};

/**
 * The document warnings before "Tetapkan". A teacher's document set while the principal's Rating
 * Hasil Kerja is unknown prints capaian "Belum ditetapkan": allowed (domain.md §5.3 does not make
 * the capaian a precondition, and §3.9 leaves the judgement to the PPK) but said out loud, since
 * the fixed document will not change by itself (§5.6).
 */
export function documentWarnings(options: {
  employeeKind: 'teacher' | 'principal';
  isOrganisationAchievementKnown: boolean;
}): DocumentWarningCode[] {
  return options.employeeKind === 'teacher' && !options.isOrganisationAchievementKnown
    ? ['organisation_achievement_unknown']
    : [];
}
