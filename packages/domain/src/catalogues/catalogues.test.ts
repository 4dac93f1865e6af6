import { describe, expect, it } from 'vitest';
import { additionalDuties2024 } from './additional-duties-2024';
import { additionalDuties2025 } from './additional-duties-2025';
import { berakhlak, isBerakhlakValueCode } from './berakhlak';
import { careerLevelOf, careerLevels, isCareerLevelCode } from './career-levels';
import { findByCode } from './catalogue';
import {
  competencyIndicators2025,
  fillCompetencyIndicators,
  listCompetencyIndicators,
} from './competency-indicators-2025';
import { competencyRhk2024 } from './competency-rhk-2024';
import { listCatalogueGaps } from './gaps';
import { mainDuties, principalMainDuties } from './main-duties';
import { principalPracticeIndicators } from './practice-indicators-principal';
import { teacherPracticeIndicators } from './practice-indicators-teacher';
import { isGolonganRuang, ranks } from './ranks';
import { ALL_CATALOGUES, requireCatalogue, seedCatalogues } from './registry';
import { isSchoolLevel } from './school-levels';
import { gap, isGapMarker, known } from './sourced';

const codes = (items: readonly { code: string }[]) => items.map((item) => item.code);

describe('every catalogue is versioned data with sources (architecture.md §3)', () => {
  it.each(ALL_CATALOGUES.map((c) => [c.id, c] as const))(
    '%s has a version, sources and unique codes',
    (_id, catalogue) => {
      expect(catalogue.version).toMatch(/^\d{4}\.\d+$/);
      expect(catalogue.sourceKeys.length).toBeGreaterThan(0);
      const itemCodes = codes(catalogue.items as readonly { code: string }[]);
      expect(new Set(itemCodes).size).toBe(itemCodes.length);
    },
  );
});

describe('Praktik Kinerja guru, Rapor Pendidikan D1 (domain.md §4.1, Appendix A)', () => {
  it('lists the eight sub-indicators in order', () => {
    expect(teacherPracticeIndicators.items.map((i) => i.name.value)).toEqual([
      'Keteraturan Suasana Kelas',
      'Penerapan Disiplin Positif',
      'Perhatian dan Kepedulian',
      'Umpan Balik Konstruktif',
      'Ekspektasi pada Peserta Didik',
      'Aktivasi Interaktif',
      'Instruksi yang Adaptif',
      'Instruksi Pembelajaran',
    ]);
  });

  it.each(['penerapan_disiplin_positif', 'instruksi_pembelajaran'])(
    '%s has 3 targets, each with 3 dianjurkan and 3 dihindari (Appendix A)',
    (code) => {
      const targets = findByCode(teacherPracticeIndicators, code)?.targets.value ?? [];
      expect(targets).toHaveLength(3);
      for (const target of targets) {
        expect(target.recommended).toHaveLength(3);
        expect(target.avoided).toHaveLength(3);
      }
    },
  );

  it('quotes Appendix A verbatim', () => {
    const pdp = findByCode(teacherPracticeIndicators, 'penerapan_disiplin_positif');
    expect(pdp?.targets.value?.[0]?.avoided[2]).toBe('menerapkan hukuman fisik');
    expect(findByCode(teacherPracticeIndicators, 'instruksi_pembelajaran')?.description.value).toBe(
      'Penjelasan terstruktur yang memandu murid memahami, mengaplikasi dan merefleksikan pembelajaran sebagai implementasi pembelajaran mendalam.',
    );
  });

  it('marks the targets of the other six as gaps, with descriptions from a single source [S]', () => {
    const others = teacherPracticeIndicators.items.filter((i) => i.targets.isGap);
    expect(codes(others)).toHaveLength(6);
    for (const item of others) {
      expect(item.targets.value).toBeNull();
      expect(item.description.isGap).toBe(false);
      expect(item.description.isGap === false && item.description.confidence).toBe('S');
    }
  });
});

describe('Praktik Kinerja kepala sekolah, D3 (domain.md §4.2)', () => {
  it('has eight indicators; item 2 is a gap', () => {
    const items = principalPracticeIndicators.items;
    expect(items).toHaveLength(8);
    expect(items[1]?.name).toMatchObject({ value: null, isGap: true });
    expect(items[0]?.name.value).toBe('Presentasi Visi-Misi Satuan Pendidikan');
    expect(items[7]?.name.value).toBe('Refleksi Program Pengembangan Kompetensi Guru');
    expect(items.every((i) => i.raporIndicator === 'D3' && i.targets.isGap)).toBe(true);
  });
});

describe('BerAKHLAK (domain.md §4.3)', () => {
  it('has 7 values × 3 behaviours', () => {
    expect(berakhlak.items.map((v) => v.name)).toEqual([
      'Berorientasi Pelayanan',
      'Akuntabel',
      'Kompeten',
      'Harmonis',
      'Loyal',
      'Adaptif',
      'Kolaboratif',
    ]);
    expect(berakhlak.items.every((v) => v.behaviours.length === 3)).toBe(true);
    expect(findByCode(berakhlak, 'kompeten')?.behaviours[1]).toEqual({
      code: 'kompeten_b',
      text: 'Membantu orang lain belajar',
    });
    expect(isBerakhlakValueCode('loyal')).toBe(true);
    expect(isBerakhlakValueCode('jujur')).toBe(false);
  });
});

