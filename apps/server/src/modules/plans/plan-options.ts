import type {
  PlanOptionsResponse,
  PracticeOption,
  PracticeOptionsResponse,
} from '@kinerja/contract';
import {
  additionalDutyOptions,
  competencyIndicatorsFor,
  mainDutiesFor,
  offeredPracticeIndicators,
  PLAN_TAB_LABELS,
  practiceIndicatorsFor,
  requireCatalogue,
  type Locale,
  type PracticeIndicator,
} from '@kinerja/domain';
import type { RaporScore } from '../rapor-pendidikan/rapor-pendidikan.repository.js';
import { schoolLevelOf } from './plan-rules.js';
import type { PlanScope } from '../plan-context/plan-scope.js';

function competencyOptions(scope: PlanScope): PlanOptionsResponse['competency'] {
  const rule = scope.ruleSet.competency;
  if (rule.mode === 'points') {
    const catalogue = requireCatalogue(scope.catalogues.competencyRhks, rule.catalogueId);
    const rhks = catalogue.items.map((rhk) => ({
      code: rhk.code,
      role: rhk.role,
      points: rhk.points.value,
      conversion: rhk.conversion.value,
      isAvailable: !rhk.points.isGap,
    }));
    return {
      mode: 'points',
      minPoints: rule.minPoints,
      recommendedMaxPoints: rule.recommendedMaxPoints,
      maxCountPerActivity: rule.maxCountPerActivity,
      rhks,
    };
  }
  // The principal picks from its own catalogue, never the teacher's (domain.md §3.8, §4.5).
  const kind = scope.row.employeeKind;
  const catalogue = competencyIndicatorsFor(scope.ruleSet, scope.catalogues, kind);
  const groups = (catalogue?.items ?? []).map((group) => ({
    code: group.code,
    name: group.name.value ?? group.code,
    indicators: (group.indicators.value ?? []).map((item) => ({
      code: item.code,
      name: item.name,
    })),
    isGap: group.indicators.isGap,
  }));
  return { mode: 'indicator', groups };
}

/** The choices of every tab except Praktik Kinerja, for this plan's period and school level. */
export function presentPlanOptions(scope: PlanScope, locale: Locale): PlanOptionsResponse {
  const { ruleSet, catalogues } = scope;
  const kind = scope.row.employeeKind;
  // The employee kind picks the catalogues (one place, in the domain) — domain.md §3.8, §4.4.
  const duties = additionalDutyOptions({
    ruleSet,
    catalogues,
    kind,
    schoolLevel: schoolLevelOf(scope.employee.jenjang),
  });
  return {
    tabs: ruleSet.tabs.map((tab) => ({ code: tab, label: PLAN_TAB_LABELS[tab][locale] })),
    mainDuties: {
      isFocusRequired: ruleSet.mainDuties.isFocusRequired,
      duties: mainDutiesFor(catalogues, kind).items.map((duty) => ({
        code: duty.code,
        name: duty.name,
      })),
    },
    competency: competencyOptions(scope),
    additionalDuties: {
      tab: ruleSet.additionalDuties.tab,
      isSkReferenceRequired: ruleSet.additionalDuties.isSkReferenceRequired,
      // Options depend on the jenjang of the school — domain.md §3.3, §4.4.
      duties: duties.map((duty) => ({
        code: duty.code,
        name: duty.name,
        weeklyJp: duty.weeklyJp.value,
        legalBasis: duty.legalBasis,
      })),
    },
    workBehaviour: {
      requiredValueCodes: [...ruleSet.workBehaviour.requiredValueCodes],
      minSelectedValues: ruleSet.workBehaviour.minSelectedValues,
      isSupervisorExpectationRequired: ruleSet.workBehaviour.isSupervisorExpectationRequired,
      values: catalogues.berakhlak.items.map((value) => ({
        code: value.code,
        name: locale === 'en' ? value.nameEn : value.name,
        behaviours: value.behaviours.map((behaviour) => ({ ...behaviour })),
      })),
    },
  };
}

function practiceOption(indicator: PracticeIndicator, score: number | null): PracticeOption {
  return {
    code: indicator.code,
    order: indicator.order,
    // Only named indicators are offered (offeredPracticeIndicators) — domain.md §4.2, §8.1.
    name: indicator.name.value ?? '',
    isNameGap: indicator.name.isGap,
    group: indicator.group.value,
    description: indicator.description.value,
    raporIndicator: indicator.raporIndicator,
    targets: (indicator.targets.value ?? []).map((target) => ({
      ...target,
      recommended: [...target.recommended],
      avoided: [...target.avoided],
    })),
    isTargetsGap: indicator.targets.isGap,
    raporScore: score,
  };
}

/**
 * Praktik Kinerja: the school's weakest sub-indicators from Rapor Pendidikan first (with their
 * values), then the rest ("Lihat indikator lainnya") — domain.md §3.3, §6.5.
 */
export function presentPracticeOptions(
  scope: PlanScope,
  scores: readonly RaporScore[],
): PracticeOptionsResponse {
  const catalogue = practiceIndicatorsFor(scope.ruleSet, scope.catalogues, scope.row.employeeKind);
  const offered = offeredPracticeIndicators(catalogue);
  const find = (code: string) => offered.find((item) => item.code === code);
  const recommended = scores
    .map((score) => ({ score, indicator: find(score.indicatorCode) }))
    .filter(
      (entry): entry is { score: RaporScore; indicator: PracticeIndicator } =>
        entry.indicator !== undefined,
    )
    .map((entry) => practiceOption(entry.indicator, entry.score.score));
  const picked = new Set(recommended.map((option) => option.code));
  const others = offered
    .filter((item) => !picked.has(item.code))
    .map((item) => practiceOption(item, null));
  const relevant = scores.filter((score) => picked.has(score.indicatorCode));
  const importedAt = relevant.reduce<Date | null>(
    (latest, score) => (!latest || score.importedAt > latest ? score.importedAt : latest),
    null,
  );
  return {
    raporIndicator: scope.row.employeeKind === 'teacher' ? 'D1' : 'D3',
    hasRaporData: recommended.length > 0,
    raporImportedAt: importedAt?.toISOString() ?? null,
    recommended,
    others,
  };
}
