/** The numbered versions of a final Dokumen Evaluasi Kinerja and "Terbitkan versi baru" (issue 14 item 5). */
export const documentVersionMessagesId = {
  'documentVersions.heading': 'Versi Dokumen Evaluasi Kinerja',
  'documentVersions.intro':
    'Dokumen yang sudah ditetapkan tidak berubah dengan sendirinya: setiap unduhan memberikan berkas yang sama. Fakta yang berubah kemudian hanya masuk ke dokumen lewat versi baru yang bernomor.',
  'documentVersions.version': 'Versi {number}',
  'documentVersions.number': 'Nomor dokumen',
  'documentVersions.issuedAt': 'Diterbitkan',
  'documentVersions.why': 'Alasan',
  'documentVersions.code': 'Kode verifikasi',
  'documentVersions.fileHash': 'Sidik berkas (SHA-256)',
  'documentVersions.fileHashPending': 'Dibuat saat dokumen pertama kali diunduh',
  'documentVersions.latest': 'berlaku',
  'documentVersions.reason.finalize': 'Ditetapkan',
  'documentVersions.reason.reissue': 'Versi baru diterbitkan',
  'documentVersions.reason.first_download': 'Disimpan saat unduhan pertama',
  'documentVersions.laterFactsTitle': 'Fakta yang berubah sejak versi {number}:',
  'documentVersions.laterFact': '{label}: {before} → {after}',
  'documentVersions.noLaterFacts':
    'Tidak ada fakta yang berubah sejak versi terakhir; versi baru tidak diperlukan.',
  'documentVersions.reissue': 'Terbitkan versi baru',
  'documentVersions.dialogTitle': 'Terbitkan versi baru dokumen?',
  'documentVersions.dialogBody':
    'Versi {next} Dokumen Evaluasi Kinerja {name} akan diterbitkan dengan nomor baru dan memuat fakta terbaru di bawah ini. Versi {current} tetap tersimpan apa adanya. {name} akan diberi tahu.',
  'documentVersions.confirm': 'Terbitkan versi {next}',
  'documentVersions.pending': 'Menerbitkan…',
  'documentVersions.done': 'Versi {number} diterbitkan dengan nomor {documentNumber}.',
};

/** English counterparts. */
export const documentVersionMessagesEn: Record<keyof typeof documentVersionMessagesId, string> = {
  'documentVersions.heading': 'Versions of the Dokumen Evaluasi Kinerja',
  'documentVersions.intro':
    'A set document never changes by itself: every download gives the same file. Facts that change later reach the document only through a new numbered version.',
  'documentVersions.version': 'Version {number}',
  'documentVersions.number': 'Document number',
  'documentVersions.issuedAt': 'Issued',
  'documentVersions.why': 'Reason',
  'documentVersions.code': 'Verification code',
  'documentVersions.fileHash': 'File fingerprint (SHA-256)',
  'documentVersions.fileHashPending': 'Made when the document is first downloaded',
  'documentVersions.latest': 'current',
  'documentVersions.reason.finalize': 'Set',
  'documentVersions.reason.reissue': 'New version issued',
  'documentVersions.reason.first_download': 'Stored at the first download',
  'documentVersions.laterFactsTitle': 'Facts changed since version {number}:',
  'documentVersions.laterFact': '{label}: {before} → {after}',
  'documentVersions.noLaterFacts':
    'No fact has changed since the latest version; no new version is needed.',
  'documentVersions.reissue': 'Issue a new version',
  'documentVersions.dialogTitle': 'Issue a new version of the document?',
  'documentVersions.dialogBody':
    'Version {next} of the Dokumen Evaluasi Kinerja of {name} will be issued with a new number and the latest facts below. Version {current} stays stored as it is. {name} will be notified.',
  'documentVersions.confirm': 'Issue version {next}',
  'documentVersions.pending': 'Issuing…',
  'documentVersions.done': 'Version {number} issued with number {documentNumber}.',
};
