import type { PlanContent, PlanSummary } from '@kinerja/contract';
import {
  competencyIndicatorsFor,
  mainDutiesFor,
  practiceIndicatorsFor,
  competencyActivityLines,
  competencyActivityText,
  findByCode,
  requireCatalogue,
  type CatalogueSet,
  type EmployeeKind,
  type RuleSet,
} from '@kinerja/domain';
import type { StoredExpectations } from '../plans/plan-content.js';

/** What a plan summary needs: the rules and catalogues of its period and the stored content. */
export type PlanFacts = {
  ruleSet: RuleSet;
  catalogues: CatalogueSet;
  content: PlanContent;
  expectations: StoredExpectations;
  employeeKind: EmployeeKind;
};

function competencyLines(plan: PlanFacts): string[] {
  const rule = plan.ruleSet.competency;
  if (rule.mode === 'points') {
    const catalogue = requireCatalogue(plan.catalogues.competencyRhks, rule.catalogueId);
    const rhkCodes = plan.content.competencyRhkCodes;
    return competencyActivityLines({ rhkCodes, catalogue }).map(competencyActivityText);
  }
  const code = plan.content.competencyIndicatorCode;
  if (!code) return [];
  const catalogue = competencyIndicatorsFor(plan.ruleSet, plan.catalogues, plan.employeeKind);
  const group = catalogue?.items.find((item) =>
    item.indicators.value?.some((i) => i.code === code),
  );
  const indicator = group?.indicators.value?.find((item) => item.code === code);
  return [indicator ? `${indicator.name} (${group?.name.value ?? ''})` : code];
}

function practiceIndicator(plan: PlanFacts): string | null {
  const catalogue = practiceIndicatorsFor(plan.ruleSet, plan.catalogues, plan.employeeKind);
  const code = plan.content.practiceIndicatorCode;
  if (!code) return null;
  return findByCode(catalogue, code)?.name.value ?? code;
}

function additionalDuties(plan: PlanFacts): string[] {
  const rule = plan.ruleSet.additionalDuties;
  const catalogue = requireCatalogue(plan.catalogues.additionalDuties, rule.catalogueId);
  return plan.content.additionalDuties.map((duty) => {
    const name = findByCode(catalogue, duty.code)?.name ?? duty.code;
    return duty.skReference ? `${name} — SK/Surat Tugas: ${duty.skReference}` : name;
  });
}

/**
 * The agreed plan as names, for the assessor's page and the e-Kinerja SKP (domain.md §3.3, §3.5).
 * The supervisor's written expectation takes the place of the employee's entry, as in the plan.
 */
export function summarisePlan(plan: PlanFacts): PlanSummary {
  const duties = mainDutiesFor(plan.catalogues, plan.employeeKind);
  const dutyName = (code: string) => findByCode(duties, code)?.name ?? code;
  const { dutyCodes, focusCode } = plan.content.mainDuties;
  return {
    mainDuties: dutyCodes.map(dutyName),
    focusDuty: focusCode ? dutyName(focusCode) : null,
    practiceIndicator: practiceIndicator(plan),
    competency: competencyLines(plan),
    additionalDuties: additionalDuties(plan),
    workBehaviour: plan.catalogues.berakhlak.items.map((value) => {
      const choice = plan.content.workBehaviour[value.code];
      const behaviour = value.behaviours.find((b) => b.code === choice?.behaviourCode);
      const written = plan.expectations[value.code]?.text ?? '';
      return {
        value: value.code,
        name: value.name,
        behaviour: behaviour?.text ?? null,
        expectation: written !== '' ? written : (choice?.supervisorExpectation ?? ''),
      };
    }),
  };
}
