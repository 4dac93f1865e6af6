import type { PlanSummary } from '@kinerja/contract';
import { findByCode, requireCatalogue } from '@kinerja/domain';
import { domainDraft, type PlanScope } from '../plans/plan-scope.js';

function competencyLines(scope: PlanScope): string[] {
  const rule = scope.ruleSet.competency;
  if (rule.mode === 'points') {
    const catalogue = requireCatalogue(scope.catalogues.competencyRhks, rule.catalogueId);
    return scope.content.competencyRhkCodes.map((code) => {
      const rhk = findByCode(catalogue, code);
      return `${rhk?.role ?? code} (${rhk?.points.value ?? '-'} poin)`;
    });
  }
  const code = scope.content.competencyIndicatorCode;
  if (!code) return [];
  const catalogue = requireCatalogue(scope.catalogues.competencyIndicators, rule.catalogueId);
  const group = catalogue.items.find((item) => item.indicators.value?.some((i) => i.code === code));
  const indicator = group?.indicators.value?.find((item) => item.code === code);
  return [indicator ? `${indicator.name} (${group?.name.value ?? ''})` : code];
}

function practiceIndicator(scope: PlanScope): string | null {
  const id = scope.ruleSet.practice.catalogueIds[scope.row.employeeKind];
  const catalogue = requireCatalogue(scope.catalogues.practiceIndicators, id);
  const code = scope.content.practiceIndicatorCode;
  if (!code) return null;
  return findByCode(catalogue, code)?.name.value ?? code;
}

function additionalDuties(scope: PlanScope): string[] {
  const rule = scope.ruleSet.additionalDuties;
  const catalogue = requireCatalogue(scope.catalogues.additionalDuties, rule.catalogueId);
  return scope.content.additionalDuties.map((duty) => {
    const name = findByCode(catalogue, duty.code)?.name ?? duty.code;
    return duty.skReference ? `${name} — SK/Surat Tugas: ${duty.skReference}` : name;
  });
}

/** The agreed plan as names, for the assessor's page and the e-Kinerja SKP (domain.md §3.3, §3.5). */
export function summarisePlan(scope: PlanScope): PlanSummary {
  const dutyName = (code: string) => findByCode(scope.catalogues.mainDuties, code)?.name ?? code;
  const { dutyCodes, focusCode } = scope.content.mainDuties;
  const draft = domainDraft(scope);
  return {
    mainDuties: dutyCodes.map(dutyName),
    focusDuty: focusCode ? dutyName(focusCode) : null,
    practiceIndicator: practiceIndicator(scope),
    competency: competencyLines(scope),
    additionalDuties: additionalDuties(scope),
    workBehaviour: scope.catalogues.berakhlak.items.map((value) => {
      const choice = draft.workBehaviour[value.code];
      const behaviour = value.behaviours.find((b) => b.code === choice?.behaviourCode);
      return {
        value: value.code,
        name: value.name,
        behaviour: behaviour?.text ?? null,
        expectation: choice?.supervisorExpectation ?? '',
      };
    }),
  };
}