describe('tugas pokok and tugas tambahan (domain.md §3.5, §4.4)', () => {
  it('has the 5M main duties [C]', () => {
    expect(mainDuties.items).toHaveLength(5);
    expect(mainDuties.items.every((d) => d.confidence === 'C')).toBe(true);
  });

  it("has the principal's tugas pokok as inferred, editable data [I] (domain.md §3.8)", () => {
    expect(principalMainDuties.items.map((d) => [d.order, d.name, d.confidence])).toEqual([
      [1, 'Melaksanakan tugas manajerial satuan pendidikan', 'I'],
      [2, 'Mengembangkan kewirausahaan satuan pendidikan', 'I'],
      [3, 'Melaksanakan supervisi kepada guru dan tenaga kependidikan', 'I'],
    ]);
    expect(principalMainDuties.items.every((d) => d.source.includes('Permendikbud 15/2018'))).toBe(
      true,
    );
  });

  it.each([
    // code, levels, JP — 2024 list, items 1–5 [C] HC-TT24; JP [C] SCRIBD-RINCIANTT
    ['wakil_kepala_satuan_pendidikan', ['smp', 'sma', 'smk'], 12],
    ['kepala_perpustakaan', ['paud', 'sd', 'smp', 'sma', 'smk', 'slb'], 12],
    ['ketua_program_keahlian', ['smk'], 12],
    ['wali_kelas', ['paud', 'sd', 'smp', 'sma', 'smk', 'slb'], 2],
    ['guru_piket', ['paud', 'sd', 'smp', 'sma', 'smk', 'slb'], 2],
    ['pembimbing_khusus', ['paud', 'sd', 'smp', 'sma', 'smk', 'slb'], null],
  ])('2024 %s: levels %j, %s JP/week', (code, levels, jp) => {
    const duty = findByCode(additionalDuties2024, code);
    expect(duty?.schoolLevels).toEqual(levels);
    expect(duty?.weeklyJp.value).toBe(jp);
    expect(duty?.legalBasis).toBe('Permendikbud 15/2018');
  });

  it('2025+ list: SMA 22 items, SMK adds 5, SLB swaps inklusi for GPK ULD (CODE-TT2025)', () => {
    const forLevel = (level: string) =>
      additionalDuties2025.items.filter((d) => d.schoolLevels.some((l) => l === level));
    expect(forLevel('sma')).toHaveLength(22);
    expect(forLevel('smk')).toHaveLength(27);
    expect(forLevel('slb')).toHaveLength(22);
    expect(codes(forLevel('slb'))).toContain('gpk_uld');
    expect(codes(forLevel('slb'))).not.toContain('koordinator_pendidikan_inklusi');
    expect(findByCode(additionalDuties2025, 'kepala_bengkel')?.weeklyJp.value).toBe(12);
  });

  it.each([
    // level, count, offered, not offered — derived [I] from the 2024 list (domain.md §4.4)
    [
      'paud',
      15,
      ['kepala_perpustakaan', 'wali_kelas', 'anggota_tppk'],
      ['pembina_ekstrakurikuler'],
    ],
    ['sd', 19, ['wali_kelas', 'pembina_ekstrakurikuler', 'guru_piket'], ['pembina_osis']],
    ['smp', 22, ['wakil_kepala_satuan_pendidikan', 'pembina_osis', 'kepala_laboratorium'], []],
  ] as const)('2025+ %s: %i inferred options', (level, count, offered, notOffered) => {
    const duties = additionalDuties2025.items.filter((d) => d.schoolLevels.includes(level));
    expect(duties).toHaveLength(count);
    expect(codes(duties)).toEqual(expect.arrayContaining([...offered]));
    for (const code of notOffered) expect(codes(duties)).not.toContain(code);
    expect(duties.every((d) => d.confidence === 'I')).toBe(true);
    expect(duties.every((d) => d.legalBasis.includes('Permendikbud 15/2018'))).toBe(true);
    expect(duties.every((d) => d.source.includes('[I]'))).toBe(true);
  });

  it('2025+ SD has no Wakil Kepala Satuan Pendidikan (2024 list: SMP, SMA, SMK)', () => {
    const duty = findByCode(additionalDuties2025, 'wakil_kepala_satuan_pendidikan');
    expect(duty?.schoolLevels).toEqual(['smp', 'sma', 'smk', 'slb']);
    expect(findByCode(additionalDuties2025, 'kepala_bengkel')?.confidence).toBe('S');
  });
});

