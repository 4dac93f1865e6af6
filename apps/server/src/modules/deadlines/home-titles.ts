import {
  formatLongDate,
  PRACTICE_STEP_LABELS,
  messageFor,
  type HomeTodoCode,
  type PracticeState,
} from '@kinerja/domain';

/** What the home writes for a to-do: a title with its count, and what to do about it. */
export type TodoText = { title: string; description: string | null };

type TextInput = {
  count: number | null;
  practiceState?: PracticeState | null;
  dueOn?: string | null;
  /** The planning window's first day while it has not opened yet (Pra-Perencanaan). */
  opensOn?: string | null;
};

/** "Ajukan paling lambat …", or when the window is still ahead, when it opens and closes (§2.4). */
function submitBy({ dueOn, opensOn }: TextInput): string | null {
  if (!dueOn) return null;
  if (opensOn)
    return `Perencanaan Kinerja dibuka pada ${formatLongDate(opensOn)}; ajukan paling lambat ${formatLongDate(dueOn)}.`;
  return `Ajukan paling lambat ${formatLongDate(dueOn)}.`;
}

// The guides' labels (architecture.md §6): Perencanaan/Pelaksanaan/Penilaian Kinerja, Bukti Dukung,
// Siklus Peningkatan Kinerja, Rekomendasi, Tetapkan, Tim Kinerja.
const TEXTS: { readonly [C in HomeTodoCode]: (input: TextInput) => TodoText } = {
  plan_not_started: (input) => ({
    title: 'Mulai Perencanaan Kinerja',
    description: submitBy(input),
  }),
  plan_draft: (input) => ({
    title: 'Lengkapi dan ajukan Perencanaan Kinerja',
    description: submitBy(input),
  }),
  plan_returned: () => ({
    title: 'Perbaiki Perencanaan Kinerja yang dikembalikan',
    description: null,
  }),
  plan_submitted: () => ({ title: 'Perencanaan Kinerja menunggu persetujuan', description: null }),
  plan_blocked: () => ({
    title: messageFor('SUPERVISOR_NOT_FOUND'),
    description: messageFor('SUPERVISOR_NOT_FOUND_HINT'),
  }),
  plan_approved: () => ({ title: 'Perencanaan Kinerja disetujui', description: null }),
  // 2026 locks planning after its window (domain.md §2.4); only the Dinas or an admin extends it.
  plan_closed: ({ dueOn }) => ({
    title: 'Perencanaan Kinerja sudah ditutup',
    description: `${dueOn ? `Batas waktunya ${formatLongDate(dueOn)}. ` : ''}Perpanjangan tenggat hanya dapat diberikan oleh Dinas Pendidikan atau Admin; hubungi Dinas Pendidikan Anda.`,
  }),
  // 2024: the deadline was only advised ("dianjurkan") — a late plan is still taken (domain.md §2.4).
  plan_late: ({ dueOn }) => ({
    title: 'Perencanaan Kinerja terlambat',
    description: `${dueOn ? `Batas waktu yang dianjurkan, ${formatLongDate(dueOn)}, sudah lewat. ` : ''}Susun dan ajukan Perencanaan Kinerja Anda secepatnya, lalu beri tahu atasan Anda.`,
  }),
  evidence_to_collect: ({ count }) => ({
    title: `${count ?? 0} Bukti Dukung belum dikumpulkan`,
    description: 'Unggah lalu Kumpulkan setiap Bukti Dukung di Pelaksanaan Kinerja.',
  }),
  documents_to_send: ({ count }) => ({
    title: `${count ?? 0} dokumen Pelaksanaan Kinerja belum dikirim`,
    description:
      'Isi lalu kirim Dokumen Pengembangan Kompetensi dan Dokumen Pelaksanaan Tugas Pokok.',
  }),
  practice_step: ({ practiceState }) => {
    const step =
      PRACTICE_STEP_LABELS[
        practiceState && practiceState !== 'completed' ? practiceState : 'preparation_discussion'
      ];
    return {
      title: 'Lanjutkan Siklus Peningkatan Kinerja',
      description: `Langkah berikutnya: ${step.letter}. ${step.id}.`,
    };
  },
  assessment_waiting: () => ({
    title: 'Penilaian Kinerja menunggu atasan',
    description: 'Predikat kinerja Anda belum ditetapkan.',
  }),
  result_ready: () => ({
    title: 'Hasil Penilaian Kinerja sudah ditetapkan',
    description: 'Lihat predikat Anda dan unduh Dokumen Evaluasi Kinerja.',
  }),
  plans_to_approve: ({ count }) => ({
    title: `${count ?? 0} Perencanaan Kinerja perlu disetujui`,
    description: null,
  }),
  cycles_to_lead: ({ count }) => ({
    title: `${count ?? 0} guru menunggu langkah Siklus dari Anda`,
    description:
      'Diskusi Persiapan, Observasi Kinerja, Diskusi Tindak Lanjut atau Refleksi Tindak Lanjut.',
  }),
  documents_to_confirm: ({ count }) => ({
    title: `${count ?? 0} Dokumen Pelaksanaan Tugas Pokok perlu dikonfirmasi`,
    description: null,
  }),
  assessments_to_do: ({ count }) => ({
    title: `${count ?? 0} guru perlu dinilai`,
    description: 'Pilih rating, lalu Tetapkan predikat kinerjanya.',
  }),
  principal_cycles_to_lead: ({ count }) => ({
    title: `${count ?? 0} Kepala Sekolah menunggu observasi dari Anda`,
    description: 'Langkah Siklus Peningkatan Kinerja yang dipimpin Pengawas.',
  }),
  principal_documents_to_confirm: ({ count }) => ({
    title: `${count ?? 0} Dokumen Pelaksanaan Tugas Pokok Kepala Sekolah perlu dikonfirmasi`,
    description: null,
  }),
  recommendations_to_send: ({ count }) => ({
    title: `${count ?? 0} Kepala Sekolah menunggu Rekomendasi Anda`,
    description: 'Kirim Rekomendasi kepada Pejabat Penilai Kinerja sebelum predikat ditetapkan.',
  }),
  principal_plans_to_approve: ({ count }) => ({
    title: `${count ?? 0} Perencanaan Kinerja Kepala Sekolah perlu disetujui`,
    description: null,
  }),
  plans_without_supervisor: ({ count }) => ({
    title: `${count ?? 0} Perencanaan Kinerja tanpa atasan`,
    description:
      'Sekolahnya belum memiliki Kepala Sekolah atau Plt pada periode ini, sehingga tidak ada yang dapat menyetujui.',
  }),
  principal_assessments_to_do: ({ count }) => ({
    title: `${count ?? 0} Kepala Sekolah perlu dinilai`,
    description: 'Pilih rating, lalu Tetapkan predikat kinerjanya.',
  }),
  staff_without_supervisor: ({ count }) => ({
    title: `${count ?? 0} guru: data atasan tidak ditemukan`,
    description:
      'Sekolah belum memiliki Kepala Sekolah pada periode ini. Perbarui data Kepala Sekolah lewat Impor Data Dapodik.',
  }),
  tim_kinerja_to_plot: ({ count }) => ({
    title: `${count ?? 0} guru belum memiliki Tim Kinerja`,
    description: 'Plotting Tim Kinerja dilakukan pada tahap Pra-Perencanaan.',
  }),
  roster_import: () => ({
    title: 'Impor Data Dapodik',
    description: 'Perbarui data guru dan Kepala Sekolah dari Dapodik.',
  }),
  results_not_sent: ({ count }) => ({
    title: `${count ?? 0} hasil penilaian belum terkirim ke e-Kinerja`,
    description:
      // The export is the Dinas' (grants.ts export.region): the operator's page has none to offer.
      'Periksa status pengirimannya di halaman e-Kinerja. Bila sekolah belum tersambung, Dinas Pendidikan mengunduh berkas ekspornya untuk diunggah ke e-Kinerja BKN.',
  }),
  outbox_failures: ({ count }) => ({
    title: `${count ?? 0} pengiriman ke e-Kinerja gagal`,
    description: 'Periksa pesan kesalahannya lalu kirim ulang.',
  }),
  period_windows_to_confirm: ({ count }) => ({
    title: `${count ?? 0} periode dengan tanggal bawaan`,
    description:
      'Tanggal tahapannya masih perkiraan Kinerja. Periksa dan simpan di halaman Periode sebelum periode dibuka.',
  }),
  national_view: () => ({
    title: 'Dasbor Kinerja nasional',
    description: 'Progres Perencanaan, Pelaksanaan dan Penilaian Kinerja per provinsi.',
  }),
};

/** The title and description of a to-do. */
export function todoText(code: HomeTodoCode, input: TextInput): TodoText {
  return TEXTS[code](input);
}
