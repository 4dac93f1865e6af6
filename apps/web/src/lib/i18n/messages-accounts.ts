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

/** English messages of this area. */
export const accountsMessagesEn: Record<keyof typeof accountsMessagesId, string> = {
  'accounts.nav': 'Reset passwords',
  'accounts.title': 'Reset passwords',
  'accounts.introDinas':
    'Passwords of principals (definitive or Plt) in your jurisdiction are reset by the Dinas. Teachers’ and staff passwords are reset by their School Operator.',
  'accounts.introAdmin':
    'Dinas and Pengawas account passwords are reset by the Admin. Find the account by its exact NIP, NUPTK or email.',
  'accounts.wrongRole':
    'This page is for the Dinas and the Admin. Teachers’ passwords are reset by the School Operator; principals’ by the Dinas.',
  'accounts.query': 'NIP, NUPTK or email',
  'accounts.queryHint': 'Type it in full and exactly; partial searches are not supported.',
  'accounts.search': 'Search',
  'accounts.searching': 'Searching…',
  'accounts.notFound': 'No account with that NIP, NUPTK or email in your jurisdiction.',
  'accounts.noSchool': 'No school',
  'accounts.notYours':
    'You do not reset this account’s password. Teachers and staff: School Operator; principals: Dinas; Dinas and Pengawas: Admin.',
};
