import type { PlanChoices } from '../planning-support.js';
import { TAB } from '../planning-support.js';
import type { ExecutionTexts } from '../assessment-support.js';

// What the people of "a year in the life" 2026 choose and write (catalogue texts of rule set 2026;
// see planning-cycle.test.ts for the plan page itself).

/** The stages' clock (rule set 2026, domain.md §2.4): the server restarts on the same data. */
export const CLOCK = {
  praPerencanaan: '2026-01-05T09:00:00+07:00',
  perencanaan: '2026-01-20T09:00:00+07:00',
  pelaksanaan: '2026-06-15T09:00:00+07:00',
  penilaian: '2026-12-07T09:00:00+07:00',
} as const;

/** Andi's 2026 plan through the tabs. */
export const ANDI_PLAN: PlanChoices = {
  tabs: [
    TAB.prePlanning,
    TAB.mainDuties,
    TAB.practice,
    TAB.competency,
    TAB.workBehaviour,
    TAB.summary,
  ],
  mainDuties: {
    duties: ['Merencanakan pembelajaran', 'Melaksanakan pembelajaran'],
    focus: 'Melaksanakan pembelajaran',
    additional: 'Wali Kelas',
    sk: 'SK 800/012/SMAN1/2026',
  },
  practice: { first: 'Aktivasi Interaktif', revised: 'Aktivasi Interaktif' },
  competency: { indicator: '[Contoh demo] Memperdalam materi ajar sesuai kurikulum' },
  behaviours: {
    'Berorientasi Pelayanan': 'Ramah, cekatan, solutif, dan dapat diandalkan',
    Akuntabel:
      'Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan berintegritas tinggi',
    Kompeten: 'Membantu orang lain belajar',
    Harmonis: 'Suka menolong orang lain',
    Loyal: 'Menjaga nama baik sesama ASN, Pimpinan, Instansi, dan Negara',
    Adaptif: 'Terus berinovasi dan mengembangkan kreativitas',
    Kolaboratif: 'Terbuka dalam bekerja sama untuk menghasilkan nilai tambah',
  },
  agreedExpectation: (value) => `Disepakati bersama Kepala Sekolah untuk ${value}`,
};

/**
 * The plan of the other teachers (PPPK, non-ASN, the SD's and SMP's, the Plts as pegawai): Andi's
 * choices without a Tugas Tambahan, which every jenjang may leave empty.
 */
export const TEACHER_PLAN: PlanChoices = {
  ...ANDI_PLAN,
  mainDuties: { duties: ANDI_PLAN.mainDuties!.duties, focus: 'Melaksanakan pembelajaran' },
};

/** The principal's own 2026 plan: the principal's catalogues (domain.md §3.8, §4.2). */
export const PRINCIPAL_PLAN: PlanChoices = {
  ...ANDI_PLAN,
  mainDuties: {
    duties: [
      'Melaksanakan tugas manajerial satuan pendidikan',
      'Melaksanakan supervisi kepada guru dan tenaga kependidikan',
    ],
    focus: 'Melaksanakan tugas manajerial satuan pendidikan',
  },
  practice: {
    first: 'Presentasi Visi-Misi Satuan Pendidikan',
    revised: 'Presentasi Visi-Misi Satuan Pendidikan',
  },
  competency: { indicator: '[Contoh demo] Memimpin pembelajaran berbasis data Rapor Pendidikan' },
  agreedExpectation: (value) => `Disepakati bersama Pejabat Penilai Kinerja untuk ${value}`,
};

/** What the teachers, principal and pengawas write during Pelaksanaan 2026. */
export const TEXTS: ExecutionTexts = {
  reflection: 'Pelatihan asesmen formatif membantu saya memberi umpan balik.',
  accountabilityNote: 'Dokumen akuntabilitas tersedia di sekolah.',
  scheduledDate: '2026-06-15',
  actionDate: '2026-06-15',
  observationNote: 'Aturan kelas disepakati bersama murid.',
  followUp: 'Terapkan restitusi pada dua kelas.',
  practiceReflection: 'Murid lebih tertib setelah kesepakatan kelas.',
  comment: 'Konsisten; lanjutkan.',
};

/** The pengawas' Rekomendasi for the principal (Tim Kinerja, domain.md §1.2). */
export const RECOMMENDATION =
  'Observasi menunjukkan kepemimpinan pembelajaran yang konsisten; layak Baik.';
