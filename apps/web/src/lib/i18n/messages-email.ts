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
