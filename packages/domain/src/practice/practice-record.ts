import type { RubricTarget } from '../catalogues/practice-rubrics';
import type { IsoDate } from '../common/dates';
import type { RuleSet } from '../rule-sets/rule-set';
import type { ObservationRating, PracticeState, PracticeStep } from './practice-cycle';

/** One behaviour the observer rates: a target behaviour of the sub-indicator, or an agreed focus. */
export type PracticeItem = {
  readonly code: string;
  readonly text: string;
  /** Chosen as a focus behaviour in the Diskusi Persiapan. */
  readonly isFocus: boolean;
};

/** A: Diskusi Persiapan — focus behaviours, schedule and (2025+) the two written fields — domain.md §2.3, §3.6. */
export type PracticePreparation = {
  /** Codes of target behaviours of the plan's sub-indicator. */
  readonly focusBehaviourCodes: readonly string[];
  /** Focus behaviours written out when the catalogue has no target behaviours yet (a gap, §8.1). */
  readonly customFocusBehaviours: readonly string[];
  readonly scheduledDate: IsoDate | null;
  /** Local school time "HH:MM". */
  readonly scheduledTime: string | null;
  /** "Perilaku spesifik yang ingin dipelajari/ditampilkan saat observasi" [S] TXRXNOVI. */
  readonly specificBehaviour: string;
  /** "Upaya untuk mencapai target" [S] TXRXNOVI. */
  readonly effortsToReachTarget: string;
};

/** B: the rating of one behaviour on the three-point scale, with the observer's note — domain.md §3.9. */
export type PracticeRatingEntry = {
  readonly rating: ObservationRating | null;
  readonly note: string;
};

/** B: Observasi — ratings by item code and a general note. */
export type PracticeObservation = {
  readonly ratings: Readonly<Record<string, PracticeRatingEntry>>;
  readonly generalNote: string;
};

/** C: Diskusi Tindak Lanjut — the agreed follow-up, acknowledged by the employee. */
export type PracticeFollowUp = {
  readonly agreement: string;
  readonly acknowledgedAt: string | null;
};

/** D: one logged Upaya Tindak Lanjut. */
export type FollowUpActionEntry = { readonly date: IsoDate; readonly description: string };

/** E: Refleksi Tindak Lanjut — the employee's reflection and the observer's comment. */
export type PracticeReflection = {
  readonly text: string;
  readonly submittedAt: string | null;
  readonly comment: string;
};

/** When a step was finished, and by whom. */
export type StepStamp = { readonly at: string; readonly by: string };

/**
 * A whole practice cycle: its state, what each step holds, who finished which step, and the
 * version at which each section last changed (so concurrent edits of other sections merge).
 */
export type PracticeRecord = {
  readonly state: PracticeState;
  /** Snapshot of the behaviours to observe, taken when A is finished; null before. */
  readonly items: readonly PracticeItem[] | null;
  readonly preparation: PracticePreparation;
  readonly observation: PracticeObservation;
  readonly followUp: PracticeFollowUp;
  readonly actions: readonly FollowUpActionEntry[];
  readonly reflection: PracticeReflection;
  readonly finished: Readonly<Partial<Record<PracticeStep, StepStamp>>>;
  readonly revisions: Readonly<Record<string, number>>;
};

/** A cycle nobody has written in yet: due at step A. */
export function emptyPracticeRecord(): PracticeRecord {
  return {
    state: 'preparation_discussion',
    items: null,
    preparation: {
      focusBehaviourCodes: [],
      customFocusBehaviours: [],
      scheduledDate: null,
      scheduledTime: null,
      specificBehaviour: '',
      effortsToReachTarget: '',
    },
    observation: { ratings: {}, generalNote: '' },
    followUp: { agreement: '', acknowledgedAt: null },
    actions: [],
    reflection: { text: '', submittedAt: null, comment: '' },
    finished: {},
    revisions: {},
  };
}

/**
 * Whether the 2025+ fields "perilaku spesifik …" and "upaya untuk mencapai target" are required in
 * A: the annual cycle's "Isi Dokumen" [S] TXRXNOVI (2025), same structure in 2026 — domain.md §3.6, §3.7.
 */
export function isPreparationTextRequired(ruleSet: RuleSet): boolean {
  return ruleSet.cycle === 'year';
}

/** Codes given to written-out focus behaviours (a catalogue gap): fokus_1, fokus_2, … */
export const customFocusCode = (index: number): string => `fokus_${index + 1}`;

/**
 * The behaviours the observer rates: every target behaviour of the sub-indicator (the chosen ones
 * marked as focus), or the written-out focus behaviours when the catalogue has none — domain.md §3.9.
 */
export function observationItems(options: {
  targets: readonly RubricTarget[] | null;
  preparation: PracticePreparation;
}): PracticeItem[] {
  const { targets, preparation } = options;
  if (targets && targets.length > 0) {
    return targets.map((target) => ({
      code: target.code,
      text: target.text,
      isFocus: preparation.focusBehaviourCodes.includes(target.code),
    }));
  }
  return preparation.customFocusBehaviours.map((text, index) => ({
    code: customFocusCode(index),
    text,
    isFocus: true,
  }));
}

/** How many items are rated, of how many. */
export function observationProgress(record: PracticeRecord): { rated: number; total: number } {
  const items = record.items ?? [];
  const rated = items.filter((item) => record.observation.ratings[item.code]?.rating).length;
  return { rated, total: items.length };
}
