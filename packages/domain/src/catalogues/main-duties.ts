import type { Catalogue } from './catalogue';
import type { Confidence } from './sourced';

/** A tugas pokok (main duty) with how well it is confirmed (domain.md §0 markers). */
export type MainDuty = {
  readonly code: string;
  readonly order: number;
  readonly name: string;
  readonly confidence: Confidence;
  readonly source: string;
};

type Row = readonly [code: string, name: string];

function duties(rows: readonly Row[], confidence: Confidence, source: string): MainDuty[] {
  return rows.map(([code, name], index) => ({ code, order: index + 1, name, confidence, source }));
}

/** The "5M" tugas pokok of a teacher [C] — domain.md §3.5 (MEDIABAGI-4TAHAP, ALEEPENAKU). */
export const mainDuties: Catalogue<MainDuty> = {
  id: 'main-duties',
  version: '2025.1',
  title: { id: 'Tugas Pokok Guru', en: 'Teacher main duties' },
  sourceKeys: ['MEDIABAGI-4TAHAP', 'ALEEPENAKU', 'HC-PREN25'],
  items: duties(
    [
      ['merencanakan_pembelajaran', 'Merencanakan pembelajaran'],
      ['melaksanakan_pembelajaran', 'Melaksanakan pembelajaran'],
      ['menilai_hasil_pembelajaran', 'Menilai hasil pembelajaran'],
      ['membimbing_melatih_peserta_didik', 'Membimbing dan melatih peserta didik'],
      ['melaksanakan_tugas_tambahan', 'Melaksanakan tugas tambahan'],
    ],
    'C',
    'domain.md §3.5; MEDIABAGI-4TAHAP, ALEEPENAKU',
  ),
  missing: [],
};

// domain.md names no tugas pokok list for a Kepala Sekolah (§3.5 gives the teacher's "5M" only).
// Permendikbud 15/2018, the regulation domain.md cites for the beban kerja of Guru, KS and
// Pengawas, gives the principal's workload as "sepenuhnya untuk melaksanakan tugas pokok
// manajerial, pengembangan kewirausahaan, dan supervisi kepada Guru dan Tenaga Kependidikan" —
// background knowledge, hence [I]: an administrator should confirm the wording against Ruang GTK.
/** The tugas pokok of a Kepala Sekolah as pegawai [I], as editable data — domain.md §3.8. */
export const principalMainDuties: Catalogue<MainDuty> = {
  id: 'main-duties-principal',
  version: '2025.1',
  title: { id: 'Tugas Pokok Kepala Sekolah', en: 'Principal main duties' },
  sourceKeys: ['PERMENDIKBUD15'],
  items: duties(
    [
      ['melaksanakan_tugas_manajerial', 'Melaksanakan tugas manajerial satuan pendidikan'],
      ['mengembangkan_kewirausahaan', 'Mengembangkan kewirausahaan satuan pendidikan'],
      [
        'melaksanakan_supervisi_guru_tendik',
        'Melaksanakan supervisi kepada guru dan tenaga kependidikan',
      ],
    ],
    'I',
    'Permendikbud 15/2018 (beban kerja Kepala Sekolah) [I] — domain.md §3.8',
  ),
  missing: [],
};
