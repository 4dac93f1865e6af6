import { findByCode } from '../catalogues/catalogue';
import { requireCatalogue } from '../catalogues/registry';
import { duplicatesOf, error, type ProblemSeed, type TabContext } from './plan-problem';

/** Tugas Tambahan: optional, several allowed, offered by school level, backed by an SK — domain.md §3.3, §4.4. */
export function validateAdditionalDuties({
  draft,
  ruleSet,
  catalogues,
}: TabContext): ProblemSeed[] {
  const rule = ruleSet.additionalDuties;
  const catalogue = requireCatalogue(catalogues.additionalDuties, rule.catalogueId);
  const problems: ProblemSeed[] = [];
  draft.additionalDuties.forEach(({ code, skReference }, index) => {
    const field = `additionalDuties[${index}]`;
    const duty = findByCode(catalogue, code);
    if (!duty) {
      problems.push(error('ADDITIONAL_DUTY_UNKNOWN', `${field}.code`, { code }));
    } else if (!duty.schoolLevels.includes(draft.schoolLevel)) {
      const params = { code, schoolLevel: draft.schoolLevel.toUpperCase() };
      problems.push(error('ADDITIONAL_DUTY_NOT_FOR_SCHOOL_LEVEL', `${field}.code`, params));
    }
    if (rule.isSkReferenceRequired && skReference.trim() === '') {
      problems.push(error('ADDITIONAL_DUTY_SK_REQUIRED', `${field}.skReference`, { code }));
    }
  });
  for (const code of duplicatesOf(draft.additionalDuties.map((duty) => duty.code))) {
    problems.push(error('DUPLICATE_CODE', 'additionalDuties', { code }));
  }
  return problems;
}
