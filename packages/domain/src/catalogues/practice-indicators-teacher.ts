import type { Catalogue } from './catalogue';
import {
  INSTRUKSI_PEMBELAJARAN_TARGETS,
  PENERAPAN_DISIPLIN_POSITIF_TARGETS,
  RUBRIC_SOURCE,
  type RubricTarget,
} from './practice-rubrics';
import { gap, known, type Confidence, type Sourced } from './sourced';

/** A Praktik Kinerja indicator (guru: Rapor Pendidikan D1; principal: D3) — domain.md §4.1, §4.2. */
export type PracticeIndicator = {
  readonly code: string;
  readonly order: number;
  readonly raporIndicator: 'D1' | 'D3';
  readonly name: Sourced<string>;
  readonly group: Sourced<string>;
  readonly description: Sourced<string>;
  readonly targets: Sourced<readonly RubricTarget[]>;
};

const TARGETS_NOT_FOUND = gap({
  source: 'not found — domain.md §4.1, §8.1',
  note: 'Target perilaku, dianjurkan and dihindari must be entered by an administrator.',
});
const SINGLE_SOURCE = 'domain.md Appendix A (single unofficial source, to be verified)';

type Row = [
  code: string,
  name: string,
  nameConfidence: Confidence,
  group: string,
  description: string,
];

// Names: domain.md §4.1 table; grouping under Rapor Pendidikan sub-dimensions is [I].
const ROWS: readonly Row[] = [
  [
    'keteraturan_suasana_kelas',
    'Keteraturan Suasana Kelas',
    'C',
    'Manajemen Kelas',
    'Menjaga kondisi kelas kondusif, meminimalkan gangguan belajar.',
  ],
  [
    'penerapan_disiplin_positif',
    'Penerapan Disiplin Positif',
    'C',
    'Manajemen Kelas',
    'Penerapan prinsip disiplin positif untuk mengelola perilaku dan kebiasaan kelas yang disepakati bersama agar kualitas lingkungan pembelajaran semakin meningkat.',
  ],
  [
    'perhatian_dan_kepedulian',
    'Perhatian dan Kepedulian',
    'S',
    'Dukungan Psikologis',
    'Kepekaan dan empati terhadap kondisi emosional dan kesejahteraan murid.',
  ],
  [
    'umpan_balik_konstruktif',
    'Umpan Balik Konstruktif',
    'S',
    'Dukungan Psikologis',
    'Informasi bermakna tentang kemajuan belajar.',
  ],
  [
    'ekspektasi_pada_peserta_didik',
    'Ekspektasi pada Peserta Didik',
    'S',
    'Dukungan Psikologis',
    'Harapan tinggi yang realistis terhadap semua murid.',
  ],
  [
    'aktivasi_interaktif',
    'Aktivasi Interaktif',
    'S',
    'Aktivasi Kognitif',
    'Keterlibatan aktif dan interaksi bermakna seluruh peserta didik.',
  ],
  [
    'instruksi_yang_adaptif',
    'Instruksi yang Adaptif',
    'S',
    'Aktivasi Kognitif',
    'Menyesuaikan strategi dengan respons dan kebutuhan murid.',
  ],
  [
    'instruksi_pembelajaran',
    'Instruksi Pembelajaran',
    'C',
    'Aktivasi Kognitif',
    'Penjelasan terstruktur yang memandu murid memahami, mengaplikasi dan merefleksikan pembelajaran sebagai implementasi pembelajaran mendalam.',
  ],
];

const FULL_RUBRICS: Readonly<Record<string, readonly RubricTarget[]>> = {
  penerapan_disiplin_positif: PENERAPAN_DISIPLIN_POSITIF_TARGETS,
  instruksi_pembelajaran: INSTRUKSI_PEMBELAJARAN_TARGETS,
};

function toIndicator(
  [code, name, confidence, group, description]: Row,
  index: number,
): PracticeIndicator {
  const rubric = FULL_RUBRICS[code];
  return {
    code,
    order: index + 1,
    raporIndicator: 'D1',
    name: known(name, { source: 'domain.md §4.1; BLOGPEND-8SUB; CODE-RUBRIC8', confidence }),
    group: known(group, { source: 'domain.md §4.1 (grouping inferred)', confidence: 'I' }),
    description: rubric
      ? known(description, { source: RUBRIC_SOURCE, confidence: 'C' })
      : known(description, { source: SINGLE_SOURCE, confidence: 'S' }),
    targets: rubric ? known(rubric, { source: RUBRIC_SOURCE, confidence: 'S' }) : TARGETS_NOT_FOUND,
  };
}

/** The eight guru sub-indicators of Rapor Pendidikan D1 — domain.md §4.1, Appendix A. */
export const teacherPracticeIndicators: Catalogue<PracticeIndicator> = {
  id: 'practice-indicators-teacher',
  version: '2024.1',
  title: {
    id: 'Sub Indikator Praktik Kinerja Guru (D1)',
    en: 'Teacher practice sub-indicators (D1)',
  },
  sourceKeys: ['BLOGPEND-8SUB', 'HC-PREN25', 'CODE-RUBRIC8', 'CODE-RUBRIC3', 'SEED1', 'SEED3'],
  items: ROWS.map(toIndicator),
  missing: [
    gap({
      source: 'not found — domain.md §4.1, §8.1',
      note: 'PAUD, Guru BK and SLB practice catalogues.',
    }),
  ],
};
