import type { LocalizedText } from '../i18n/locale';

/** Messages of 2024 evidence slots, Bukti Karya and RHK changes — domain.md §3.4. */
export const evidenceMessages = {
  CERTIFICATE_ALREADY_USED_IN_PERIOD: {
    id: 'Sertifikat ini sudah digunakan sebagai bukti dukung pada periode {period}. Sertifikat yang sama tidak dapat digunakan lagi; unggah sertifikat lain.',
    en: 'This certificate was already used as evidence in period {period}. The same certificate cannot be used again; upload another one.',
  },
  EVIDENCE_REUSED_FROM_EARLIER_PERIOD: {
    id: 'Dokumen ini {match} bukti dukung yang sudah dikumpulkan pada periode {period} untuk "{rhk}" (diunggah {uploadedOn}). Bukti dukung dari periode sebelumnya tidak dapat digunakan lagi; unggah dokumen lain.',
    en: 'This document {match} evidence already collected in period {period} for "{rhk}" (uploaded {uploadedOn}). Evidence from an earlier period cannot be used again; upload another document.',
  },
  EVIDENCE_REUSED_IN_THIS_PERIOD: {
    id: 'Dokumen ini {match} bukti dukung "{rhk}" pada periode ini (diunggah {uploadedOn}). Satu dokumen hanya dapat menjadi bukti dukung satu Rencana Hasil Kerja; unggah dokumen lain.',
    en: 'This document {match} the evidence of "{rhk}" in this period (uploaded {uploadedOn}). One document can support only one RHK; upload another document.',
  },
  CERTIFICATE_DATED_IN_FUTURE: {
    id: 'Tanggal terbit {date} belum terjadi (hari ini {today}). Isi tanggal terbit sesuai yang tertulis pada dokumen.',
    en: 'The issue date {date} is in the future (today is {today}). Enter the issue date printed on the document.',
  },
  EVIDENCE_SLOT_SUPERSEDED: {
    id: 'Rencana Hasil Kerja ini sudah diubah; bukti dukungnya disimpan sebagai riwayat dan tidak dapat diubah.',
    en: 'This RHK was changed; its evidence is kept as history and cannot be edited.',
  },
  EVIDENCE_KARYA_NOT_FOR_DUTY: {
    id: 'Bukti Tugas Tambahan hanya dapat diunggah dari perangkat (Unggah Dokumen), bukan dari Bukti Karya.',
    en: 'Additional-duty evidence can only be uploaded from the device, not from Bukti Karya.',
  },
  EVIDENCE_SOURCE_NOT_FOR_DUTY: {
    id: 'Jenis dan tanggal sertifikat hanya diisi untuk bukti Pengembangan Kompetensi.',
    en: 'Certificate kind and date apply to competency evidence only.',
  },
  KARYA_CATEGORY_UNKNOWN: {
    id: 'Kategori Karya "{code}" tidak dikenal.',
    en: 'Unknown work category "{code}".',
  },
  KARYA_IN_USE: {
    id: 'Karya ini sudah dipakai sebagai bukti dukung sehingga tidak dapat dihapus.',
    en: 'This work is used as evidence and cannot be deleted.',
  },
} as const satisfies Record<string, LocalizedText>;
