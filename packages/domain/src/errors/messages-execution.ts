import type { LocalizedText } from '../i18n/locale';

/** Messages of execution documents, evidence files and the practice cycle — domain.md §3.4, §3.6, §2.3. */
export const executionMessages = {
  DOCUMENT_LOCKED: {
    id: 'Dokumen yang telah dikumpulkan atau dikirim tidak bisa diubah kembali.',
    en: 'A collected or sent document cannot be changed any more.',
  },
  DOCUMENT_EMPTY: {
    id: 'Dokumen masih kosong; simpan isinya terlebih dahulu.',
    en: 'The document is empty; save its content first.',
  },
  DOCUMENT_ACTION_NOT_FOR_KIND: {
    id: 'Tindakan "{action}" tidak berlaku untuk dokumen ini.',
    en: 'Action "{action}" does not apply to this document.',
  },
  DOCUMENT_KIND_NOT_IN_PERIOD: {
    id: 'Dokumen "{kind}" tidak digunakan pada periode ini.',
    en: 'Document "{kind}" is not used in this period.',
  },
  DOCUMENT_CONTENT_MISMATCH: {
    id: 'Isi dokumen tidak sesuai dengan jenis dokumen "{kind}".',
    en: 'The content does not match the document kind "{kind}".',
  },
  EVIDENCE_UPLOAD_NOT_ALLOWED: {
    id: 'Periode ini tidak memerlukan unggah bukti dukung.',
    en: 'This period does not take evidence uploads.',
  },
  EVIDENCE_NOT_PDF: {
    id: 'Dokumen yang diunggah harus berformat PDF.',
    en: 'The uploaded document must be a PDF.',
  },
  EVIDENCE_TOO_LARGE: {
    id: 'Ukuran dokumen maksimal {maxMb} MB.',
    en: 'The document may be at most {maxMb} MB.',
  },
  EVIDENCE_EMPTY_FILE: {
    id: 'Dokumen yang diunggah kosong.',
    en: 'The uploaded document is empty.',
  },
  CERTIFICATE_TOO_OLD: {
    id: 'Sertifikat harus diterbitkan mulai {date}.',
    en: 'The certificate must be issued on or after {date}.',
  },
  CERTIFICATE_ALREADY_USED: {
    id: 'Sertifikat ini sudah pernah digunakan pada periode Pengelolaan Kinerja sebelumnya.',
    en: 'This certificate was already used in an earlier performance period.',
  },
  CERTIFICATE_KIND_NOT_ACCEPTED: {
    id: 'Jenis bukti dukung "{kind}" tidak diterima untuk Rencana Hasil Kerja ini.',
    en: 'Evidence of kind "{kind}" is not accepted for this RHK.',
  },
  REFLECTION_EMPTY: {
    id: 'Isi refleksi hasil belajar terlebih dahulu.',
    en: 'Write your learning reflection first.',
  },
  CHECKLIST_EMPTY: {
    id: 'Centang minimal satu tugas pokok yang telah dilaksanakan.',
    en: 'Tick at least one main duty you have carried out.',
  },
  PRACTICE_STEP_OUT_OF_ORDER: {
    id: 'Langkah berikutnya adalah "{expected}".',
    en: 'The next step is "{expected}".',
  },
  PRACTICE_CYCLE_COMPLETED: {
    id: 'Siklus Praktik Kinerja sudah selesai.',
    en: 'The practice cycle is already complete.',
  },
} as const satisfies Record<string, LocalizedText>;
