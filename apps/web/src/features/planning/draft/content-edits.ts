import type { BerakhlakValueCodeDto, PlanContent } from '@kinerja/contract';
import { withCompetencyActivityCount } from '@kinerja/domain';

// Pure changes of a plan draft, one per control on the tabs; each returns a new draft.

const toggled = (codes: readonly string[], code: string, isOn: boolean): string[] =>
  isOn ? (codes.includes(code) ? [...codes] : [...codes, code]) : codes.filter((c) => c !== code);

/** Ticks or unticks a main duty; unticking the focus clears it (domain.md §3.5). */
export const toggleMainDuty =
  (code: string, isOn: boolean) =>
  (content: PlanContent): PlanContent => {
    const dutyCodes = toggled(content.mainDuties.dutyCodes, code, isOn);
    const focusCode =
      content.mainDuties.focusCode && dutyCodes.includes(content.mainDuties.focusCode)
        ? content.mainDuties.focusCode
        : null;
    return { ...content, mainDuties: { dutyCodes, focusCode } };
  };

/** Chooses the main duty that is the focus (null: none). */
export const setMainFocus =
  (code: string | null) =>
  (content: PlanContent): PlanContent => ({
    ...content,
    mainDuties: { ...content.mainDuties, focusCode: code },
  });

/** Chooses the one Praktik Kinerja sub-indicator (domain.md §3.3). */
export const setPractice =
  (code: string) =>
  (content: PlanContent): PlanContent => ({ ...content, practiceIndicatorCode: code });

/** Sets how many times a 2024 competency activity is planned (the stepper; domain.md §4.5). */
export const setRhkCount =
  (code: string, count: number) =>
  (content: PlanContent): PlanContent => ({
    ...content,
    competencyRhkCodes: withCompetencyActivityCount(content.competencyRhkCodes, code, count),
  });

/** Chooses the one 2025+ competency indicator (domain.md §3.5). */
export const setCompetencyIndicator =
  (code: string) =>
  (content: PlanContent): PlanContent => ({ ...content, competencyIndicatorCode: code });

/** Adds or removes a tugas tambahan; its SK / Surat Tugas number is kept while it stays ticked. */
export const toggleAdditionalDuty =
  (code: string, isOn: boolean) =>
  (content: PlanContent): PlanContent => {
    const without = content.additionalDuties.filter((duty) => duty.code !== code);
    const existing = content.additionalDuties.find((duty) => duty.code === code);
    return {
      ...content,
      additionalDuties: isOn ? [...without, existing ?? { code, skReference: '' }] : without,
    };
  };

/** Types the SK / Surat Tugas number of a tugas tambahan (domain.md §3.3, §4.4). */
export const setSkReference =
  (code: string, skReference: string) =>
  (content: PlanContent): PlanContent => ({
    ...content,
    additionalDuties: content.additionalDuties.map((duty) =>
      duty.code === code ? { ...duty, skReference } : duty,
    ),
  });

/** Chooses the behaviour of one BerAKHLAK value (domain.md §3.3 note, §4.3). */
export const setBehaviour =
  (value: BerakhlakValueCodeDto, behaviourCode: string) =>
  (content: PlanContent): PlanContent => ({
    ...content,
    workBehaviour: {
      ...content.workBehaviour,
      [value]: {
        behaviourCode,
        supervisorExpectation: content.workBehaviour[value]?.supervisorExpectation ?? '',
      },
    },
  });

/** Types the "Ekspektasi Khusus Pimpinan" agreed for one value (2026, domain.md §3.7). */
export const setAgreedExpectation =
  (value: BerakhlakValueCodeDto, text: string) =>
  (content: PlanContent): PlanContent => ({
    ...content,
    workBehaviour: {
      ...content.workBehaviour,
      [value]: {
        behaviourCode: content.workBehaviour[value]?.behaviourCode ?? null,
        supervisorExpectation: text,
      },
    },
  });
