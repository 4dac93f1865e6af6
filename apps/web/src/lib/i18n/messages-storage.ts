// Admin: file storage use (issue 12 finding 8).

/** Bahasa Indonesia messages of this area. */
export const storageMessagesId = {
  'storage.nav': 'Penyimpanan Berkas',
  'storage.title': 'Penyimpanan Berkas',
  'storage.store.local': 'Berkas disimpan di disk server.',
  'storage.store.s3': 'Berkas disimpan di penyimpanan objek (S3).',
  'storage.col.what': 'Jenis',
  'storage.col.files': 'Jumlah berkas',
  'storage.col.size': 'Ukuran',
  'storage.files': '{count} berkas',
  'storage.stored': 'Seluruh berkas tersimpan',
  'storage.unreferenced': 'Tidak dipakai lagi, menunggu dihapus',
  'storage.temporary': 'Berkas sementara unggahan',
  'storage.note':
    'Berkas yang tidak dipakai lagi (misalnya bukti dukung yang sudah diganti) dihapus otomatis {grace} jam setelah terakhir diunggah. Berkas sementara dari unggahan yang terputus dihapus setelah {tempAge} jam.',
} as const;

/** English messages of this area. */
export const storageMessagesEn: Record<keyof typeof storageMessagesId, string> = {
  'storage.nav': 'File storage',
  'storage.title': 'File storage',
  'storage.store.local': 'Files are kept on the server’s disk.',
  'storage.store.s3': 'Files are kept in object storage (S3).',
  'storage.col.what': 'Kind',
  'storage.col.files': 'Files',
  'storage.col.size': 'Size',
  'storage.files': '{count} files',
  'storage.stored': 'All stored files',
  'storage.unreferenced': 'No longer used, awaiting deletion',
  'storage.temporary': 'Temporary upload files',
  'storage.note':
    'Files no longer used (for example replaced evidence) are deleted automatically {grace} hours after they were last uploaded. Temporary files of interrupted uploads are deleted after {tempAge} hours.',
};
