import { findByCode } from '../catalogues/catalogue';
import { mainDutiesFor } from './employee-catalogues';
import { duplicatesOf, error, type ProblemSeed, type TabContext } from './plan-problem';

/** Pelaksanaan Tugas Pokok: duties of the employee's list, focus among them — domain.md §3.5, §3.8. */
export function validateMainDuties({ draft, ruleSet, catalogues }: TabContext): ProblemSeed[] {
  const { dutyCodes, focusCode } = draft.mainDuties;
  const duties = mainDutiesFor(catalogues, draft.employeeKind);
  const problems: ProblemSeed[] = [];
  if (dutyCodes.length === 0) problems.push(error('MAIN_DUTIES_REQUIRED', 'mainDuties.dutyCodes'));
  dutyCodes.forEach((code, index) => {
    if (!findByCode(duties, code)) {
      problems.push(error('MAIN_DUTY_UNKNOWN', `mainDuties.dutyCodes[${index}]`, { code }));
    }
  });
  for (const code of duplicatesOf(dutyCodes)) {
    problems.push(error('DUPLICATE_CODE', 'mainDuties.dutyCodes', { code }));
  }
  if (focusCode === null || focusCode === '') {
    if (ruleSet.mainDuties.isFocusRequired) {
      problems.push(error('MAIN_DUTIES_FOCUS_REQUIRED', 'mainDuties.focusCode'));
    }
  } else if (!dutyCodes.includes(focusCode)) {
    problems.push(
      error('MAIN_DUTIES_FOCUS_NOT_SELECTED', 'mainDuties.focusCode', { code: focusCode }),
    );
  }
  return problems;
}
