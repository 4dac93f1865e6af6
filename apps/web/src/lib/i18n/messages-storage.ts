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
