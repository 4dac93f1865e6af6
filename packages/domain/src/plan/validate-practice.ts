import { practiceIndicatorsFor, offeredPracticeIndicators } from './employee-catalogues';
import { error, type ProblemSeed, type TabContext } from './plan-problem';

/**
 * Praktik Kinerja: exactly one offered sub-indicator of the employee's catalogue (an unnamed gap
 * is not choosable) — domain.md §3.3, §3.5, §4.1–4.2, §8.1.
 */
export function validatePractice({ draft, ruleSet, catalogues }: TabContext): ProblemSeed[] {
  const code = draft.practiceIndicatorCode;
  if (code === null || code === '') return [error('PRACTICE_EXACTLY_ONE', 'practiceIndicatorCode')];
  const catalogue = practiceIndicatorsFor(ruleSet, catalogues, draft.employeeKind);
  return offeredPracticeIndicators(catalogue).some((item) => item.code === code)
    ? []
    : [error('PRACTICE_INDICATOR_UNKNOWN', 'practiceIndicatorCode', { code })];
}
