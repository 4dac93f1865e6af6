import { findByCode } from '../catalogues/catalogue';
import { requireCatalogue } from '../catalogues/registry';
import { error, type ProblemSeed, type TabContext } from './plan-problem';

/** Praktik Kinerja: exactly one sub-indicator of the employee's catalogue — domain.md §3.3, §3.5, §4.1–4.2. */
export function validatePractice({ draft, ruleSet, catalogues }: TabContext): ProblemSeed[] {
  const code = draft.practiceIndicatorCode;
  if (code === null || code === '') return [error('PRACTICE_EXACTLY_ONE', 'practiceIndicatorCode')];
  const catalogue = requireCatalogue(
    catalogues.practiceIndicators,
    ruleSet.practice.catalogueIds[draft.employeeKind],
  );
  return findByCode(catalogue, code)
    ? []
    : [error('PRACTICE_INDICATOR_UNKNOWN', 'practiceIndicatorCode', { code })];
}
