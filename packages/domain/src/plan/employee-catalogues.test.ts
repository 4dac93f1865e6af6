import { describe, expect, it } from 'vitest';
import { seedCatalogues } from '../catalogues/registry';
import type { SchoolLevel } from '../catalogues/school-levels';
import { applyDocumentCommand } from '../execution/document-commands';
import type { PeriodVersion } from '../periods/period-versions';
import { ruleSetFor } from '../rule-sets/registry';
import {
  additionalDutyOptions,
  employeeProfile,
  mainDutiesFor,
  offeredPracticeIndicators,
  practiceIndicatorsFor,
} from './employee-catalogues';
import type { EmployeeKind } from './plan-draft';

describe('employeeProfile: a principal plans, is observed and assessed as a principal (§3.8)', () => {
  it.each([
    ['teacher', { counterpart: 'principal', observation: 'classroom', isModulAjarOffered: true }],
    [
      'principal',
      { counterpart: 'pengawas', observation: 'leadership', isModulAjarOffered: false },
    ],
  ] as const)('%s', (kind, expected) => {
    expect(employeeProfile(kind)).toMatchObject(expected);
  });
});

describe('mainDutiesFor: tugas pokok by employee kind (§3.5, §3.8)', () => {
  it.each([
    ['teacher', 'main-duties', 'Merencanakan pembelajaran', 5],
    ['principal', 'main-duties-principal', 'Melaksanakan tugas manajerial satuan pendidikan', 3],
  ] as const)('%s → %s', (kind, id, first, count) => {
    const catalogue = mainDutiesFor(seedCatalogues, kind);
    expect(catalogue.id).toBe(id);
    expect(catalogue.items[0]?.name).toBe(first);
    expect(catalogue.items).toHaveLength(count);
  });

  it("never gives a principal the teacher's 5M", () => {
    const names = mainDutiesFor(seedCatalogues, 'principal').items.map((d) => d.name);
    expect(names.join(' ')).not.toMatch(/pembelajaran|peserta didik|tugas tambahan/i);
  });
});

describe('practiceIndicatorsFor / offeredPracticeIndicators (§4.1, §4.2, §8.1)', () => {
  it.each([
    ['2024-S1', 'teacher', 'D1', 8],
    ['2026', 'teacher', 'D1', 8],
    ['2024-S1', 'principal', 'D3', 7],
    ['2026', 'principal', 'D3', 7],
  ] as const)('%s %s: %s, %i offered', (version, kind, rapor, offered) => {
    const catalogue = practiceIndicatorsFor(ruleSetFor(version), seedCatalogues, kind);
    expect(catalogue.items.every((item) => item.raporIndicator === rapor)).toBe(true);
    expect(offeredPracticeIndicators(catalogue)).toHaveLength(offered);
  });

  it('keeps the unnamed D3 item 2 in the catalogue as a gap, but does not offer it', () => {
    const catalogue = practiceIndicatorsFor(ruleSetFor('2026'), seedCatalogues, 'principal');
    expect(catalogue.items.find((item) => item.order === 2)?.name.isGap).toBe(true);
    const offered = offeredPracticeIndicators(catalogue);
    expect(offered.map((item) => item.order)).toEqual([1, 3, 4, 5, 6, 7, 8]);
    expect(offered.every((item) => item.name.value !== null)).toBe(true);
  });
});

describe('additionalDutyOptions: by kind, period and jenjang (§4.4)', () => {
  it.each<[PeriodVersion, EmployeeKind, SchoolLevel, number]>([
    ['2024-S1', 'teacher', 'sd', 9],
    ['2024-S1', 'teacher', 'sma', 12],
    ['2025', 'teacher', 'paud', 15],
    ['2025', 'teacher', 'sd', 19],
    ['2026', 'teacher', 'smp', 22],
    ['2026', 'teacher', 'sma', 22],
    ['2026', 'teacher', 'smk', 27],
    ['2026', 'teacher', 'slb', 22],
    ['2024-S1', 'principal', 'sma', 0],
    ['2026', 'principal', 'sma', 0],
    ['2026', 'principal', 'sd', 0],
  ])('%s %s %s: %i options', (version, kind, schoolLevel, count) => {
    const options = additionalDutyOptions({
      ruleSet: ruleSetFor(version),
      catalogues: seedCatalogues,
      kind,
      schoolLevel,
    });
    expect(options).toHaveLength(count);
    expect(options.every((duty) => duty.schoolLevels.includes(schoolLevel))).toBe(true);
  });
});

describe("the principal's Dokumen Pelaksanaan Tugas Pokok checks the principal's list (§3.6)", () => {
  const save = (kind: EmployeeKind | undefined, codes: string[]) =>
    applyDocumentCommand({
      document: { kind: 'main_duties_checklist', state: 'empty', rhkCode: null, content: null },
      command: { type: 'save_draft', content: { type: 'checklist', completedDutyCodes: codes } },
      role: 'employee',
      ruleSet: ruleSetFor('2026'),
      ...(kind ? { employeeKind: kind } : {}),
    });

  it.each([
    ['principal', ['melaksanakan_tugas_manajerial'], true],
    ['principal', ['merencanakan_pembelajaran'], false],
    ['teacher', ['merencanakan_pembelajaran'], true],
    [undefined, ['melaksanakan_tugas_manajerial'], false],
  ] as const)('%s ticks %j → ok %s', (kind, codes, ok) => {
    expect(save(kind, [...codes]).ok).toBe(ok);
  });
});
