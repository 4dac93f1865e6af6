import { describe, expect, it } from 'vitest';
import { seedCatalogues } from '../catalogues/registry';
import { ruleSetFor } from '../rule-sets/registry';
import { exampleValidDraft, testCatalogues } from '../testing/example-plans';
import {
  activityInstanceLabel,
  competencyActivityCount,
  competencyActivityCounts,
  competencyActivityLines,
  competencyActivityText,
  competencyCodesFromCounts,
  competencyPoints,
  sumCompetencyPoints,
  withCompetencyActivityCount,
} from './competency-activities';
import { applyRhkChange } from './rhk-change';
import { diffRhkChange } from './rhk-change-diff';
import { validatePlan } from './validate-plan';

const catalogue = seedCatalogues.competencyRhks['competency-rhk-2024']!;
const times = (count: number, code: string) => Array.from({ length: count }, () => code);

// The 2024 point table is per activity ("1 pelatihan + Aksi Nyata" = 8, "1 kegiatan" = 4) and the
// recommended 32–128 poin per semester needs repeats [C] HC-POIN24 — domain.md §4.5, §3.3.
describe('2024 competency activities repeat; the points are the sum (domain.md §4.5)', () => {
  it.each([
    ['4 × pelatihan mandiri (no Penggerak Komunitas)', times(4, 'pelatihan_mandiri'), 32, true],
    [
      '2 × pelatihan + 1 observasi + 2 × peserta berbagi',
      [
        ...times(2, 'pelatihan_mandiri'),
        'observasi_praktik_pembelajaran',
        ...times(2, 'peserta_berbagi_praktik_baik'),
      ],
      32,
      true,
    ],
    [
      'each of the four other rows once (the old ceiling)',
      [
        'pelatihan_mandiri',
        'observasi_praktik_pembelajaran',
        'narasumber_berbagi_praktik_baik',
        'peserta_berbagi_praktik_baik',
      ],
      28,
      false,
    ],
    ['2 × penggerak komunitas', times(2, 'penggerak_komunitas_belajar'), 72, true],
    ['16 × pelatihan mandiri = the recommended 128', times(16, 'pelatihan_mandiri'), 128, true],
  ])('%s', (_name, codes, points, isValid) => {
    expect(competencyPoints({ rhkCodes: codes, catalogue })).toBe(points);
    const draft = { ...exampleValidDraft({ periodVersion: '2024-S1' }), competencyRhkCodes: codes };
    const validation = validatePlan({ draft, catalogues: testCatalogues });
    expect(validation.isValid).toBe(isValid);
  });

  it('warns above 128 and refuses an activity planned more often than the rule set allows', () => {
    const above = times(17, 'pelatihan_mandiri');
    const draft = { ...exampleValidDraft({ periodVersion: '2024-S2' }), competencyRhkCodes: above };
    const problems = validatePlan({ draft, catalogues: testCatalogues }).problems;
    expect(problems.map((problem) => problem.code).sort()).toEqual([
      'COMPETENCY_ACTIVITY_COUNT_ABOVE_MAX',
      'COMPETENCY_POINTS_ABOVE_RECOMMENDED',
    ]);
    expect(problems.find((p) => p.severity === 'error')?.message).toBe(
      'Kegiatan "Peserta pelatihan mandiri sesuai model kompetensi Guru/Kepala Sekolah/Pengawas" direncanakan 17 kali; paling banyak 16 kali per semester.',
    );
    const rule = ruleSetFor('2024-S1').competency;
    expect(rule.mode === 'points' && rule.maxCountPerActivity).toBe(16);
  });

  it('groups instances by activity in first-seen order and expands them back', () => {
    const codes = ['a', 'b', 'a', 'c', 'a'];
    expect(competencyActivityCounts(codes)).toEqual([
      { code: 'a', count: 3 },
      { code: 'b', count: 1 },
      { code: 'c', count: 1 },
    ]);
    expect(competencyCodesFromCounts(competencyActivityCounts(codes))).toEqual([
      'a',
      'a',
      'a',
      'b',
      'c',
    ]);
    expect(competencyCodesFromCounts([{ code: 'a', count: -1 }])).toEqual([]);
    expect(competencyActivityCount(codes, 'a')).toBe(3);
    expect(competencyActivityCount(codes, 'z')).toBe(0);
  });

  it('the stepper sets one count, keeps the order, adds new activities last, drops zeros', () => {
    expect(withCompetencyActivityCount(['a', 'b'], 'a', 3)).toEqual(['a', 'a', 'a', 'b']);
    expect(withCompetencyActivityCount(['a', 'b'], 'c', 2)).toEqual(['a', 'b', 'c', 'c']);
    expect(withCompetencyActivityCount(['a', 'a', 'b'], 'a', 0)).toEqual(['b']);
  });

  it('an old plan stored with each code once reads as one of each (no migration needed)', () => {
    const stored = ['pelatihan_mandiri', 'penggerak_komunitas_belajar'];
    expect(competencyActivityCounts(stored)).toEqual([
      { code: 'pelatihan_mandiri', count: 1 },
      { code: 'penggerak_komunitas_belajar', count: 1 },
    ]);
    expect(competencyPoints({ rhkCodes: stored, catalogue })).toBe(44);
  });

  it('sums by any points lookup (the web app passes the plan options); unknown counts 0', () => {
    const points = new Map([['pelatihan_mandiri', 8]]);
    expect(
      sumCompetencyPoints(['pelatihan_mandiri', 'pelatihan_mandiri', 'x'], (code) =>
        points.get(code),
      ),
    ).toBe(16);
  });

  it('summary lines say how many of each and the points', () => {
    const lines = competencyActivityLines({
      rhkCodes: ['pelatihan_mandiri', 'pelatihan_mandiri', 'peserta_berbagi_praktik_baik', 'x'],
      catalogue,
    });
    expect(lines.map(competencyActivityText)).toEqual([
      'Peserta pelatihan mandiri sesuai model kompetensi Guru/Kepala Sekolah/Pengawas (2 × 8 poin = 16 poin)',
      'Peserta berbagi praktik baik yang diselenggarakan komunitas belajar (4 poin)',
      'x (- poin)',
    ]);
  });

  it.each([
    [{ instance: 1, count: 1 }, 'id', ''],
    [{ instance: 2, count: 3 }, 'id', 'kegiatan ke-2 dari 3'],
    [{ instance: 1, count: 2 }, 'en', 'activity 1 of 2'],
  ] as const)('instance label %j (%s) → "%s"', (instance, locale, text) => {
    expect(activityInstanceLabel(instance, locale)).toBe(text);
  });
});

