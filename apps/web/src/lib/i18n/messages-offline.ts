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

/** English messages of this area. */
export const offlineMessagesEn: Record<keyof typeof offlineMessagesId, string> = {
  'offline.update.body': 'A new version is available — reload',
  'offline.update.reload': 'Reload',
  'offline.draft.onDevice': 'Kept on this device — not sent yet',
  'offline.draft.sent': 'Sent {time}',
  'offline.banner':
    'You are offline. Entries are kept on this device and sent automatically when you are back online.',
  'offline.needsConnection':
    'This needs an internet connection. Connect and try again; your entries stay on this device.',
};
