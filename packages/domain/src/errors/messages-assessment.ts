import type { LocalizedText } from '../i18n/locale';

/** Messages of assessment, personal data and distribution checks — domain.md §3.2, §5. */
export const assessmentMessages = {
  ASSESSMENT_FINAL: {
    id: 'Penilaian sudah final dan tidak dapat diubah.',
    en: 'The assessment is final and cannot be changed.',
  },
  ASSESSMENT_RATINGS_REQUIRED: {
    id: 'Isi Rating Hasil Kerja dan Rating Perilaku Kerja sebelum menetapkan predikat.',
    en: 'Set both the work-result rating and the work-behaviour rating before fixing the predikat.',
  },
  ASSESSMENT_PLAN_NOT_APPROVED: {
    id: 'Penilaian Kinerja hanya untuk Perencanaan Kinerja yang sudah disetujui (disepakati).',
    en: 'Only an approved (agreed) plan can be assessed.',
  },
  ASSESSMENT_NOT_OPEN: {
    id: 'Penilaian Kinerja periode ini dibuka mulai {date}.',
    en: 'The assessment of this period opens on {date}.',
  },
  ASSESSMENT_CLOSED: {
    id: 'Penilaian Kinerja periode ini sudah ditutup pada {date}. Minta perpanjangan kepada Dinas Pendidikan bila masih perlu dinilai.',
    en: 'The assessment of this period closed on {date}. Ask the Dinas Pendidikan for an extension if it is still needed.',
  },
  ASSESSMENT_NEEDS_EARLIER_FINAL: {
    id: 'Tetapkan dahulu penilaian {document} sebelum menetapkan dokumen ini.',
    en: 'Set the {document} assessment first before setting this document.',
  },
  ASSESSMENT_DOCUMENT_NOT_IN_PERIOD: {
    id: 'Dokumen evaluasi "{document}" tidak ada pada periode ini; pilih salah satu dari: {allowed}.',
    en: 'Evaluation document "{document}" does not exist in this period; choose one of: {allowed}.',
  },
  RECOMMENDATION_EMPTY: {
    id: 'Isi rekomendasi terlebih dahulu.',
    en: 'Write the recommendation first.',
  },
  PERSONAL_DATA_ALREADY_EDITED: {
    id: 'Pembaruan data diri hanya bisa dilakukan satu kali.',
    en: 'Personal data can only be updated once.',
  },
  PERSONAL_DATA_NOT_EDITABLE: {
    id: 'Guru dengan status kepegawaian Non ASN tidak dapat melakukan pembaruan data diri.',
    en: 'Non-ASN teachers cannot update their personal data.',
  },
  PERSONAL_DATA_FIELD_NOT_EDITABLE: {
    id: 'Kolom "{field}" tidak dapat diubah untuk status kepegawaian {status}.',
    en: 'Field "{field}" cannot be changed for employment status {status}.',
  },
  PERSONAL_DATA_NO_CHANGES: {
    id: 'Pilih data diri yang ingin disesuaikan.',
    en: 'Choose the personal data you want to adjust.',
  },
  PERSONAL_DATA_INVALID_VALUE: {
    id: 'Nilai "{value}" tidak valid untuk kolom "{field}".',
    en: 'Value "{value}" is not valid for field "{field}".',
  },
  DISTRIBUTION_SHARE_ABOVE_MAX: {
    id: 'Proporsi {predikat} {share}% melebihi batas {limit}% untuk capaian organisasi {achievement}.',
    en: 'The share of {predikat} ({share}%) exceeds {limit}% for organisational achievement {achievement}.',
  },
  DISTRIBUTION_SHARE_BELOW_MIN: {
    id: 'Proporsi {predikat} {share}% di bawah minimal {limit}% untuk capaian organisasi {achievement}.',
    en: 'The share of {predikat} ({share}%) is below {limit}% for organisational achievement {achievement}.',
  },
  DISTRIBUTION_NOT_DOMINANT: {
    id: 'Sebagian besar pegawai seharusnya berpredikat {predikat} untuk capaian organisasi {achievement}.',
    en: 'Most employees should have predikat {predikat} for organisational achievement {achievement}.',
  },
  DISTRIBUTION_REQUIRED_MISSING: {
    id: 'Capaian organisasi {achievement} mengharuskan adanya pegawai berpredikat {predikat}.',
    en: 'Organisational achievement {achievement} requires some employees with predikat {predikat}.',
  },
} as const satisfies Record<string, LocalizedText>;
