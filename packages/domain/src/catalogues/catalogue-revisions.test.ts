import { describe, expect, it } from 'vitest';
import { ruleSet2025 } from '../rule-sets/2025';
import { ruleSet2024S1 } from '../rule-sets/2024-s1';
import { competencyIndicatorsFor } from '../plan/employee-catalogues';
import {
  editAdditionalDuty,
  editPracticeIndicator,
  entryChanges,
  practiceIndicatorFields,
} from './catalogue-edits';
import {
  catalogueVersion,
  catalogueVersionLabel,
  pinForNewPlan,
  resolveCatalogue,
  resolveCatalogueSet,
  type CatalogueRevision,
  type CataloguePin,
} from './catalogue-revisions';
import { listCatalogueGaps } from './gaps';
import { teacherPracticeIndicators } from './practice-indicators-teacher';
import { requireCatalogue, seedCatalogues } from './registry';

const base = teacherPracticeIndicators.items[0]!;
const provenance = { source: 'Panduan Observasi Kelas 2026', confidence: 'C' as const };
const renamed = (name: string) =>
  editPracticeIndicator(base, { ...provenance, name, description: null, targets: [] });

const revisions: CatalogueRevision[] = [
  {
    id: 4,
    catalogueId: 'practice-indicators-teacher',
    entryCode: base.code,
    entry: renamed('Versi dua'),
    createdOn: '2026-12-12',
  },
  {
    id: 2,
    catalogueId: 'practice-indicators-teacher',
    entryCode: base.code,
    entry: renamed('Versi satu'),
    createdOn: '2026-12-10',
  },
  {
    id: 7,
    catalogueId: 'additional-duties-2025',
    entryCode: 'pembina_pramuka',
    entry: editAdditionalDuty({
      ...provenance,
      code: 'pembina_pramuka',
      name: 'Pembina Pramuka',
      schoolLevels: ['sd'],
      weeklyJp: 2,
      legalBasis: 'Permendikbud 63/2014',
    }),
    createdOn: '2026-12-13',
  },
];

describe('a plan reads the catalogue revision it pinned at start (issue 13 item 3)', () => {
  it.each<[CataloguePin, string | null]>([
    [0, 'Keteraturan Suasana Kelas'],
    [1, 'Keteraturan Suasana Kelas'],
    [2, 'Versi satu'],
    [3, 'Versi satu'],
    [4, 'Versi dua'],
    [99, 'Versi dua'],
    [null, 'Versi dua'],
  ])('pin %s reads the first indicator as %s', (pin, name) => {
    const catalogue = resolveCatalogue(teacherPracticeIndicators, revisions, pin);
    expect(catalogue.items[0]!.name.value).toBe(name);
    expect(catalogue.items).toHaveLength(8);
  });

  it('adds an entry the administrator created, in the catalogue it belongs to only', () => {
    const set = resolveCatalogueSet(seedCatalogues, revisions, 7);
    const duties = requireCatalogue(set.additionalDuties, 'additional-duties-2025');
    expect(duties.items.at(-1)?.name).toBe('Pembina Pramuka');
    const older = requireCatalogue(set.additionalDuties, 'additional-duties-2024');
    expect(older.items.some((item) => item.code === 'pembina_pramuka')).toBe(false);
    const before = resolveCatalogueSet(seedCatalogues, revisions, 6);
    const unchanged = requireCatalogue(before.additionalDuties, 'additional-duties-2025');
    expect(unchanged.items.some((item) => item.code === 'pembina_pramuka')).toBe(false);
  });

  it.each<[CataloguePin, number, string]>([
    [0, 0, 'Katalog bawaan (belum pernah diubah)'],
    [2, 1, 'Katalog versi 1, 10 Desember 2026'],
    [5, 2, 'Katalog versi 2, 12 Desember 2026'],
    [null, 3, 'Katalog versi 3, 13 Desember 2026'],
  ])('pin %s is catalogue version %s: "%s"', (pin, number, label) => {
    const version = catalogueVersion(revisions, pin);
    expect(version.number).toBe(number);
    expect(catalogueVersionLabel(version, 'id')).toBe(label);
  });

  it.each<[CatalogueRevision[], number]>([
    [[], 0],
    [revisions, 7],
  ])('a plan started now pins the newest revision', (list, pin) => {
    expect(pinForNewPlan(list)).toBe(pin);
  });
});

describe('an edit keeps provenance and leaves what has no source a gap (domain.md §0, §8.1)', () => {
  it('marks the edited values with the source and marker the administrator gives', () => {
    const edited = renamed('Nama baru');
    expect(edited.name).toEqual({ value: 'Nama baru', isGap: false, ...provenance });
    expect(edited.targets).toEqual({ value: null, isGap: true, source: 'belum ada sumber' });
    expect(edited.code).toBe(base.code);
  });

  it('lists what changed, "dari … menjadi …", with no source as null', () => {
    const changes = entryChanges(
      practiceIndicatorFields(base),
      practiceIndicatorFields(renamed('Nama baru')),
    );
    expect(changes.map((change) => [change.label, change.before, change.after])).toEqual([
      ['Nama indikator', 'Keteraturan Suasana Kelas', 'Nama baru'],
      ['Deskripsi', base.description.value, null],
    ]);
  });

  it('six of the eight teacher sub-indicators have no target behaviours yet', () => {
    const gaps = listCatalogueGaps([teacherPracticeIndicators]).filter((gap) =>
      gap.path.endsWith('.targets'),
    );
    expect(gaps).toHaveLength(6);
  });
});

describe("the principal's competency catalogue is its own, a gap to fill (domain.md §3.8, §4.5)", () => {
  it.each([
    ['teacher', 'competency-indicators-2025'],
    ['principal', 'competency-indicators-principal'],
  ] as const)('the %s plans with %s', (kind, id) => {
    expect(competencyIndicatorsFor(ruleSet2025, seedCatalogues, kind)?.id).toBe(id);
  });

  it('offers the principal no teacher indicator: its indicators have no source yet', () => {
    const catalogue = competencyIndicatorsFor(ruleSet2025, seedCatalogues, 'principal')!;
    expect(catalogue.items.map((item) => [item.code, item.indicators.isGap])).toEqual([
      ['kepala_sekolah', true],
    ]);
    expect(catalogue.items[0]!.name.isGap ? null : catalogue.items[0]!.name.confidence).toBe('I');
  });

  it('2024 plans competency by points: no indicator catalogue', () => {
    expect(competencyIndicatorsFor(ruleSet2024S1, seedCatalogues, 'principal')).toBeNull();
  });
});
