/** One target behaviour of a practice indicator with 3 recommended and 3 to-avoid behaviours. */
export type RubricTarget = {
  readonly code: string;
  readonly text: string;
  readonly recommended: readonly string[];
  readonly avoided: readonly string[];
};

const APPENDIX_A = 'domain.md Appendix A; CODE-RUBRIC3; BLOGPEND-8SUB';

/** Source keys of the two full rubrics. */
export const RUBRIC_SOURCE = APPENDIX_A;

/** Rubric of "Instruksi Pembelajaran" — domain.md Appendix A. */
export const INSTRUKSI_PEMBELAJARAN_TARGETS: readonly RubricTarget[] = [
  {
    code: 'instruksi_pembelajaran_1',
    text: 'Guru mengajukan pertanyaan yang menstimulasi proses diskusi dan berpikir kritis',
    recommended: [
      'pertanyaan terbuka untuk memancing diskusi dan berpikir kritis',
      'pertanyaan yang mengaitkan konsep yang dipelajari dengan konsep sebelumnya',
      'pertanyaan yang meminta peserta didik membandingkan dua konsep yang berbeda',
    ],
    avoided: [
      'pertanyaan hanya untuk menguji pemahaman',
      'pertanyaan yang meminta peserta didik mengulang konsep yang disampaikan',
      'menghakimi jawaban sehingga peserta didik lain ragu menjawab',
    ],
  },
  {
    code: 'instruksi_pembelajaran_2',
    text: 'Guru memfasilitasi kegiatan pembelajaran yang memberi peran pada semua peserta didik',
    recommended: [
      'memotivasi semua peserta didik berperan aktif',
      'menyediakan peran dalam kelompok agar semua anggota mendapat peran',
      'memberi dukungan dan kesempatan pada peserta didik yang pasif',
    ],
    avoided: [
      'membiarkan peserta didik membuat dan membagi peran sendiri',
      'menyediakan peran terbatas sehingga sebagian tidak mendapat peran',
      'membiarkan sebagian peserta didik dominan',
    ],
  },
  {
    code: 'instruksi_pembelajaran_3',
    text: 'Guru memfasilitasi terjadinya diskusi kelompok yang interaktif, kritis dan inklusif',
    recommended: [
      'memotivasi peserta didik menyampaikan pendapat secara terbuka',
      'membentuk kelompok dengan beragam kemampuan dan minat',
      'berkeliling kelas membimbing kelompok',
    ],
    avoided: [
      'hanya duduk di depan membiarkan kelompok berdiskusi sendiri',
      'membiarkan peserta didik membentuk kelompok sesuka hati',
      'mengabaikan atau melarang perbedaan pendapat',
    ],
  },
];

/** Rubric of "Penerapan Disiplin Positif" — domain.md Appendix A. */
export const PENERAPAN_DISIPLIN_POSITIF_TARGETS: readonly RubricTarget[] = [
  {
    code: 'penerapan_disiplin_positif_1',
    text: 'Guru melakukan refleksi dinamika kelas untuk menerapkan kesepakatan kelas',
    recommended: [
      'mengajak refleksi dinamika kelas secara terbuka',
      'bersedia mendengarkan pandangan peserta didik tentang dinamika kelas',
      'adaptif menyesuaikan pendekatan kedisiplinan',
    ],
    avoided: [
      'mengabaikan pendapat peserta didik tentang apa yang terjadi di kelas',
      'defensif menyikapi umpan balik peserta didik',
      'menerapkan hukuman fisik',
    ],
  },
  {
    code: 'penerapan_disiplin_positif_2',
    text: 'Guru melakukan penguatan positif terhadap perilaku yang sesuai atau mendukung kesepakatan kelas',
    recommended: [
      'segera memberi pengakuan atas perilaku yang sesuai kesepakatan',
      'penguatan positif dengan cara beragam',
      'mengakui perilaku positif secara spesifik dengan alasannya',
    ],
    avoided: [
      'tidak konsisten, hanya pada peserta didik tertentu',
      'mengabaikan perilaku positif karena fokus pada yang negatif',
      'penguatan perilaku yang tidak bermanfaat bagi kelas',
    ],
  },
  {
    code: 'penerapan_disiplin_positif_3',
    text: 'Guru melakukan restitusi untuk membantu peserta didik menyadari konsekuensi dan memperbaiki perilaku melanggarnya',
    recommended: [
      'sabar membantu menyadari konsekuensi',
      'mendengarkan sudut pandang peserta didik',
      'mendukung perbaikan perilaku',
    ],
    avoided: [
      'langsung menghukum tanpa upaya perbaikan',
      'kehilangan kesabaran',
      'meminta tenang tanpa restitusi',
    ],
  },
];
