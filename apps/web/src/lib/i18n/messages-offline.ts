// Working with a bad connection (issue 17): the app update, drafts kept on the device, actions
// that need the server.

/** Bahasa Indonesia messages of this area. */
export const offlineMessagesId = {
  'offline.update.body': 'Versi baru tersedia — muat ulang',
  'offline.update.reload': 'Muat ulang',
  'offline.draft.onDevice': 'Tersimpan di perangkat — belum terkirim',
  'offline.draft.sent': 'Terkirim {time}',
  'offline.banner':
    'Anda sedang luring. Isian disimpan di perangkat dan dikirim otomatis saat tersambung kembali.',
  'offline.needsConnection':
    'Perlu koneksi internet. Sambungkan perangkat lalu coba lagi; isian Anda tetap tersimpan di perangkat.',
} as const;
