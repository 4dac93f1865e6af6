import type { LocalizedText } from '../i18n/locale';

/** Messages of the steps of the Siklus Peningkatan Kinerja — domain.md §2.3, §3.6, §3.8. */
export const practiceMessages = {
  PRACTICE_STEP_NOT_REACHED: {
    id: 'Langkah "{step}" belum dapat diisi; langkah berikutnya adalah "{expected}".',
    en: 'Step "{step}" cannot be filled yet; the next step is "{expected}".',
  },
  PRACTICE_MODUL_AJAR_NOT_FOR_KIND: {
    id: 'Modul Ajar hanya untuk observasi kelas guru; observasi Kepala Sekolah adalah observasi praktik kepemimpinan.',
    en: "A Modul Ajar belongs to a teacher's classroom observation; a principal is observed leading.",
  },
  PRACTICE_STEP_FINISHED: {
    id: 'Langkah "{step}" sudah selesai dan tidak dapat diubah.',
    en: 'Step "{step}" is finished and cannot be changed.',
  },
  PRACTICE_OBSERVER_NOT_FOUND: {
    id: 'Pengawas (Tim Kinerja) yang mengobservasi Kepala Sekolah belum ditetapkan. Hubungi Dinas Pendidikan.',
    en: 'No school inspector (Tim Kinerja) is assigned to observe the principal yet. Contact the Education Office.',
  },
  PRACTICE_FOCUS_UNKNOWN: {
    id: 'Perilaku fokus "{code}" bukan target perilaku dari sub-indikator Praktik Kinerja Anda.',
    en: 'Focus behaviour "{code}" is not a target behaviour of your practice sub-indicator.',
  },
  PRACTICE_CUSTOM_FOCUS_NOT_ALLOWED: {
    id: 'Sub-indikator ini sudah memiliki target perilaku; pilih perilaku fokus dari daftar target perilaku.',
    en: 'This sub-indicator has target behaviours; pick the focus behaviours from that list.',
  },
  PRACTICE_FOCUS_REQUIRED: {
    id: 'Pilih minimal satu perilaku fokus yang akan diobservasi.',
    en: 'Choose at least one focus behaviour to observe.',
  },
  PRACTICE_SCHEDULE_REQUIRED: {
    id: 'Isi tanggal dan jam jadwal observasi.',
    en: 'Fill in the date and time of the observation.',
  },
  PRACTICE_SCHEDULE_OUTSIDE_EXECUTION: {
    id: 'Jadwal observasi harus di antara {start} dan {end} (tahap Pelaksanaan Kinerja).',
    en: 'The observation must be scheduled between {start} and {end} (execution stage).',
  },
  PRACTICE_PREPARATION_TEXT_REQUIRED: {
    id: 'Isi kolom "{label}".',
    en: 'Fill in "{label}".',
  },
  PRACTICE_ITEM_UNKNOWN: {
    id: 'Perilaku "{code}" tidak termasuk perilaku yang diobservasi pada siklus ini.',
    en: 'Behaviour "{code}" is not one of the behaviours observed in this cycle.',
  },
  PRACTICE_OBSERVATION_INCOMPLETE: {
    id: 'Masih ada {missing} perilaku yang belum dinilai; nilai semua perilaku sebelum menyelesaikan observasi.',
    en: '{missing} behaviours are not rated yet; rate every behaviour before finishing the observation.',
  },
  PRACTICE_FOLLOW_UP_REQUIRED: {
    id: 'Tuliskan tindak lanjut yang disepakati.',
    en: 'Write the agreed follow-up.',
  },
  PRACTICE_FOLLOW_UP_NOT_ACKNOWLEDGED: {
    id: 'Konfirmasi terlebih dahulu bahwa Anda telah membaca hasil Diskusi Tindak Lanjut.',
    en: 'First confirm that you have read the follow-up discussion.',
  },
  PRACTICE_ALREADY_ACKNOWLEDGED: {
    id: 'Hasil Diskusi Tindak Lanjut sudah Anda konfirmasi.',
    en: 'You have already confirmed the follow-up discussion.',
  },
  PRACTICE_ACTIONS_REQUIRED: {
    id: 'Catat minimal satu upaya tindak lanjut.',
    en: 'Log at least one follow-up action.',
  },
  PRACTICE_ACTION_DATE_OUTSIDE: {
    id: 'Tanggal upaya tindak lanjut harus di antara {start} dan {end}.',
    en: 'The date of a follow-up action must be between {start} and {end}.',
  },
  PRACTICE_REFLECTION_REQUIRED: {
    id: 'Tuliskan refleksi tindak lanjut Anda.',
    en: 'Write your follow-up reflection.',
  },
  PRACTICE_REFLECTION_SUBMITTED: {
    id: 'Refleksi tindak lanjut sudah dikirim dan tidak dapat diubah.',
    en: 'The follow-up reflection has been sent and cannot be changed.',
  },
  PRACTICE_REFLECTION_NOT_SUBMITTED: {
    id: 'Siklus dapat diselesaikan setelah pegawai mengirim refleksi tindak lanjut.',
    en: 'The cycle can be finished once the employee has sent the follow-up reflection.',
  },
  PRACTICE_COMMENT_REQUIRED: {
    id: 'Tuliskan komentar atas refleksi tindak lanjut.',
    en: 'Write a comment on the follow-up reflection.',
  },
} as const satisfies Record<string, LocalizedText>;
