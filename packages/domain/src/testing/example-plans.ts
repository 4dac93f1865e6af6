import { BERAKHLAK_VALUE_CODES, type BerakhlakValueCode } from '../catalogues/berakhlak';
import { fillCompetencyIndicators } from '../catalogues/competency-indicators-2025';
import { seedCatalogues, type CatalogueSet } from '../catalogues/registry';
import type { SchoolLevel } from '../catalogues/school-levels';
import type { PeriodVersion } from '../periods/period-versions';
import type { EmployeeKind, PlanDraft, WorkBehaviourChoice } from '../plan/plan-draft';
import { ruleSetFor } from '../rule-sets/registry';

/** A competency indicator used only by tests: the real list is a catalogue gap (domain.md §8.1). */
export const TEST_COMPETENCY_INDICATOR = {
  code: 'test_pedagogik_1',
  name: 'Indikator uji (bukan data resmi)',
};

/** Seed catalogues with one test indicator in "Pedagogik", so 2025+ drafts can be valid in tests. */
export const testCatalogues: CatalogueSet = {
  ...seedCatalogues,
  competencyIndicators: {
    'competency-indicators-2025': fillCompetencyIndicators({
      catalogue: seedCatalogues.competencyIndicators['competency-indicators-2025']!,
      groupCode: 'pedagogik',
      indicators: [TEST_COMPETENCY_INDICATOR],
      source: 'test fixture',
    }),
    // The principal picks from its own catalogue (domain.md §3.8, §4.5): filled the same way.
    'competency-indicators-principal': fillCompetencyIndicators({
      catalogue: seedCatalogues.competencyIndicators['competency-indicators-principal']!,
      groupCode: 'kepala_sekolah',
      indicators: [TEST_COMPETENCY_INDICATOR],
      source: 'test fixture',
    }),
  },
};

function allBehaviours(): Partial<Record<BerakhlakValueCode, WorkBehaviourChoice>> {
  return Object.fromEntries(
    BERAKHLAK_VALUE_CODES.map((value) => [
      value,
      { behaviourCode: `${value}_a`, supervisorExpectation: `Ekspektasi ${value}` },
    ]),
  );
}

/** A draft that passes validation for a version (with `testCatalogues`). */
export function exampleValidDraft(options: {
  periodVersion: PeriodVersion;
  employeeKind?: EmployeeKind;
  schoolLevel?: SchoolLevel;
}): PlanDraft {
  const isPoints = ruleSetFor(options.periodVersion).competency.mode === 'points';
  const employeeKind = options.employeeKind ?? 'teacher';
  return {
    periodVersion: options.periodVersion,
    employeeKind,
    schoolLevel: options.schoolLevel ?? 'sma',
    isPersonalDataConfirmed: true,
    mainDuties:
      employeeKind === 'teacher'
        ? {
            dutyCodes: ['merencanakan_pembelajaran', 'melaksanakan_pembelajaran'],
            focusCode: 'melaksanakan_pembelajaran',
          }
        : {
            dutyCodes: ['melaksanakan_tugas_manajerial', 'melaksanakan_supervisi_guru_tendik'],
            focusCode: 'melaksanakan_supervisi_guru_tendik',
          },
    practiceIndicatorCode:
      employeeKind === 'teacher' ? 'penerapan_disiplin_positif' : 'presentasi_visi_misi',
    // 8 + 36 = 44 points ≥ 32 — domain.md §4.5.
    competencyRhkCodes: isPoints ? ['pelatihan_mandiri', 'penggerak_komunitas_belajar'] : [],
    competencyIndicatorCode: isPoints ? null : TEST_COMPETENCY_INDICATOR.code,
    // A principal picks no tugas tambahan — see employeeProfile (domain.md §3.8, §4.4).
    additionalDuties:
      employeeKind === 'teacher' ? [{ code: 'wali_kelas', skReference: 'SK 421/012/2024' }] : [],
    workBehaviour: allBehaviours(),
  };
}
