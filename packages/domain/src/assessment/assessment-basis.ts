import type { LocalizedText } from '../i18n/locale';
import type { RuleSet } from '../rule-sets/rule-set';

/** The three dimensions Praktik Kinerja is judged on — domain.md §3.9 [C] FLIP-SIKLUS. */
export const PRACTICE_DIMENSION_CODES = [
  'upaya_refleksi',
  'upaya_mempelajari',
  'perubahan_praktik',
] as const;

/** One Praktik Kinerja dimension. */
export type PracticeDimensionCode = (typeof PRACTICE_DIMENSION_CODES)[number];

/** A dimension, what it judges and the stages of the Siklus Peningkatan Kinerja it is read from (§2.3). */
export type PracticeDimension = {
  readonly code: PracticeDimensionCode;
  readonly label: LocalizedText;
  readonly description: LocalizedText;
  /** Stages of the cycle (§2.3): C Diskusi Tindak Lanjut, E Refleksi Tindak Lanjut. */
  readonly stages: readonly ('C' | 'E')[];
};

// Upaya Refleksi at C and E, Upaya Mempelajari and Perubahan Praktik at E [C] FLIP-SIKLUS — §3.9.
/** The Praktik Kinerja dimensions in the guides' order. */
export const PRACTICE_DIMENSIONS: readonly PracticeDimension[] = [
  {
    code: 'upaya_refleksi',
    label: { id: 'Upaya Refleksi', en: 'Reflection effort' },
    description: {
      id: 'Kualitas refleksi pada Diskusi Tindak Lanjut dan Refleksi Tindak Lanjut.',
      en: 'Quality of reflection in the follow-up discussion and the follow-up reflection.',
    },
    stages: ['C', 'E'],
  },
  {
    code: 'upaya_mempelajari',
    label: { id: 'Upaya Mempelajari', en: 'Learning effort' },
    description: {
      id: 'Upaya mempelajari dan menguasai kompetensi yang dibutuhkan, dilihat dari refleksi atas penyelesaian Upaya Tindak Lanjut.',
      en: 'Effort to learn and master the needed competence, seen in the reflection on completing the follow-up actions.',
    },
    stages: ['E'],
  },
  {
    code: 'perubahan_praktik',
    label: { id: 'Perubahan Praktik', en: 'Change of practice' },
    description: {
      id: 'Perubahan praktik dari waktu ke waktu, dilihat pada Refleksi Tindak Lanjut.',
      en: 'Change of practice over time, seen in the follow-up reflection.',
    },
    stages: ['E'],
  },
];

/** The variables the guides name for Penetapan Predikat Kinerja — domain.md §3.9. */
export type AssessmentVariableCode =
  'praktik_kinerja' | 'pengembangan_kompetensi' | 'perilaku_kerja' | 'dokumen_akuntabilitas';

/** What a variable does: assessed, weighed as a consideration, or collected but not assessed. */
export type AssessmentVariableRole = 'assessed' | 'consideration' | 'collected_not_assessed';

/** One variable and its role, with the guides' wording. */
export type AssessmentVariable = {
  readonly code: AssessmentVariableCode;
  readonly label: LocalizedText;
  readonly role: AssessmentVariableRole;
};

/** The guides' words for a role ("variabel penilaian", "variabel pertimbangan", …). */
export const ASSESSMENT_VARIABLE_ROLE_LABELS: {
  readonly [R in AssessmentVariableRole]: LocalizedText;
} = {
  assessed: { id: 'Variabel penilaian', en: 'Assessed variable' },
  consideration: { id: 'Variabel pertimbangan', en: 'Consideration' },
  collected_not_assessed: {
    id: 'Wajib dikumpulkan, tidak dinilai',
    en: 'Must be collected, not assessed',
  },
};

// The 2024 deck's four variables and their roles [C] FLIP-VAR — domain.md §3.9.
/** The variables of the 2024 Penilaian, in the deck's order. */
export const ASSESSMENT_VARIABLES_2024: readonly AssessmentVariable[] = [
  {
    code: 'praktik_kinerja',
    label: { id: 'Praktik Kinerja', en: 'Performance practice' },
    role: 'assessed',
  },
  {
    code: 'pengembangan_kompetensi',
    label: { id: 'Pengembangan Kompetensi', en: 'Competency development' },
    role: 'consideration',
  },
  {
    code: 'perilaku_kerja',
    label: { id: 'Perilaku Kerja', en: 'Work behaviour' },
    role: 'assessed',
  },
  {
    code: 'dokumen_akuntabilitas',
    label: { id: 'Dokumen Akuntabilitas', en: 'Accountability documents' },
    role: 'collected_not_assessed',
  },
];

/** The variables of a rule set's Penilaian, or an empty list where the guides name none (2025+). */
export function assessmentVariablesFor(ruleSet: RuleSet): readonly AssessmentVariable[] {
  return ruleSet.assessment.variables === 'deck_2024' ? ASSESSMENT_VARIABLES_2024 : [];
}

/** Which variables decide the Rating Hasil Kerja (assessed) and which only inform it. */
export function variablesByRole(ruleSet: RuleSet): {
  readonly [R in AssessmentVariableRole]: readonly AssessmentVariableCode[];
} {
  const variables = assessmentVariablesFor(ruleSet);
  const of = (role: AssessmentVariableRole) =>
    variables.filter((item) => item.role === role).map((item) => item.code);
  return {
    assessed: of('assessed'),
    consideration: of('consideration'),
    collected_not_assessed: of('collected_not_assessed'),
  };
}
