import { findByCode } from '../catalogues/catalogue';
import { requireCatalogue } from '../catalogues/registry';
import { SCHOOL_LEVEL_LABELS } from '../catalogues/school-levels';
import { employeeProfile } from './employee-catalogues';
import { duplicatesOf, error, type ProblemSeed, type TabContext } from './plan-problem';

/**
 * Tugas Tambahan: optional, several allowed, offered by school level, backed by an SK; none for a
 * principal (see `employeeProfile`). Messages name the duty by its label — domain.md §3.3, §4.4.
 */
export function validateAdditionalDuties({
  draft,
  ruleSet,
  catalogues,
}: TabContext): ProblemSeed[] {
  const rule = ruleSet.additionalDuties;
  const catalogue = requireCatalogue(catalogues.additionalDuties, rule.catalogueId);
  const isOffered = employeeProfile(draft.employeeKind).hasAdditionalDuties;
  const problems: ProblemSeed[] = [];
  draft.additionalDuties.forEach(({ code, skReference }, index) => {
    const field = `additionalDuties[${index}]`;
    const duty = findByCode(catalogue, code);
    const name = duty?.name ?? code;
    if (!duty) {
      problems.push(error('ADDITIONAL_DUTY_UNKNOWN', `${field}.code`, { code }));
    } else if (!isOffered) {
      problems.push(error('ADDITIONAL_DUTY_NOT_FOR_PRINCIPAL', `${field}.code`, { code, name }));
    } else if (!duty.schoolLevels.includes(draft.schoolLevel)) {
      const schoolLevel = SCHOOL_LEVEL_LABELS[draft.schoolLevel].id;
      const params = { code, name, schoolLevel };
      problems.push(error('ADDITIONAL_DUTY_NOT_FOR_SCHOOL_LEVEL', `${field}.code`, params));
    }
    if (isOffered && rule.isSkReferenceRequired && skReference.trim() === '') {
      problems.push(error('ADDITIONAL_DUTY_SK_REQUIRED', `${field}.skReference`, { code, name }));
    }
  });
  for (const code of duplicatesOf(draft.additionalDuties.map((duty) => duty.code))) {
    problems.push(error('DUPLICATE_CODE', 'additionalDuties', { code }));
  }
  return problems;
}
