// Email settings and the emailed unsubscribe link (issue 16 item 3).

/** Bahasa Indonesia messages of this area. */
export const emailMessagesId = {
  'account.emailSettings': 'Pengaturan email',
  'email.title': 'Pengaturan email',
  'email.intro':
    'Kinerja dapat mengirim pemberitahuan dan pengingat batas waktu ke email Anda: {address}.',
  'email.noAddress':
    'Akun Anda belum memiliki alamat email; hubungi operator sekolah untuk melengkapinya.',
  'email.unavailable':
    'Pengiriman email belum diaktifkan di instalasi ini; pilihan Anda disimpan dan berlaku setelah diaktifkan.',
  'email.enabled': 'Kirim pemberitahuan ke email saya',
  'email.frequency': 'Kapan dikirim',
  'email.frequency.daily': 'Ringkasan harian (sekali sehari, pukul 06.00 WIB)',
  'email.frequency.immediate': 'Setiap ada pemberitahuan',
  'email.saved': 'Pengaturan email tersimpan.',
  'unsubscribe.title': 'Berhenti menerima email',
  'unsubscribe.intro':
    'Anda tidak akan lagi menerima email pemberitahuan dari Kinerja. Pemberitahuan tetap tampil di aplikasi.',
  'unsubscribe.confirm': 'Berhenti menerima email',
  'unsubscribe.done':
    'Selesai. Anda tidak akan menerima email dari Kinerja lagi. Untuk mengaktifkannya kembali, buka Pengaturan email setelah masuk.',
  'unsubscribe.missing':
    'Tautan ini tidak lengkap. Buka tautan berhenti langganan dari email Kinerja apa adanya.',
} as const;

/** English messages of this area. */
export const emailMessagesEn: Record<keyof typeof emailMessagesId, string> = {
  'account.emailSettings': 'Email settings',
  'email.title': 'Email settings',
  'email.intro': 'Kinerja can send notifications and deadline reminders to your email: {address}.',
  'email.noAddress': 'Your account has no email address yet; ask your school operator to add it.',
  'email.unavailable':
    'Email is not enabled on this installation yet; your choice is saved and applies once it is.',
  'email.enabled': 'Send notifications to my email',
  'email.frequency': 'When to send',
  'email.frequency.daily': 'Daily summary (once a day, at 06.00 WIB)',
  'email.frequency.immediate': 'For every notification',
  'email.saved': 'Email settings saved.',
  'unsubscribe.title': 'Stop receiving email',
  'unsubscribe.intro':
    'You will no longer receive notification email from Kinerja. Notifications still show in the app.',
  'unsubscribe.confirm': 'Stop receiving email',
  'unsubscribe.done':
    'Done. You will not receive email from Kinerja any more. To turn it back on, open Email settings after signing in.',
  'unsubscribe.missing':
    'This link is incomplete. Open the unsubscribe link from the Kinerja email as it is.',
};
