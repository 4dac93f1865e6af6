import { describe, expect, it } from 'vitest';
import { ruleSetFor } from '../rule-sets/registry';
import { assessmentVariablesFor, PRACTICE_DIMENSIONS, variablesByRole } from './assessment-basis';
import { documentWarnings } from './finalize-warnings';

// Upaya Refleksi (C, E), Upaya Mempelajari (E), Perubahan Praktik (E) [C] FLIP-SIKLUS — domain.md §3.9.
describe('the three Praktik Kinerja dimensions (domain.md §3.9)', () => {
  it.each([
    ['upaya_refleksi', 'Upaya Refleksi', ['C', 'E']],
    ['upaya_mempelajari', 'Upaya Mempelajari', ['E']],
    ['perubahan_praktik', 'Perubahan Praktik', ['E']],
  ])('%s is "%s", read at stages %j', (code, label, stages) => {
    const dimension = PRACTICE_DIMENSIONS.find((item) => item.code === code);
    expect(dimension?.label.id).toBe(label);
    expect(dimension?.stages).toEqual(stages);
  });
  it('keeps the guides order', () => {
    expect(PRACTICE_DIMENSIONS.map((item) => item.code)).toEqual([
      'upaya_refleksi',
      'upaya_mempelajari',
      'perubahan_praktik',
    ]);
  });
});

// The 2024 deck: penilaian / pertimbangan / wajib dikumpulkan, tidak dinilai [C] FLIP-VAR — §3.9.
describe('the roles of the Penilaian variables (domain.md §3.9)', () => {
  it.each(['2024-S1', '2024-S2'] as const)('%s follows the 2024 deck', (version) => {
    expect(variablesByRole(ruleSetFor(version))).toEqual({
      assessed: ['praktik_kinerja', 'perilaku_kerja'],
      consideration: ['pengembangan_kompetensi'],
      collected_not_assessed: ['dokumen_akuntabilitas'],
    });
  });
  it.each(['2025', '2026'] as const)('%s names no variables (not in the sources)', (version) => {
    expect(assessmentVariablesFor(ruleSetFor(version))).toEqual([]);
  });
});

// A teacher's capaian is the principal's Rating Hasil Kerja (domain.md §5.3); unknown → warn.
describe('document warnings before "Tetapkan" (domain.md §5.3, §5.6)', () => {
  it.each([
    ['teacher', false, ['organisation_achievement_unknown']],
    ['teacher', true, []],
    ['principal', false, []],
  ] as const)('%s, capaian known: %s → %j', (employeeKind, known, codes) => {
    expect(documentWarnings({ employeeKind, isOrganisationAchievementKnown: known })).toEqual(
      codes,
    );
  });
});
