import type { Catalogue } from './catalogue';
import type { AdditionalDuty } from './additional-duty';
import type { SchoolLevel } from './school-levels';
import { gap, known, type Sourced } from './sourced';

const BASIS = 'Kepmendikdasmen 2025 tentang beban kerja guru (nomor belum dikonfirmasi)';
const BASIS_SMK_JP = 'Kepmendikdasmen 222/O/2025';
const BASIS_2018 = 'Permendikbud 15/2018';
const UPPER: readonly SchoolLevel[] = ['sma', 'smk', 'slb'];
const SOURCE = 'domain.md §4.4; CODE-TT2025';
const SOURCE_DERIVED =
  'domain.md §4.4; CODE-TT2025 (SMA/SMK/SLB) [S]; PAUD/SD/SMP derived from the 2024 list by jenjang and Permendikbud 15/2018 [I]';

function jp(hours: number | null): Sourced<number> {
  return hours === null
    ? gap({ source: 'not found — domain.md §4.4' })
    : known(hours, {
        source: `domain.md §4.4; CODE-TT222 (${BASIS_SMK_JP}, SMK)`,
        confidence: 'S',
      });
}

type Row = [
  code: string,
  name: string,
  levels: readonly SchoolLevel[],
  jp: number | null,
  /** PAUD/SD/SMP levels inferred [I] (reason in the comment above the row). */
  derived?: readonly SchoolLevel[],
];

const PRIMARY: readonly SchoolLevel[] = ['sd', 'smp'];
const BASIC: readonly SchoolLevel[] = ['paud', 'sd', 'smp'];