describe('Pengembangan Kompetensi catalogues (domain.md §4.5)', () => {
  it.each([
    ['pelatihan_mandiri', 8],
    ['observasi_praktik_pembelajaran', 8],
    ['penggerak_komunitas_belajar', 36],
    ['narasumber_berbagi_praktik_baik', 8],
    ['peserta_berbagi_praktik_baik', 4],
    ['pelatihan_jangka_pendek_menengah', null],
  ])('2024 RHK %s = %s points', (code, points) => {
    expect(findByCode(competencyRhk2024, code)?.points.value).toBe(points);
  });

  it('2025+ groups are Pedagogik, Kepribadian, Sosial, Profesional with empty, flagged lists', () => {
    expect(competencyIndicators2025.items.map((g) => g.name.value)).toEqual([
      'Pedagogik',
      'Kepribadian',
      'Sosial',
      'Profesional',
    ]);
    expect(listCompetencyIndicators(competencyIndicators2025)).toEqual([]);
    expect(competencyIndicators2025.items.every((g) => g.indicators.isGap)).toBe(true);
  });

  it('an administrator can fill one group without touching the others', () => {
    const filled = fillCompetencyIndicators({
      catalogue: competencyIndicators2025,
      groupCode: 'sosial',
      indicators: [{ code: 'x', name: 'X' }],
      source: 'Perdirjen 2626/2023',
    });
    expect(listCompetencyIndicators(filled)).toEqual([{ code: 'x', name: 'X' }]);
    expect(filled.items.filter((g) => g.indicators.isGap)).toHaveLength(3);
    expect(listCompetencyIndicators(competencyIndicators2025)).toEqual([]);
  });
});

describe('ranks and career levels (domain.md §4.6, §5.4)', () => {
  it.each([
    ['III/a', 'Penata Muda', 'ahli_pertama'],
    ['III/d', 'Penata Tingkat I', 'ahli_muda'],
    ['IV/c', 'Pembina Utama Muda', 'ahli_madya'],
    ['IV/e', 'Pembina Utama', 'ahli_utama'],
    ['II/a', 'Pengatur Muda', null],
  ])('%s = %s (%s)', (code, pangkat, level) => {
    expect(findByCode(ranks, code)).toMatchObject({ pangkat, careerLevel: level });
  });

  it('knows codes and coefficients', () => {
    expect(isGolonganRuang('III/e')).toBe(false);
    expect(isGolonganRuang('IV/e')).toBe(true);
    expect(isCareerLevelCode('ahli_madya')).toBe(true);
    expect(isCareerLevelCode('madya')).toBe(false);
    expect(careerLevels.items.map((l) => l.annualCoefficient.value)).toEqual([12.5, 25, 37.5, 50]);
    expect(careerLevelOf('ahli_muda').name).toBe('Ahli Muda');
    expect(() => careerLevelOf('x' as never)).toThrow();
    expect(isSchoolLevel('smk')).toBe(true);
    expect(isSchoolLevel('ma')).toBe(false);
  });
});

describe('gaps are visible, never invented (domain.md §8.1)', () => {
  const gaps = listCatalogueGaps();
  const at = (catalogueId: string, path: string) =>
    gaps.find((g) => g.catalogueId === catalogueId && g.path === path);

  it.each([
    ['practice-indicators-principal', 'items[1].name'],
    ['practice-indicators-teacher', 'items[0].targets'],
    ['competency-rhk-2024', 'items[5].points'],
    ['competency-rhk-2024', 'missing[0]'],
    ['competency-indicators-2025', 'items[0].indicators'],
    ['additional-duties-2025', 'missing[0]'],
  ])('lists %s %s', (catalogueId, path) => {
    expect(at(catalogueId, path)).toMatchObject({ source: expect.stringContaining('not found') });
  });

  it('does not list known values and carries the catalogue version', () => {
    expect(at('practice-indicators-teacher', 'items[1].targets')).toBeUndefined();
    expect(at('berakhlak', 'items[0]')).toBeUndefined();
    expect(gaps.every((g) => g.version.length > 0)).toBe(true);
    expect(at('competency-rhk-2024', 'missing[0]')?.note).toMatch(/7\+/);
    expect(at('competency-rhk-2024', 'items[5].points')?.note).toBeUndefined();
  });

  it('walks any catalogue list it is given', () => {
    expect(listCatalogueGaps([berakhlak])).toEqual([]);
  });

  it('builds gap markers and known values', () => {
    expect(gap({ source: 's' })).toEqual({ value: null, isGap: true, source: 's' });
    expect(gap({ source: 's', note: 'n' }).note).toBe('n');
    expect(known(1, { source: 's', confidence: 'C' })).toEqual({
      value: 1,
      isGap: false,
      source: 's',
      confidence: 'C',
    });
    expect(isGapMarker(null)).toBe(false);
    expect(isGapMarker({ isGap: true })).toBe(true);
  });

  it('requireCatalogue fails loudly on a configuration bug', () => {
    expect(() => requireCatalogue(seedCatalogues.competencyRhks, 'berakhlak')).toThrow(
      /not in the catalogue set/,
    );
  });
});
