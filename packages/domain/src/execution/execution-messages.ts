import type { LocalizedText } from '../i18n/locale';

/** Messages of the Pelaksanaan gate and the written documents of 2025+ — domain.md §2.4, §3.6, §3.7. */
export const executionWindowMessages = {
  PLAN_NOT_APPROVED: {
    id: 'Pelaksanaan Kinerja dapat dimulai setelah Perencanaan Kinerja disetujui.',
    en: 'Execution can start once the performance plan is approved.',
  },
  EXECUTION_NOT_OPEN: {
    id: 'Pelaksanaan Kinerja periode ini dibuka mulai {date}.',
    en: 'Execution for this period opens on {date}.',
  },
  EXECUTION_CLOSED: {
    id: 'Pelaksanaan Kinerja periode ini sudah ditutup pada {date}.',
    en: 'Execution for this period closed on {date}.',
  },
  REFLECTION_TOO_LONG: {
    id: 'Refleksi hasil belajar paling panjang {max} karakter.',
    en: 'The learning reflection may be at most {max} characters long.',
  },
  MAIN_DUTY_NOT_IN_PLAN: {
    id: 'Tugas pokok "{code}" tidak ada dalam Perencanaan Kinerja Anda.',
    en: 'Main duty "{code}" is not in your performance plan.',
  },
  ACCOUNTABILITY_NOT_SENT: {
    id: 'Ketersediaan dokumen akuntabilitas dikonfirmasi setelah Dokumen Pelaksanaan Tugas Pokok dikirim ke atasan.',
    en: 'The accountability documents are confirmed after the main-duties document is sent.',
  },
  ACCOUNTABILITY_ALREADY_CONFIRMED: {
    id: 'Ketersediaan dokumen akuntabilitas sudah dikonfirmasi.',
    en: 'The accountability documents are already confirmed.',
  },
} as const satisfies Record<string, LocalizedText>;
