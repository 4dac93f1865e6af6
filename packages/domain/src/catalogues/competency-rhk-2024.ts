import type { Catalogue } from './catalogue';
import { gap, known, type Sourced } from './sourced';

/** Kinds of evidence accepted for a 2024 competency RHK — domain.md §3.4. */
export const EVIDENCE_KINDS = [
  'certificate',
  'surat_keterangan_selesai_topik',
  'relevant_document',
  'report',
] as const;

/** A kind of evidence document. */
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** A 2024 competency-development RHK with its static point value — domain.md §4.5. */
export type CompetencyRhk = {
  readonly code: string;
  readonly order: number;
  /** Completes "Meningkatnya kompetensi melalui peran sebagai …". */
  readonly role: string;
  readonly conversion: Sourced<string>;
  readonly evidenceKinds: Sourced<readonly EvidenceKind[]>;
  readonly points: Sourced<number>;
};

const SOURCE = 'domain.md §4.5; HC-POIN24; 123DOK-RHK';
const NOT_FOUND = 'not found — domain.md §4.5, §8.1';

function row(options: {
  code: string;
  order: number;
  role: string;
  conversion: string;
  evidenceKinds: readonly EvidenceKind[];
  points: number;
}): CompetencyRhk {
  const fact = { source: SOURCE, confidence: 'C' } as const;
  return {
    code: options.code,
    order: options.order,
    role: options.role,
    conversion: known(options.conversion, fact),
    evidenceKinds: known(options.evidenceKinds, fact),
    points: known(options.points, fact),
  };
}

/** 2024 competency RHKs (rows 1–5 known, row 6 partial, 7+ missing) — domain.md §4.5. */
export const competencyRhk2024: Catalogue<CompetencyRhk> = {
  id: 'competency-rhk-2024',
  version: '2024.1',
  title: {
    id: 'Rencana Hasil Kerja Pengembangan Kompetensi 2024',
    en: 'Competency development RHKs 2024',
  },
  sourceKeys: ['HC-POIN24', '123DOK-RHK', 'SEED4'],
  items: [
    row({
      code: 'pelatihan_mandiri',
      order: 1,
      role: 'Peserta pelatihan mandiri sesuai model kompetensi Guru/Kepala Sekolah/Pengawas',
      conversion: '1 pelatihan + Aksi Nyata',
      // Pelatihan Mandiri also accepts relevant documents and the Surat Keterangan Selesai Topik — SEED4.
      evidenceKinds: ['certificate', 'surat_keterangan_selesai_topik', 'relevant_document'],
      points: 8,
    }),
    row({
      code: 'observasi_praktik_pembelajaran',
      order: 2,
      role: 'Partisipan observasi praktik pembelajaran (persiapan, pelaksanaan, diskusi tindak lanjut) bersama rekan sejawat',
      conversion: '1 observasi sebagai pelaku dan pengamat secara bergantian',
      evidenceKinds: ['report'],
      points: 8,
    }),
    row({
      code: 'penggerak_komunitas_belajar',
      order: 3,
      role: 'Penggerak komunitas belajar dengan minimal 3 kegiatan berbagi praktik baik',
      conversion: '3 kegiatan',
      evidenceKinds: ['certificate'],
      points: 36,
    }),
    row({
      code: 'narasumber_berbagi_praktik_baik',
      order: 4,
      role: 'Narasumber berbagi praktik baik (Kurikulum Merdeka dan/atau Perencanaan Berbasis Data)',
      conversion: '1 kegiatan 2–3 jam',
      evidenceKinds: ['certificate'],
      points: 8,
    }),
    row({
      code: 'peserta_berbagi_praktik_baik',
      order: 5,
      role: 'Peserta berbagi praktik baik yang diselenggarakan komunitas belajar',
      conversion: '1 kegiatan 2–3 jam',
      evidenceKinds: ['certificate'],
      points: 4,
    }),
    {
      code: 'pelatihan_jangka_pendek_menengah',
      order: 6,
      role: 'Peserta program pelatihan dan pendidikan jangka pendek/menengah (kepemimpinan dan teknis, mis. Pendidikan Guru Penggerak)',
      conversion: gap({ source: NOT_FOUND, note: 'Row 6 is truncated in the source.' }),
      evidenceKinds: gap({ source: NOT_FOUND }),
      points: gap({ source: NOT_FOUND }),
    },
  ],
  missing: [gap({ source: NOT_FOUND, note: 'Rows 7+ of the RHK table are not retrievable.' })],
};
