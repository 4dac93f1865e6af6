import { findByCode, type Catalogue } from '../catalogues/catalogue';
import { listCompetencyIndicators } from '../catalogues/competency-indicators-2025';
import type { CompetencyRhk } from '../catalogues/competency-rhk-2024';
import { requireCatalogue } from '../catalogues/registry';
import type { CompetencyRule } from '../rule-sets/rule-set';
import { competencyActivityCounts, competencyPoints } from './competency-activities';
import { competencyIndicatorsFor } from './employee-catalogues';
import { error, type ProblemSeed, type TabContext } from './plan-problem';

type PointsRule = Extract<CompetencyRule, { mode: 'points' }>;

function rhkProblems(
  codes: readonly string[],
  catalogue: Catalogue<CompetencyRhk>,
  rule: PointsRule,
): ProblemSeed[] {
  const problems: ProblemSeed[] = [];
  codes.forEach((code, index) => {
    const rhk = findByCode(catalogue, code);
    const field = `competencyRhkCodes[${index}]`;
    if (!rhk) problems.push(error('COMPETENCY_RHK_UNKNOWN', field, { code }));
    else if (rhk.points.isGap)
      problems.push(error('COMPETENCY_RHK_POINTS_UNKNOWN', field, { code }));
  });
  // An activity may be planned several times (per-activity point table) — domain.md §4.5.
  for (const { code, count } of competencyActivityCounts(codes)) {
    if (count > rule.maxCountPerActivity) {
      const activity = findByCode(catalogue, code)?.role ?? code;
      const params = { activity, count, max: rule.maxCountPerActivity };
      problems.push(error('COMPETENCY_ACTIVITY_COUNT_ABOVE_MAX', 'competencyRhkCodes', params));
    }
  }
  return problems;
}

// ≥ 32 points required, 32–128 recommended per semester [C] HC-POIN24 — domain.md §3.3.
function validatePoints(context: TabContext, rule: PointsRule): ProblemSeed[] {
  const { draft, catalogues } = context;
  const catalogue = requireCatalogue(catalogues.competencyRhks, rule.catalogueId);
  const problems = rhkProblems(draft.competencyRhkCodes, catalogue, rule);
  if (draft.competencyIndicatorCode) {
    problems.push(error('COMPETENCY_INDICATOR_NOT_APPLICABLE', 'competencyIndicatorCode'));
  }
  const total = competencyPoints({ rhkCodes: draft.competencyRhkCodes, catalogue });
  const range = { total, min: rule.minPoints, max: rule.recommendedMaxPoints };
  if (total < rule.minPoints) {
    problems.push(error('COMPETENCY_POINTS_BELOW_MIN', 'competencyRhkCodes', range));
  } else if (total > rule.recommendedMaxPoints) {
    const warning = error('COMPETENCY_POINTS_ABOVE_RECOMMENDED', 'competencyRhkCodes', range);
    problems.push({ ...warning, severity: 'warning' });
  }
  return problems;
}

// Exactly one indicator, no points, from 2025 [C] KABAJUOLAI, SEED1 — domain.md §3.5, §3.7.
function validateIndicator(context: TabContext): ProblemSeed[] {
  const { draft, catalogues } = context;
  const problems: ProblemSeed[] = [];
  if (draft.competencyRhkCodes.length > 0) {
    problems.push(error('COMPETENCY_RHK_NOT_APPLICABLE', 'competencyRhkCodes'));
  }
  const code = draft.competencyIndicatorCode;
  if (code === null || code === '') {
    problems.push(error('COMPETENCY_EXACTLY_ONE_INDICATOR', 'competencyIndicatorCode'));
    return problems;
  }
  // The employee kind picks the catalogue (the principal's own) — domain.md §3.8, §4.5.
  const catalogue = competencyIndicatorsFor(context.ruleSet, catalogues, draft.employeeKind);
  if (
    !catalogue ||
    !listCompetencyIndicators(catalogue).some((indicator) => indicator.code === code)
  ) {
    problems.push(error('COMPETENCY_INDICATOR_UNKNOWN', 'competencyIndicatorCode', { code }));
  }
  return problems;
}

/** Pengembangan Kompetensi per the rule set's mode. */
export function validateCompetency(context: TabContext): ProblemSeed[] {
  const rule = context.ruleSet.competency;
  return rule.mode === 'points' ? validatePoints(context, rule) : validateIndicator(context);
}
