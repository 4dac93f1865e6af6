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
