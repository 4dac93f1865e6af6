// "Atur Ulang Kata Sandi" for the Dinas (principals' accounts) and the admin (issue 12).

/** Bahasa Indonesia messages of this area. */
export const accountsMessagesId = {
  'accounts.nav': 'Atur Ulang Kata Sandi',
  'accounts.title': 'Atur Ulang Kata Sandi',
  'accounts.introDinas':
    'Kata sandi Kepala Sekolah (definitif maupun Plt) di wilayah kewenangan Anda diatur ulang oleh Dinas. Kata sandi guru dan tenaga kependidikan diatur ulang oleh Operator Sekolah masing-masing.',
  'accounts.introAdmin':
    'Kata sandi akun Dinas dan Pengawas diatur ulang oleh Admin. Cari akun dengan NIP, NUPTK, atau email yang tepat sama.',
  'accounts.wrongRole':
    'Halaman ini untuk Dinas dan Admin. Kata sandi guru diatur ulang oleh Operator Sekolah; kata sandi Kepala Sekolah oleh Dinas.',
  'accounts.query': 'NIP, NUPTK, atau email',
  'accounts.queryHint': 'Tuliskan lengkap dan tepat sama; pencarian sebagian tidak didukung.',
  'accounts.search': 'Cari',
  'accounts.searching': 'Mencari…',
  'accounts.notFound':
    'Tidak ada akun dengan NIP, NUPTK, atau email itu di wilayah kewenangan Anda.',
  'accounts.noSchool': 'Tanpa satuan pendidikan',
  'accounts.notYours':
    'Kata sandi akun ini tidak diatur ulang oleh Anda. Guru dan tenaga kependidikan: Operator Sekolah; Kepala Sekolah: Dinas; Dinas dan Pengawas: Admin.',
} as const;
