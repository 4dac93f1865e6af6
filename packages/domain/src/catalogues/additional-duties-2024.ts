import type { Catalogue } from './catalogue';
import type { AdditionalDuty } from './additional-duty';
import { SCHOOL_LEVELS, type SchoolLevel } from './school-levels';
import { gap, known, type Confidence, type Sourced } from './sourced';

const P15 = 'Permendikbud 15/2018';
const JP_SOURCE = 'domain.md §4.4; SCRIBD-RINCIANTT; PDFS-PIKET; CODE-TT2018';
const ALL = SCHOOL_LEVELS;
const SECONDARY: readonly SchoolLevel[] = ['smp', 'sma', 'smk'];
const SMK: readonly SchoolLevel[] = ['smk'];

function jp(hours: number | null): Sourced<number> {
  return hours === null
    ? gap({ source: 'not found — domain.md §4.4' })
    : known(hours, { source: JP_SOURCE, confidence: 'C' });
}

type Row = [
  code: string,
  name: string,
  levels: readonly SchoolLevel[],
  jp: number | null,
  e: Confidence,
];

// Items 1–5: PMM help centre [C]; 6+: Permendikbud 15/2018 list, presence in PMM [I] — domain.md §4.4.
const ROWS: readonly Row[] = [
  ['wakil_kepala_satuan_pendidikan', 'Wakil Kepala Satuan Pendidikan', SECONDARY, 12, 'C'],
  ['kepala_perpustakaan', 'Kepala Perpustakaan', ALL, 12, 'C'],
  ['ketua_program_keahlian', 'Ketua Program Keahlian', SMK, 12, 'C'],
  [
    'kepala_laboratorium',
    'Kepala laboratorium, bengkel, unit produksi/teaching factory',
    SECONDARY,
    12,
    'C',
  ],
  [
    'pembimbing_khusus',
    'Pembimbing khusus pada satuan pendidikan yang menyelenggarakan pendidikan inklusif/terpadu',
    ALL,
    null,
    'C',
  ],
  ['wali_kelas', 'Wali kelas', ALL, 2, 'I'],
  ['pembina_osis', 'Pembina OSIS', SECONDARY, 2, 'I'],
  ['pembina_ekstrakurikuler', 'Pembina ekstrakurikuler', ALL, 2, 'C'],
  ['koordinator_pkb_pkg', 'Koordinator PKB/PKG', ALL, null, 'I'],
  ['koordinator_bkk', 'Koordinator BKK', SMK, null, 'I'],
  ['guru_piket', 'Guru piket', ALL, 2, 'C'],
  ['ketua_lsp_p1', 'Ketua LSP-P1', SMK, null, 'I'],
  ['penilai_kinerja_guru', 'Penilai kinerja guru', ALL, null, 'I'],
  ['pengurus_organisasi_profesi_guru', 'Pengurus organisasi/asosiasi profesi guru', ALL, null, 'I'],
  ['tutor_pendidikan_jarak_jauh', 'Tutor pendidikan jarak jauh', ALL, null, 'I'],
];

/** Tugas tambahan offered in PMM 2024, by school level — domain.md §4.4. */
export const additionalDuties2024: Catalogue<AdditionalDuty> = {
  id: 'additional-duties-2024',
  version: '2024.1',
  title: { id: 'Tugas Tambahan 2024', en: 'Additional duties 2024' },
  sourceKeys: [
    'HC-TT24',
    '4845LAMPUNG',
    'ILMURAKYAT',
    'PERMENDIKBUD15',
    'AKBAR',
    'SCRIBD-RINCIANTT',
  ],
  items: ROWS.map(([code, name, schoolLevels, hours, confidence]) => ({
    code,
    name,
    schoolLevels,
    weeklyJp: jp(hours),
    legalBasis: P15,
    confidence,
    source: confidence === 'C' ? 'domain.md §4.4; HC-TT24' : 'domain.md §4.4; PERMENDIKBUD15',
  })),
  missing: [
    gap({
      source: 'not found — domain.md §4.4 (help-centre list truncated after item 5)',
      note: 'Items from Permendikbudristek 46/2023 Pasal 15 & 25 (e.g. anggota TPPK), Permendikbud 79/2015 Pasal 14 and Permendikbudristek 2/2022 Pasal 41.',
    }),
  ],
};
