import type { PlanContent } from '@kinerja/contract';
import type {
  BerakhlakValueCode,
  EmployeeKind,
  PeriodVersion,
  PlanDraft,
  SchoolLevel,
  WorkBehaviourChoice,
} from '@kinerja/domain';

/** "Ekspektasi Khusus Pimpinan" as the supervisor wrote it, per BerAKHLAK value. */
export type StoredExpectations = Partial<
  Record<BerakhlakValueCode, { text: string; writtenAt: string; writtenBy: string }>
>;

/** The content part of a domain draft: what the employee fills in on the tabs. */
export function contentOf(draft: PlanDraft): PlanContent {
  return {
    mainDuties: {
      dutyCodes: [...draft.mainDuties.dutyCodes],
      focusCode: draft.mainDuties.focusCode,
    },
    practiceIndicatorCode: draft.practiceIndicatorCode,
    competencyRhkCodes: [...draft.competencyRhkCodes],
    competencyIndicatorCode: draft.competencyIndicatorCode,
    additionalDuties: draft.additionalDuties.map((duty) => ({ ...duty })),
    workBehaviour: { ...draft.workBehaviour },
  };
}

/** Parses stored content (JSON text of a `plans.draft` column). */
export const parseContent = (text: string): PlanContent => JSON.parse(text) as PlanContent;

/** Parses stored supervisor expectations. */
export const parseExpectations = (text: string): StoredExpectations =>
  JSON.parse(text) as StoredExpectations;

/**
 * The domain draft of a plan: stored content plus the server-owned identity and confirmation, with
 * the supervisor's written expectation taking the place of the employee's entry (domain.md §3.3 note).
 */
export function toDomainDraft(options: {
  content: PlanContent;
  expectations: StoredExpectations;
  periodVersion: PeriodVersion;
  employeeKind: EmployeeKind;
  schoolLevel: SchoolLevel;
  isPersonalDataConfirmed: boolean;
}): PlanDraft {
  const { content, expectations } = options;
  const workBehaviour: Partial<Record<BerakhlakValueCode, WorkBehaviourChoice>> = {};
  for (const [value, choice] of Object.entries(content.workBehaviour) as Array<
    [BerakhlakValueCode, WorkBehaviourChoice]
  >) {
    const written = expectations[value]?.text ?? '';
    workBehaviour[value] = {
      behaviourCode: choice.behaviourCode,
      supervisorExpectation: written !== '' ? written : choice.supervisorExpectation,
    };
  }
  return {
    periodVersion: options.periodVersion,
    employeeKind: options.employeeKind,
    schoolLevel: options.schoolLevel,
    isPersonalDataConfirmed: options.isPersonalDataConfirmed,
    mainDuties: content.mainDuties,
    practiceIndicatorCode: content.practiceIndicatorCode,
    competencyRhkCodes: content.competencyRhkCodes,
    competencyIndicatorCode: content.competencyIndicatorCode,
    additionalDuties: content.additionalDuties,
    workBehaviour,
  };
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, child]) => child !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([key, child]) => [key, sortKeys(child)]));
  }
  return value;
}

/** JSON with sorted keys, so equal content compares equal whatever jsonb did to the key order. */
export const canonicalJson = (value: unknown): string => JSON.stringify(sortKeys(value));
