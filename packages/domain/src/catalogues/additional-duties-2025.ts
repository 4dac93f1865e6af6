import type { Catalogue } from './catalogue';
import type { AdditionalDuty } from './additional-duty';
import type { SchoolLevel } from './school-levels';
import { gap, known, type Sourced } from './sourced';

const BASIS = 'Kepmendikdasmen 2025 tentang beban kerja guru (nomor belum dikonfirmasi)';
const BASIS_SMK_JP = 'Kepmendikdasmen 222/O/2025';
const UPPER: readonly SchoolLevel[] = ['sma', 'smk', 'slb'];

function jp(hours: number | null): Sourced<number> {
  return hours === null
    ? gap({ source: 'not found — domain.md §4.4' })
    : known(hours, {
        source: `domain.md §4.4; CODE-TT222 (${BASIS_SMK_JP}, SMK)`,
        confidence: 'S',
      });
}

type Row = [code: string, name: string, levels: readonly SchoolLevel[], jp: number | null];

// Lists for SMA, SMK and SLB from one public app only [S/I]; JP from CODE-TT222 [S] — domain.md §4.4.
const ROWS: readonly Row[] = [
  ['wakil_kepala_satuan_pendidikan', 'Wakil Kepala Satuan Pendidikan', UPPER, null],
  ['kepala_perpustakaan', 'Kepala Perpustakaan', UPPER, null],
  ['kepala_laboratorium', 'Kepala Laboratorium', UPPER, null],
  ['guru_wali', 'Guru Wali – pendampingan menyeluruh peserta didik', UPPER, null],
  ['wali_kelas', 'Wali Kelas', UPPER, 2],
  ['pembina_osis', 'Pembina OSIS', UPPER, null],
  ['pembina_ekstrakurikuler', 'Pembina Ekstrakurikuler', UPPER, null],
  ['koordinator_pengembangan_kompetensi', 'Koordinator Pengembangan Kompetensi', UPPER, null],
  ['koordinator_pengelolaan_kinerja_guru', 'Koordinator Pengelolaan Kinerja Guru', UPPER, null],
  [
    'koordinator_pembelajaran_berbasis_proyek',
    'Koordinator Pembelajaran Berbasis Proyek',
    UPPER,
    null,
  ],
  [
    'koordinator_pendidikan_inklusi',
    'Koordinator Pembelajaran Pendidikan Inklusi',
    ['sma', 'smk'],
    null,
  ],
  ['anggota_tppk', 'Anggota TPPK', UPPER, null],
  ['guru_piket', 'Guru Piket', UPPER, null],
  ['koordinator_satgas_ptk', 'Koordinator/Satgas PTK (TPPK)', UPPER, null],
  ['pengurus_kepanitiaan_acara_sekolah', 'Pengurus Kepanitiaan Acara Sekolah', UPPER, null],
  ['pengurus_organisasi_bidang_pendidikan', 'Pengurus Organisasi Bidang Pendidikan', UPPER, null],
  ['tutor_pendidikan_kesetaraan', 'Tutor Pendidikan Kesetaraan', UPPER, null],
  ['instruktur_nasional', 'Instruktur/Narasumber/Fasilitator tingkat nasional', UPPER, null],
  [
    'peserta_pengembangan_kompetensi_terstruktur',
    'Peserta Program Pengembangan Kompetensi Terstruktur',
    UPPER,
    null,
  ],
  ['koordinator_kkg_mgmp_gugus', 'Koordinator KKG/MGMP/Gugus', UPPER, null],
  ['pengurus_ormas_nonpolitik', 'Pengurus Organisasi Kemasyarakatan Nonpolitik', UPPER, null],
  [
    'pengurus_organisasi_nonstruktural',
    'Pengurus Organisasi Pemerintahan Nonstruktural',
    UPPER,
    null,
  ],
  ['ketua_program_keahlian', 'Ketua Program/Kompetensi Keahlian', ['smk'], 12],
  ['kepala_bengkel', 'Kepala Bengkel', ['smk'], 12],
  ['kepala_teaching_factory', 'Kepala Unit Produksi/Teaching Factory', ['smk'], 12],
  ['ketua_bkk', 'Pengurus BKK – Ketua', ['smk'], null],
  ['pengurus_lsp_p1', 'Pengurus LSP-P1', ['smk'], null],
  ['gpk_uld', 'GPK di Unit Layanan Disabilitas (ULD)', ['slb'], null],
];

/** Tugas tambahan per school level for 2025+ (SMA, SMK, SLB only) — domain.md §4.4. */
export const additionalDuties2025: Catalogue<AdditionalDuty> = {
  id: 'additional-duties-2025',
  version: '2025.1',
  title: { id: 'Tugas Tambahan 2025+', en: 'Additional duties 2025+' },
  sourceKeys: ['CODE-TT2025', 'CODE-TT222'],
  items: ROWS.map(([code, name, schoolLevels, hours]) => ({
    code,
    name,
    schoolLevels,
    weeklyJp: jp(hours),
    legalBasis: hours === null ? BASIS : `${BASIS}; ${BASIS_SMK_JP}`,
    confidence: 'S',
    source: 'domain.md §4.4; CODE-TT2025',
  })),
  missing: [
    gap({
      source: 'not found — domain.md §4.4',
      note: 'Lists for PAUD, SD and SMP; the number of the 2025 beban-kerja decree.',
    }),
  ],
};