// The 2025+ lists are given for SMA, SMK and SLB only, from one public app [S/I] (CODE-TT2025);
// JP from CODE-TT222 [S] — domain.md §4.4. PAUD/TK, SD and SMP have no 2025+ list, so their
// options are derived [I]: a duty the 2024 list (Permendikbud 15/2018, HC-TT24) gives for that
// jenjang, or a 2025 duty that is not bound to a jenjang (coordination, committees, TPPK under
// Permendikbudristek 46/2023 which covers every satuan pendidikan, organisations, training).
const ROWS: readonly Row[] = [
  // 2024: SMP, SMA, SMK [C].
  ['wakil_kepala_satuan_pendidikan', 'Wakil Kepala Satuan Pendidikan', UPPER, null, ['smp']],
  // 2024: semua jenjang [C].
  ['kepala_perpustakaan', 'Kepala Perpustakaan', UPPER, null, BASIC],
  // 2024: SMP, SMA, SMK [C].
  ['kepala_laboratorium', 'Kepala Laboratorium', UPPER, null, ['smp']],
  // Pendampingan murid is not bound to a jenjang; PAUD has no murid-wali programme.
  ['guru_wali', 'Guru Wali – pendampingan menyeluruh peserta didik', UPPER, null, PRIMARY],
  // 2024 (Permendikbud 15/2018): every jenjang.
  ['wali_kelas', 'Wali Kelas', UPPER, 2, BASIC],
  // OSIS exists from SMP upwards (2024 list: SMP, SMA, SMK).
  ['pembina_osis', 'Pembina OSIS', UPPER, null, ['smp']],
  // Ekstrakurikuler belongs to pendidikan dasar dan menengah, not PAUD.
  ['pembina_ekstrakurikuler', 'Pembina Ekstrakurikuler', UPPER, null, PRIMARY],
  // 2024: koordinator PKB/PKG, every jenjang.
  [
    'koordinator_pengembangan_kompetensi',
    'Koordinator Pengembangan Kompetensi',
    UPPER,
    null,
    BASIC,
  ],
  // 2024: penilai kinerja guru, every jenjang.
  [
    'koordinator_pengelolaan_kinerja_guru',
    'Koordinator Pengelolaan Kinerja Guru',
    UPPER,
    null,
    BASIC,
  ],
  // Projek pembelajaran runs in SD and SMP as in SMA.
  [
    'koordinator_pembelajaran_berbasis_proyek',
    'Koordinator Pembelajaran Berbasis Proyek',
    UPPER,
    null,
    PRIMARY,
  ],
  // 2024: pembimbing khusus pendidikan inklusif, every jenjang; not in SLB (CODE-TT2025).
  [
    'koordinator_pendidikan_inklusi',
    'Koordinator Pembelajaran Pendidikan Inklusi',
    ['sma', 'smk'],
    null,
    BASIC,
  ],
  // TPPK in every satuan pendidikan (Permendikbudristek 46/2023).
  ['anggota_tppk', 'Anggota TPPK', UPPER, null, BASIC],
  // 2024: every jenjang.
  ['guru_piket', 'Guru Piket', UPPER, null, BASIC],
  ['koordinator_satgas_ptk', 'Koordinator/Satgas PTK (TPPK)', UPPER, null, BASIC],
  ['pengurus_kepanitiaan_acara_sekolah', 'Pengurus Kepanitiaan Acara Sekolah', UPPER, null, BASIC],
  // 2024: pengurus organisasi/asosiasi profesi guru, every jenjang.
  [
    'pengurus_organisasi_bidang_pendidikan',
    'Pengurus Organisasi Bidang Pendidikan',
    UPPER,
    null,
    BASIC,
  ],
  // 2024: tutor pendidikan jarak jauh; Paket A/B are the SD/SMP equivalents.
  ['tutor_pendidikan_kesetaraan', 'Tutor Pendidikan Kesetaraan', UPPER, null, PRIMARY],
  ['instruktur_nasional', 'Instruktur/Narasumber/Fasilitator tingkat nasional', UPPER, null, BASIC],
  [
    'peserta_pengembangan_kompetensi_terstruktur',
    'Peserta Program Pengembangan Kompetensi Terstruktur',
    UPPER,
    null,
    BASIC,
  ],
  // KKG (SD), MGMP (SMP), gugus (PAUD).
  ['koordinator_kkg_mgmp_gugus', 'Koordinator KKG/MGMP/Gugus', UPPER, null, BASIC],
  [
    'pengurus_ormas_nonpolitik',
    'Pengurus Organisasi Kemasyarakatan Nonpolitik',
    UPPER,
    null,
    BASIC,
  ],
  [
    'pengurus_organisasi_nonstruktural',
    'Pengurus Organisasi Pemerintahan Nonstruktural',
    UPPER,
    null,
    BASIC,
  ],
  ['ketua_program_keahlian', 'Ketua Program/Kompetensi Keahlian', ['smk'], 12],
  ['kepala_bengkel', 'Kepala Bengkel', ['smk'], 12],
  ['kepala_teaching_factory', 'Kepala Unit Produksi/Teaching Factory', ['smk'], 12],
  ['ketua_bkk', 'Pengurus BKK – Ketua', ['smk'], null],
  ['pengurus_lsp_p1', 'Pengurus LSP-P1', ['smk'], null],
  ['gpk_uld', 'GPK di Unit Layanan Disabilitas (ULD)', ['slb'], null],
];

function legalBasis(hours: number | null, derived: readonly SchoolLevel[]): string {
  const bases = [BASIS, ...(hours === null ? [] : [BASIS_SMK_JP])];
  return [...bases, ...(derived.length > 0 ? [BASIS_2018] : [])].join('; ');
}

/** Tugas tambahan per school level for 2025+ (PAUD/SD/SMP inferred [I]) — domain.md §4.4. */
export const additionalDuties2025: Catalogue<AdditionalDuty> = {
  id: 'additional-duties-2025',
  version: '2025.2',
  title: { id: 'Tugas Tambahan 2025+', en: 'Additional duties 2025+' },
  sourceKeys: ['CODE-TT2025', 'CODE-TT222', 'HC-TT24', 'PERMENDIKBUD15'],
  items: ROWS.map(([code, name, levels, hours, derived = []]) => ({
    code,
    name,
    schoolLevels: [...derived, ...levels],
    weeklyJp: jp(hours),
    legalBasis: legalBasis(hours, derived),
    confidence: derived.length > 0 ? 'I' : 'S',
    source: derived.length > 0 ? SOURCE_DERIVED : SOURCE,
  })),
  missing: [
    gap({
      source: 'not found — domain.md §4.4',
      note: 'Official 2025+ lists for PAUD, SD and SMP (the options offered there are inferred [I]); the number of the 2025 beban-kerja decree.',
    }),
  ],
};
