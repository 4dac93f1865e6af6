import { describe, expect, it } from 'vitest';
import { BERAKHLAK_VALUE_CODES } from '../catalogues/berakhlak';
import { seedCatalogues } from '../catalogues/registry';
import { DomainError } from '../errors/domain-error';
import { periodDefinitions } from '../periods/period-definitions';
import { PERIOD_VERSIONS } from '../periods/period-versions';
import { PLAN_TAB_LABELS, STAGES } from '../periods/stages';
import { RULE_SETS, findStageWindow, isPeriodVersion, ruleSetFor } from './registry';

const windowOf = (version: string, stage: (typeof STAGES)[number]) => {
  const window = findStageWindow(ruleSetFor(version), stage);
  return window ? [window.start, window.end, window.hasLockout, window.isEditableDefault] : null;
};

describe('rule sets per period version (domain.md §2–3, §8 item 1)', () => {
  it('exports the four versions, each with a rule set', () => {
    expect(PERIOD_VERSIONS).toEqual(['2024-S1', '2024-S2', '2025', '2026']);
    expect(Object.keys(RULE_SETS).sort()).toEqual([...PERIOD_VERSIONS].sort());
    for (const version of PERIOD_VERSIONS) expect(ruleSetFor(version).version).toBe(version);
  });

  it('rejects unregistered versions with UNKNOWN_PERIOD_VERSION (a new year is registered data)', () => {
    expect(isPeriodVersion('2099')).toBe(false);
    expect(() => ruleSetFor('2099')).toThrow(DomainError);
    try {
      ruleSetFor('2099');
    } catch (error) {
      expect((error as DomainError).code).toBe('UNKNOWN_PERIOD_VERSION');
    }
  });

  it.each([
    // §3.3 [C] MASBABAL, CARIVIRAL, AURELIA, SEED3
    [
      '2024-S1',
      'Praktik Kinerja, Pengembangan Kompetensi, Tugas Tambahan, Perilaku Kerja, Rangkuman',
    ],
    [
      '2024-S2',
      'Praktik Kinerja, Pengembangan Kompetensi, Tugas Tambahan, Perilaku Kerja, Rangkuman',
    ],
    // §3.5 [C] HC-PREN25
    [
      '2025',
      'Pelaksanaan Tugas Pokok, Praktik Kinerja, Pengembangan Kompetensi, Perilaku Kerja, Rangkuman',
    ],
    // §3.7 + Pra-Perencanaan (§2.2)
    [
      '2026',
      'Pra-Perencanaan, Pelaksanaan Tugas Pokok, Praktik Kinerja, Pengembangan Kompetensi, Perilaku Kerja, Rangkuman',
    ],
  ])('%s planning tabs in order: %s', (version, tabs) => {
    expect(
      ruleSetFor(version)
        .tabs.map((tab) => PLAN_TAB_LABELS[tab].id)
        .join(', '),
    ).toBe(tabs);
  });

  it.each([
    // version, cycle, start, end — domain.md §2.1
    ['2024-S1', 'semester', '2024-01-01', '2024-06-30'],
    ['2024-S2', 'semester', '2024-07-01', '2024-12-31'],
    ['2025', 'year', '2025-01-01', '2025-12-31'],
    ['2026', 'year', '2026-01-01', '2026-12-31'],
  ])('%s is a %s cycle from %s to %s', (version, cycle, start, end) => {
    const ruleSet = ruleSetFor(version);
    expect([ruleSet.cycle, ruleSet.startDate, ruleSet.endDate]).toEqual([cycle, start, end]);
  });

  it.each([
    // §2.4: planning deadline 31 Jan 2024 (recommended, no lockout) [C]
    ['2024-S1', 'planning', ['2024-01-01', '2024-01-31', false, false]],
    ['2024-S1', 'assessment', ['2024-06-01', '2024-06-30', false, false]],
    // §2.4: semester 2 windows are [I] editable defaults
    ['2024-S2', 'planning', ['2024-07-01', '2024-07-31', false, true]],
    // §2.4: assessment formally started 13 Nov 2025 [C]
    ['2025', 'assessment', ['2025-11-13', '2025-12-31', false, true]],
    // §2.4: 2026 planning 8–31 Jan, hard deadline with lockout
    ['2026', 'planning', ['2026-01-08', '2026-01-31', true, false]],
    ['2026', 'pre_planning', ['2025-12-29', '2026-01-07', false, false]],
    ['2024-S1', 'pre_planning', null],
  ] as const)('%s %s window = %j', (version, stage, expected) => {
    expect(windowOf(version, stage)).toEqual(expected);
  });

  it.each(PERIOD_VERSIONS)(
    '%s: stage windows are ordered, disjoint and end inside the period',
    (version) => {
      const ruleSet = ruleSetFor(version);
      const order = ruleSet.stages.map((w) => STAGES.indexOf(w.stage));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      ruleSet.stages.forEach((window, index) => {
        expect(window.start <= window.end).toBe(true);
        expect(window.end <= ruleSet.endDate).toBe(true);
        const next = ruleSet.stages[index + 1];
        if (next) expect(window.end < next.start).toBe(true);
      });
      expect(findStageWindow(ruleSet, 'planning')?.start).toBeDefined();
    },
  );

  it.each(PERIOD_VERSIONS)(
    '%s: every catalogue it names exists and its tabs are consistent',
    (version) => {
      const ruleSet = ruleSetFor(version);
      expect(ruleSet.tabs).toContain(ruleSet.additionalDuties.tab);
      expect(ruleSet.tabs.at(-1)).toBe('summary');
      expect(seedCatalogues.additionalDuties[ruleSet.additionalDuties.catalogueId]).toBeDefined();
      for (const id of Object.values(ruleSet.practice.catalogueIds)) {
        expect(seedCatalogues.practiceIndicators[id]).toBeDefined();
      }
      const table =
        ruleSet.competency.mode === 'points'
          ? seedCatalogues.competencyRhks
          : seedCatalogues.competencyIndicators;
      expect(table[ruleSet.competency.catalogueId]).toBeDefined();
      expect(ruleSet.closingSoonDays).toBe(7);
    },
  );

  it.each([
    // §3.3 / §3.4 (2024): points ≥ 32 (32–128), PDF ≤ 10 MB, certificates from 2023-01-01
    [
      '2024-S1',
      { mode: 'points', minPoints: 32, recommendedMaxPoints: 128 },
      {
        mode: 'upload',
        maxBytes: 10485760,
        certificateIssuedOnOrAfter: '2023-01-01',
        isCertificateReuseAllowed: false,
      },
    ],
    [
      '2024-S2',
      { mode: 'points', minPoints: 32, recommendedMaxPoints: 128 },
      { mode: 'upload', maxBytes: 10485760 },
    ],
    // §3.5 / §3.6 (2025+): one indicator, no uploads; reflection + checklist
    [
      '2025',
      { mode: 'indicator' },
      { mode: 'none', documents: ['competency_reflection', 'main_duties_checklist'] },
    ],
    [
      '2026',
      { mode: 'indicator' },
      { mode: 'none', documents: ['competency_reflection', 'main_duties_checklist'] },
    ],
  ] as const)('%s competency and evidence rules', (version, competency, evidence) => {
    const ruleSet = ruleSetFor(version);
    expect(ruleSet.competency).toMatchObject(competency);
    expect(ruleSet.evidence).toMatchObject(evidence);
    if (ruleSet.evidence.mode === 'upload')
      expect(ruleSet.evidence.allowedMimeTypes).toEqual(['application/pdf']);
  });

  it.each([
    // version, principal approval, RHK change allowed, SK reference required, expectation required, values required
    ['2024-S1', 'assessor', true, false, false, 0],
    ['2024-S2', 'assessor', true, false, false, 0],
    ['2025', 'assessor', false, true, false, 7],
    // §1.2 [S] UTAMAPOS-KS: principal plan approved on submission; §3.7 [C] SEED1: expectation per aspect
    ['2026', 'automatic_on_submission', false, true, true, 7],
  ] as const)(
    '%s: principal=%s, rhkChange=%s, sk=%s, expectation=%s, values=%i',
    (version, principal, rhk, sk, expectation, values) => {
      const ruleSet = ruleSetFor(version);
      expect(ruleSet.approval).toEqual({
        isActingPrincipalAutoApproval: true,
        principalEmployee: principal,
      });
      expect(ruleSet.rhkChange.isAllowed).toBe(rhk);
      expect(ruleSet.additionalDuties.isSkReferenceRequired).toBe(sk);
      expect(ruleSet.workBehaviour.isSupervisorExpectationRequired).toBe(expectation);
      expect(ruleSet.workBehaviour.requiredValueCodes).toHaveLength(values);
    },
  );

  it('2024 RHK changes cover only competency and additional duties, after discussion (§3.4)', () => {
    expect(ruleSetFor('2024-S1').rhkChange).toEqual({
      isAllowed: true,
      categories: ['competency', 'additional_duties'],
      isDiscussionRequired: true,
    });
    expect(ruleSetFor('2025').workBehaviour.requiredValueCodes).toEqual(BERAKHLAK_VALUE_CODES);
  });
});

describe('periodDefinitions (seeded into the periods table)', () => {
  it.each([
    ['2024-S1', 'Semester 1 2024 (Januari–Juni)', '2024-01-01', '2024-06-30', 3],
    ['2024-S2', 'Semester 2 2024 (Juli–Desember)', '2024-07-01', '2024-12-31', 3],
    ['2025', 'Januari–Desember 2025', '2025-01-01', '2025-12-31', 4],
    ['2026', 'Januari–Desember 2026', '2026-01-01', '2026-12-31', 4],
  ])('%s → "%s"', (id, label, startDate, endDate, stageCount) => {
    const definition = periodDefinitions.find((p) => p.id === id);
    expect(definition).toMatchObject({ id, label, startDate, endDate });
    expect(definition?.stageWindows).toHaveLength(stageCount);
    expect(definition?.labelEn).toMatch(/20\d\d/);
  });
});
