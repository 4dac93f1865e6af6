import { competencyActivityCounts } from './competency-activities';
import type { AdditionalDutyChoice, PlanDraft } from './plan-draft';

/** An additional duty whose SK / Surat Tugas reference changed. */
export type DutyReferenceChange = {
  readonly code: string;
  readonly before: string;
  readonly after: string;
};

/** Exactly what an RHK change did, for the supervisor's view — domain.md §3.4 ("Atasan view shows that the RHK was changed"). */
export type RhkChangeDiff = {
  /** One entry per activity instance added or removed (an activity repeats — domain.md §4.5). */
  readonly competency: { readonly added: string[]; readonly removed: string[] };
  readonly additionalDuties: {
    readonly added: AdditionalDutyChoice[];
    readonly removed: AdditionalDutyChoice[];
    readonly referenceChanged: DutyReferenceChange[];
  };
};

// The instances of `codes` that `other` does not plan: per activity, the count above the other's.
function instancesBeyond(codes: readonly string[], other: readonly string[]): string[] {
  const otherCounts = new Map(competencyActivityCounts(other).map((e) => [e.code, e.count]));
  return competencyActivityCounts(codes).flatMap(({ code, count }) =>
    Array.from({ length: Math.max(0, count - (otherCounts.get(code) ?? 0)) }, () => code),
  );
}

/** The difference between the plan before and after "Ubah Rencana Hasil Kerja". */
export function diffRhkChange(before: PlanDraft, after: PlanDraft): RhkChangeDiff {
  const oldDuties = new Map(before.additionalDuties.map((duty) => [duty.code, duty]));
  const newDuties = new Map(after.additionalDuties.map((duty) => [duty.code, duty]));
  const referenceChanged: DutyReferenceChange[] = [];
  for (const [code, duty] of newDuties) {
    const old = oldDuties.get(code);
    if (old && old.skReference !== duty.skReference) {
      referenceChanged.push({ code, before: old.skReference, after: duty.skReference });
    }
  }
  return {
    competency: {
      added: instancesBeyond(after.competencyRhkCodes, before.competencyRhkCodes),
      removed: instancesBeyond(before.competencyRhkCodes, after.competencyRhkCodes),
    },
    additionalDuties: {
      added: [...newDuties.values()].filter((duty) => !oldDuties.has(duty.code)),
      removed: [...oldDuties.values()].filter((duty) => !newDuties.has(duty.code)),
      referenceChanged,
    },
  };
}

/** Whether a diff changes nothing. */
export const isEmptyRhkDiff = (diff: RhkChangeDiff): boolean =>
  diff.competency.added.length === 0 &&
  diff.competency.removed.length === 0 &&
  diff.additionalDuties.added.length === 0 &&
  diff.additionalDuties.removed.length === 0 &&
  diff.additionalDuties.referenceChanged.length === 0;