// "Ubah Rencana Hasil Kerja" changes counts too; the diff is per instance — domain.md §3.4, §4.5.
describe('Ubah Rencana Hasil Kerja with repeated activities (domain.md §3.4, §4.5)', () => {
  const before = {
    ...exampleValidDraft({ periodVersion: '2024-S1' }),
    competencyRhkCodes: [...times(3, 'pelatihan_mandiri'), 'observasi_praktik_pembelajaran'],
  };

  it('a count going down removes instances, going up adds them', () => {
    const after = {
      ...before,
      competencyRhkCodes: [
        ...times(2, 'pelatihan_mandiri'),
        ...times(3, 'observasi_praktik_pembelajaran'),
      ],
    };
    expect(diffRhkChange(before, after).competency).toEqual({
      added: ['observasi_praktik_pembelajaran', 'observasi_praktik_pembelajaran'],
      removed: ['pelatihan_mandiri'],
    });
  });

  it('reordering the same counts is no change; a real change reports removed instances', () => {
    const base = {
      ruleSet: ruleSetFor('2024-S1'),
      today: '2024-03-01',
      isDiscussionConfirmed: true,
      catalogues: testCatalogues,
      draft: before,
    };
    const reordered = applyRhkChange({
      ...base,
      change: {
        competencyRhkCodes: ['observasi_praktik_pembelajaran', ...times(3, 'pelatihan_mandiri')],
      },
    });
    expect(reordered).toMatchObject({ ok: false, code: 'RHK_CHANGE_EMPTY' });
    const fewer = applyRhkChange({
      ...base,
      change: { competencyRhkCodes: [...times(4, 'observasi_praktik_pembelajaran')] },
    });
    expect(fewer.ok).toBe(true);
    if (!fewer.ok) return;
    expect(fewer.removedCompetencyRhkCodes).toEqual(times(3, 'pelatihan_mandiri'));
    expect(fewer.draft.competencyRhkCodes).toEqual(times(4, 'observasi_praktik_pembelajaran'));
  });

  it('the new selection must still reach 32 poin', () => {
    const result = applyRhkChange({
      ruleSet: ruleSetFor('2024-S1'),
      today: '2024-03-01',
      isDiscussionConfirmed: true,
      catalogues: testCatalogues,
      draft: before,
      change: { competencyRhkCodes: times(3, 'pelatihan_mandiri') },
    });
    expect(result).toMatchObject({ ok: false, code: 'PLAN_HAS_PROBLEMS' });
  });
});
