import type { LocalizedText } from '../i18n/locale';
import { competencyActivityCounts } from '../plan/competency-activities';
import type { PlanDraft } from '../plan/plan-draft';
import type { RuleSet } from '../rule-sets/rule-set';
import type { DocumentState } from './document-machine';

/** The upload documents of 2024 — domain.md §3.4. */
export type EvidenceKindOfSlot = 'competency_evidence' | 'additional_duty_evidence';

/** One evidence slot an approved plan asks for: per competency RHK, per additional duty. */
export type EvidenceSlotSpec = {
  readonly kind: EvidenceKindOfSlot;
  /** The competency RHK code or the additional-duty code. */
  readonly code: string;
  /** Which planned instance of a repeatable competency activity (1-based); 1 for a duty — domain.md §4.5. */
  readonly instance: number;
  /** The SK / Surat Tugas of an additional duty; null for competency RHKs. */
  readonly skReference: string | null;
};

// "jumlah dokumen yang diunggah bersumber dari Rencana Hasil Kerja yang telah disetujui" [C] SEED4 — domain.md §3.4.
/**
 * The evidence slots of an approved plan: one per planned competency activity instance (an activity
 * planned twice has two slots, numbered 1 and 2), then one per additional duty — domain.md §3.4, §4.5.
 */
export function evidenceSlotsOf(options: {
  draft: PlanDraft;
  ruleSet: RuleSet;
}): EvidenceSlotSpec[] {
  const { draft, ruleSet } = options;
  if (ruleSet.evidence.mode !== 'upload') return [];
  const documents = ruleSet.evidence.documents;
  const slots: EvidenceSlotSpec[] = [];
  if (documents.includes('competency_evidence')) {
    for (const { code, count } of competencyActivityCounts(draft.competencyRhkCodes)) {
      for (let instance = 1; instance <= count; instance += 1) {
        slots.push({ kind: 'competency_evidence', code, instance, skReference: null });
      }
    }
  }
  if (documents.includes('additional_duty_evidence')) {
    const seen = new Set<string>();
    for (const duty of draft.additionalDuties) {
      if (seen.has(duty.code)) continue;
      seen.add(duty.code);
      slots.push({
        kind: 'additional_duty_evidence',
        code: duty.code,
        instance: 1,
        skReference: duty.skReference,
      });
    }
  }
  return slots;
}

/** The key of a slot within its plan: kind, code and instance. */
export const evidenceSlotKey = (slot: { kind: string; code: string; instance: number }): string =>
  `${slot.kind}:${slot.code}:${slot.instance}`;

/** How far an employee's evidence is: collected, drafted, still empty, of how many. */
export type EvidenceProgress = {
  readonly total: number;
  readonly collected: number;
  readonly draft: number;
  readonly empty: number;
  /** Slots not collected yet ("belum dikumpulkan"). */
  readonly missing: number;
  readonly isComplete: boolean;
};

/** Counts the states of the current (not superseded) slots of one plan. */
export function evidenceProgress(states: readonly DocumentState[]): EvidenceProgress {
  const collected = states.filter((state) => state === 'collected').length;
  const draft = states.filter((state) => state === 'draft').length;
  const total = states.length;
  return {
    total,
    collected,
    draft,
    empty: total - collected - draft,
    missing: total - collected,
    isComplete: total > 0 && collected === total,
  };
}

/**
 * Kategori Karya of the Bukti Karya portfolio. The guides name the step ("Pilih Kategori Karya") but
 * not the list [I] — domain.md §3.4, §6.6; kept as data so an administrator can replace it.
 */
export const KARYA_CATEGORIES = [
  { code: 'sertifikat', label: { id: 'Sertifikat', en: 'Certificate' } },
  {
    code: 'surat_keterangan',
    label: { id: 'Surat Keterangan Selesai Topik', en: 'Topic completion letter' },
  },
  { code: 'modul_ajar', label: { id: 'Modul Ajar / Perangkat Ajar', en: 'Teaching module' } },
  {
    code: 'bahan_ajar',
    label: { id: 'Bahan Ajar / Media Pembelajaran', en: 'Teaching material / media' },
  },
  { code: 'laporan', label: { id: 'Laporan Kegiatan', en: 'Activity report' } },
  { code: 'lainnya', label: { id: 'Lainnya', en: 'Other' } },
] as const satisfies ReadonlyArray<{ code: string; label: LocalizedText }>;

/** A Kategori Karya code. */
export type KaryaCategoryCode = (typeof KARYA_CATEGORIES)[number]['code'];

/** Whether a string is a known Kategori Karya. */
export const isKaryaCategory = (code: string): code is KaryaCategoryCode =>
  KARYA_CATEGORIES.some((category) => category.code === code);
