import type { LocalizedText } from '../i18n/locale';

/** Messages of plan validation, the plan state machine and RHK changes — domain.md §3.3–3.7. */
export const planMessages = {
  PLAN_HAS_PROBLEMS: {
    id: 'Perencanaan Kinerja belum lengkap. Periksa kembali setiap tab.',
    en: 'The performance plan is incomplete. Check every tab again.',
  },
  PLAN_LOCKED_USE_RHK_CHANGE: {
    id: 'Perencanaan yang sudah disetujui hanya dapat diubah melalui "Ubah Rencana Hasil Kerja".',
    en: 'An approved plan can only be changed through "Ubah Rencana Hasil Kerja" (change RHK).',
  },
  PLAN_DRAFT_MISMATCH: {
    id: 'Periode, jenis pegawai, dan jenjang pada draf tidak sesuai dengan Perencanaan Kinerja ini.',
    en: 'The period, employee kind and school level of the draft do not match this plan.',
  },
  PLANNING_LOCKED_OUT: {
    id: 'Batas waktu Perencanaan Kinerja telah berakhir pada {date}; akun terkunci untuk periode ini.',
    en: 'The planning deadline passed on {date}; the account is locked out for this period.',
  },
  PLANNING_NOT_OPEN: {
    id: 'Perencanaan Kinerja periode ini dibuka mulai {date}.',
    en: 'Planning for this period opens on {date}.',
  },
  PLANNING_NOT_OPEN_PRINCIPAL: {
    id: 'Perencanaan Kinerja Kepala Sekolah sebagai Pegawai periode ini dibuka mulai {date}.',
    en: 'Planning of a principal as employee opens on {date} in this period.',
  },
  PLANNING_WAITS_FOR_SUPERVISOR_EXECUTION: {
    id: 'Perencanaan Kinerja periode ini baru dapat dimulai setelah Kepala Sekolah (atasan Anda) memulai Pelaksanaan Kinerja periode ini. Hubungi Kepala Sekolah Anda.',
    en: 'Planning for this period can start once your principal (your atasan) has started Pelaksanaan Kinerja of this period. Contact your principal.',
  },
  PERSONAL_DATA_NOT_CONFIRMED: {
    id: 'Periksa Data Diri Anda lalu klik "Data sudah sesuai" (atau "Edit" lalu "Simpan") sebelum mengajukan perencanaan.',
    en: 'Check your personal data and click "Data sudah sesuai" (or "Edit", then "Simpan") before submitting the plan.',
  },
  PRE_PLANNING_NOT_CONFIRMED: {
    id: 'Pastikan Data Diri, Tim Kinerja, dan Pejabat Penilai Kinerja sudah sesuai, lalu klik "Simpan".',
    en: 'Confirm your personal data, Tim Kinerja and assessor, then click "Simpan" (save).',
  },
  MAIN_DUTIES_REQUIRED: {
    id: 'Pilih tugas pokok yang Anda laksanakan.',
    en: 'Select the main duties you carry out.',
  },
  MAIN_DUTIES_FOCUS_REQUIRED: {
    id: 'Pilih satu tugas pokok sebagai fokus utama.',
    en: 'Select one main duty as your main focus.',
  },
  MAIN_DUTIES_FOCUS_NOT_SELECTED: {
    id: 'Tugas pokok yang menjadi fokus harus termasuk tugas pokok yang dipilih.',
    en: 'The focus main duty must be one of the selected main duties.',
  },
  PRACTICE_EXACTLY_ONE: {
    id: 'Pilih tepat satu sub indikator Praktik Kinerja.',
    en: 'Select exactly one practice sub-indicator.',
  },
  COMPETENCY_POINTS_BELOW_MIN: {
    id: 'Total poin Pengembangan Kompetensi {total}; minimal {min} poin.',
    en: 'Competency development totals {total} points; at least {min} are required.',
  },
  COMPETENCY_POINTS_ABOVE_RECOMMENDED: {
    id: 'Total poin {total} melebihi rentang yang dianjurkan ({min}–{max} poin per semester).',
    en: 'The total of {total} points exceeds the recommended range ({min}–{max} points per semester).',
  },
  COMPETENCY_ACTIVITY_COUNT_ABOVE_MAX: {
    id: 'Kegiatan "{activity}" direncanakan {count} kali; paling banyak {max} kali per semester.',
    en: 'Activity "{activity}" is planned {count} times; at most {max} per semester.',
  },
  COMPETENCY_RHK_POINTS_UNKNOWN: {
    id: 'Poin untuk Rencana Hasil Kerja "{code}" belum diisi administrator; pilih RHK lain.',
    en: 'The points of RHK "{code}" have not been filled in by an administrator; choose another RHK.',
  },
  COMPETENCY_RHK_NOT_APPLICABLE: {
    id: 'Periode ini tidak memakai Rencana Hasil Kerja berpoin.',
    en: 'This period does not use point-based RHKs.',
  },
  COMPETENCY_EXACTLY_ONE_INDICATOR: {
    id: 'Pilih tepat satu indikator Pengembangan Kompetensi.',
    en: 'Select exactly one competency development indicator.',
  },
  COMPETENCY_INDICATOR_NOT_APPLICABLE: {
    id: 'Periode ini memakai Rencana Hasil Kerja berpoin, bukan indikator kompetensi.',
    en: 'This period uses point-based RHKs, not competency indicators.',
  },
  ADDITIONAL_DUTY_NOT_FOR_SCHOOL_LEVEL: {
    id: 'Tugas tambahan "{name}" tidak tersedia untuk jenjang {schoolLevel}.',
    en: 'Additional duty "{name}" is not available for school level {schoolLevel}.',
  },
  ADDITIONAL_DUTY_NOT_FOR_PRINCIPAL: {
    id: 'Kepala Sekolah tidak memilih tugas tambahan; hapus "{name}".',
    en: 'A principal does not choose additional duties; remove "{name}".',
  },
  ADDITIONAL_DUTY_SK_REQUIRED: {
    id: 'Isi nomor SK / Surat Tugas untuk tugas tambahan "{name}".',
    en: 'Enter the decree (SK) / assignment letter number for additional duty "{name}".',
  },
  MAIN_DUTY_UNKNOWN: {
    id: 'Tugas pokok "{code}" tidak ada dalam katalog.',
    en: 'Main duty "{code}" is not in the catalogue.',
  },
  PRACTICE_INDICATOR_UNKNOWN: {
    id: 'Sub indikator Praktik Kinerja "{code}" tidak ada dalam katalog.',
    en: 'Practice sub-indicator "{code}" is not in the catalogue.',
  },
  COMPETENCY_RHK_UNKNOWN: {
    id: 'Rencana Hasil Kerja "{code}" tidak ada dalam katalog.',
    en: 'RHK "{code}" is not in the catalogue.',
  },
  COMPETENCY_INDICATOR_UNKNOWN: {
    id: 'Indikator kompetensi "{code}" tidak ada dalam katalog.',
    en: 'Competency indicator "{code}" is not in the catalogue.',
  },
  ADDITIONAL_DUTY_UNKNOWN: {
    id: 'Tugas tambahan "{code}" tidak ada dalam katalog.',
    en: 'Additional duty "{code}" is not in the catalogue.',
  },
  WORK_BEHAVIOUR_UNKNOWN: {
    id: 'Perilaku "{code}" bukan bagian dari nilai "{value}".',
    en: 'Behaviour "{code}" does not belong to the value "{value}".',
  },
  DUPLICATE_CODE: {
    id: 'Kode "{code}" dipilih lebih dari sekali.',
    en: 'Code "{code}" is selected more than once.',
  },
  WORK_BEHAVIOUR_VALUE_REQUIRED: {
    id: 'Pilih satu perilaku untuk nilai "{value}".',
    en: 'Select one behaviour for the value "{value}".',
  },
  WORK_BEHAVIOUR_MIN_VALUES: {
    id: 'Pilih perilaku pada minimal {min} nilai BerAKHLAK.',
    en: 'Select a behaviour for at least {min} BerAKHLAK values.',
  },
  SUPERVISOR_EXPECTATION_REQUIRED: {
    id: 'Isi Ekspektasi Khusus Pimpinan untuk nilai "{value}".',
    en: 'Fill in the supervisor expectation for the value "{value}".',
  },
  RHK_CHANGE_NOT_ALLOWED: {
    id: 'Periode ini tidak menyediakan fitur Ubah Rencana Hasil Kerja.',
    en: 'This period does not offer changing RHKs.',
  },
  RHK_CHANGE_PLAN_NOT_APPROVED: {
    id: 'Rencana Hasil Kerja hanya dapat diubah setelah Perencanaan Kinerja disetujui.',
    en: 'RHKs can only be changed after the plan has been approved.',
  },
  RHK_CHANGE_WINDOW_CLOSED: {
    id: 'Rencana Hasil Kerja hanya dapat diubah sebelum periode penilaian dimulai ({date}).',
    en: 'RHKs can only be changed before the assessment window starts ({date}).',
  },
  RHK_CHANGE_DISCUSSION_REQUIRED: {
    id: 'Centang dan klik "Sudah diskusi" setelah berdiskusi dengan atasan.',
    en: 'Tick and click "Sudah diskusi" once you have discussed the change with your supervisor.',
  },
  RHK_CHANGE_CATEGORY_NOT_ALLOWED: {
    id: 'Bagian "{category}" tidak dapat diubah pada periode ini.',
    en: 'Section "{category}" cannot be changed in this period.',
  },
  RHK_CHANGE_EMPTY: {
    id: 'Tidak ada perubahan Rencana Hasil Kerja.',
    en: 'No RHK was changed.',
  },
} as const satisfies Record<string, LocalizedText>;
