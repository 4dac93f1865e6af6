import { describe, expect, it } from 'vitest';
import { ruleSet2026 } from './2026';
import { ruleSet2027Derivation } from './2027';
import { describeRuleSetChanges } from './describe-rule-set-changes';
import { deriveRuleSet } from './derive-rule-set';
import {
  allRuleSets,
  derivationOf,
  isPeriodVersion,
  registerRuleSets,
  ruleSetFor,
} from './registry';

describe('deriveRuleSet: a rule set as data (domain.md §8 item 1)', () => {
  it('continues the base rules unless changed', () => {
    const derived = deriveRuleSet(ruleSet2026, ruleSet2027Derivation);
    expect(derived).toEqual({
      ...ruleSet2026,
      ...ruleSet2027Derivation.changes,
      version: '2027',
      label: ruleSet2027Derivation.label,
    });
    expect(derived.timKinerja.isPlotted).toBe(true);
    expect(derived.stages.find((w) => w.stage === 'planning')).toMatchObject({
      start: '2027-01-08',
      end: '2027-01-31',
      hasLockout: true,
      isEditableDefault: true,
    });
  });

  it('takes a changed rule', () => {
    const derived = deriveRuleSet(ruleSet2026, {
      ...ruleSet2027Derivation,
      changes: { ...ruleSet2027Derivation.changes, timKinerja: { isPlotted: false } },
    });
    expect(derived.timKinerja.isPlotted).toBe(false);
  });
});

describe('the registry knows built-in and registered rule sets', () => {
  it('registers derived sets (bases first) so ruleSetFor finds them', () => {
    const later = { ...ruleSet2027Derivation, version: '2028-uji', basedOn: '2027' };
    expect(() => ruleSetFor('2028-uji')).toThrow();
    registerRuleSets([later, ruleSet2027Derivation]);
    expect(isPeriodVersion('2028-uji')).toBe(true);
    expect(ruleSetFor('2028-uji').stages).toEqual(ruleSetFor('2027').stages);
    expect(derivationOf('2028-uji')?.basedOn).toBe('2027');
    expect(derivationOf('2026')).toBeUndefined();
    expect(allRuleSets().map((r) => r.version)).toContain('2028-uji');
  });

  it('refuses an unknown base or a built-in version', () => {
    expect(() =>
      registerRuleSets([{ ...ruleSet2027Derivation, version: '2030', basedOn: '1999' }]),
    ).toThrow();
    expect(() => registerRuleSets([{ ...ruleSet2027Derivation, version: '2026' }])).toThrow();
  });
});

describe('describeRuleSetChanges: what changed, in words', () => {
  it('2026 → 2027: no rule changes, only dates', () => {
    const report = describeRuleSetChanges(
      ruleSet2026,
      deriveRuleSet(ruleSet2026, ruleSet2027Derivation),
    );
    expect(report).toEqual({
      rules: ['Tidak ada perubahan aturan.'],
      dates: [
        'Periode: 1 Januari 2026 s.d. 31 Desember 2026 menjadi 1 Januari 2027 s.d. 31 Desember 2027.',
        'Pra-Perencanaan: 29 Desember 2025 s.d. 7 Januari 2026 menjadi 29 Desember 2026 s.d. 7 Januari 2027.',
        'Perencanaan Kinerja: 8 Januari 2026 s.d. 31 Januari 2026 menjadi 8 Januari 2027 s.d. 31 Januari 2027.',
        'Pelaksanaan Kinerja: 1 Februari 2026 s.d. 30 November 2026 menjadi 1 Februari 2027 s.d. 30 November 2027.',
        'Penilaian Kinerja: 1 Desember 2026 s.d. 31 Desember 2026 menjadi 1 Desember 2027 s.d. 31 Desember 2027.',
      ],
    });
  });

  it.each<[string, string, string[]]>([
    [
      '2024-S2',
      '2025',
      [
        'Tahap baru: Pemutakhiran Data.',
        'Tab baru pada Perencanaan Kinerja: "Pelaksanaan Tugas Pokok".',
        'Tab yang tidak ada lagi: "Tugas Tambahan".',
        'Siklus berubah dari semesteran menjadi tahunan.',
        'Dasar aturan berubah dari Perdirjen GTK No. 7607/B.B1/HK.03/2023 menjadi Kepdirjen GTK No. 4242/B.B1/HK.03.01/2024.',
        'Pengembangan Kompetensi berubah dari berbasis poin menjadi satu indikator kompetensi.',
        'Bukti dukung berubah dari unggah bukti dukung (PDF) menjadi tanpa unggah; dokumen tertulis.',
        'Perubahan RHK kini tidak tersedia (sebelumnya dapat diajukan).',
        'Nomor SK tugas tambahan kini wajib (sebelumnya tidak wajib).',
        'Tugas tambahan kini diisi pada tab "Pelaksanaan Tugas Pokok" (sebelumnya "Tugas Tambahan").',
        'Katalog Pengembangan Kompetensi berganti dari "Rencana Hasil Kerja Pengembangan Kompetensi 2024" menjadi "Indikator Pengembangan Kompetensi 2025+".',
        'Katalog tugas tambahan berganti dari "Tugas Tambahan 2024" menjadi "Tugas Tambahan 2025+".',
      ],
    ],
    [
      '2025',
      '2026',
      [
        'Setelah batas akhir Perencanaan Kinerja, pengisian kini dikunci kecuali diberi perpanjangan.',
        'Tab baru pada Perencanaan Kinerja: "Pra-Perencanaan".',
        'Dasar aturan berubah dari Kepdirjen GTK No. 4242/B.B1/HK.03.01/2024 menjadi Kepmendikdasmen No. 271/O/2025.',
        'Rencana kinerja kepala sekolah kini langsung disetujui setelah diajukan (sebelumnya disetujui oleh penilai dari Dinas).',
        'Ekspektasi khusus pimpinan pada Perilaku Kerja kini wajib (sebelumnya tidak wajib).',
        'Tim Kinerja kini diplot oleh operator (sebelumnya tidak diplot).',
        'Dokumen akuntabilitas tugas pokok kini disimpan di luar sistem; atasan mengonfirmasi ketersediaannya (sebelumnya dapat ditunjukkan langsung kepada atasan).',
      ],
    ],
  ])('%s → %s', (from, to, expected) => {
    expect(describeRuleSetChanges(ruleSetFor(from), ruleSetFor(to)).rules).toEqual(expected);
  });
});
