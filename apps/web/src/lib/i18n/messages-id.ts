import { accountsMessagesId } from './messages-accounts';
import type { assessmentMessagesId } from './messages-assessment';
import type { dashboardMessagesId } from './messages-dashboard';
import type { documentVersionMessagesId } from './messages-document-versions';
import type { evidenceMessagesId } from './messages-evidence';
import type { journeysMessagesId } from './messages-journeys';
import type { executionMessagesId } from './messages-execution';
import { homeMessagesId } from './messages-home';
import type { noticesMessagesId } from './messages-notices';
import type { planningMessagesId } from './messages-planning';
import type { reviewMessagesId } from './messages-review';
import { emailMessagesId } from './messages-email';
import { storageMessagesId } from './messages-storage';
import { offlineMessagesId } from './messages-offline';
import type { periodsMessagesId } from './messages-periods';
import type { cataloguesMessagesId } from './messages-catalogues';

/**
 * Bahasa Indonesia, the default locale: the texts every page may show. Each area's own texts are
 * downloaded with its pages (message-packs.ts, issue 15 item 5). Official labels follow the guides
 * (architecture.md §6).
 */
export const messagesId = {
  ...accountsMessagesId,
  ...homeMessagesId,
  ...emailMessagesId,
  ...storageMessagesId,
  ...offlineMessagesId,
  // The main menu names every area, so its labels ship with the app, not with each area's texts.
  'assessment.nav.assess': 'Penilaian',
  'assessment.nav.mine': 'Hasil Penilaian',
  'catalogues.nav': 'Katalog',
  'dashboard.nav': 'Dasbor',
  'evidence.nav.karya': 'Bukti Karya',
  'evidence.nav.review': 'Bukti Dukung',
  'execution.nav': 'Pelaksanaan',
  'journeys.nav.principalAssessments': 'Penilaian',
  'journeys.nav.eKinerja': 'e-Kinerja',
  'journeys.nav.angkaKredit': 'Angka Kredit',
  'notices.nav.extensions': 'Perpanjangan Tenggat',
  'notices.nav.timKinerja': 'Tim Kinerja',
  'periods.nav': 'Periode',
  'ruleChanges.nav': 'Aturan Periode',
  'planning.nav': 'Perencanaan Kinerja',
  'review.nav': 'Periksa',
  'app.name': 'Kinerja',
  'app.tagline': 'Pengelolaan Kinerja Guru dan Kepala Sekolah',
  'app.skipToContent': 'Langsung ke konten utama',

  'common.loading': 'Memuat…',
  'common.cancel': 'Batal',
  'common.save': 'Simpan',
  'common.saving': 'Menyimpan…',
  'common.close': 'Tutup',
  'common.stepperLess': 'Kurangi satu: {name}',
  'common.stepperMore': 'Tambah satu: {name}',
  'common.retry': 'Coba lagi',
  'common.backHome': 'Kembali ke Beranda',
  'common.empty': '—',
  'common.optionalHint': 'opsional',
  'common.file.choose': 'Pilih berkas',
  'common.file.choosePdf': 'Pilih berkas PDF',
  'common.file.none': 'Belum ada berkas dipilih',

  'error.network': 'Tidak dapat terhubung ke server. Periksa koneksi internet Anda lalu coba lagi.',
  'error.unexpected': 'Terjadi kesalahan tak terduga. Coba lagi beberapa saat.',
  'form.checkFields': 'Periksa isian yang ditandai.',
  'error.notFoundTitle': 'Halaman tidak ditemukan',
  'error.notFoundBody': 'Alamat yang Anda buka tidak ada di Kinerja.',
  'error.forbiddenRole':
    'Halaman ini untuk peran Operator Sekolah atau Admin. Ganti peran lewat menu nama Anda bila Anda memiliki peran tersebut.',

  'language.label': 'Bahasa',
  'language.id': 'Bahasa Indonesia',
  'language.en': 'English',

  'signIn.title': 'Masuk',
  'signIn.intro': 'Masuk untuk mengelola kinerja Anda.',
  'signIn.belajarId': 'Masuk dengan akun belajar.id',
  'signIn.or': 'atau masuk dengan email',
  'signIn.email': 'Email',
  'signIn.emailHint': 'Contoh: nama@guru.sd.belajar.id',
  'signIn.password': 'Kata sandi',
  'signIn.submit': 'Masuk',
  'signIn.submitting': 'Sedang masuk…',
  'signIn.forgot': 'Lupa kata sandi?',
  'signIn.forgotHelp':
    'Kata sandi guru dan tenaga kependidikan diatur ulang oleh Operator Sekolah di sekolah Anda, seperti pada sistem resmi; kata sandi Kepala Sekolah oleh Dinas Pendidikan. Anda akan menerima kata sandi sementara yang wajib diganti saat pertama kali masuk.',
  'signIn.sessionEnded': 'Silakan masuk untuk melanjutkan.',

  'changePassword.title': 'Ganti kata sandi',
  'changePassword.forcedIntro':
    'Anda masuk dengan kata sandi sementara. Buat kata sandi baru sebelum melanjutkan.',
  'changePassword.intro': 'Buat kata sandi baru untuk akun Anda.',
  'changePassword.current': 'Kata sandi saat ini',
  'changePassword.currentForcedHint': 'Kata sandi sementara dari Operator Sekolah.',
  'changePassword.new': 'Kata sandi baru',
  'changePassword.newHint': 'Minimal 10 karakter dan berbeda dari kata sandi saat ini.',
  'changePassword.repeat': 'Ulangi kata sandi baru',
  'changePassword.mismatch': 'Kedua kata sandi baru tidak sama.',
  'changePassword.submit': 'Simpan kata sandi',

  'nav.main': 'Navigasi utama',
  'nav.menu': 'Menu',
  'nav.home': 'Beranda',
  'nav.staff': 'Daftar PTK',
  'nav.import': 'Impor Data Dapodik',

  'account.menu': 'Menu akun {name}',
  'account.changePeriod': 'Ganti periode',
  'account.role': 'Peran',
  'account.changePassword': 'Ganti kata sandi',
  'account.signOut': 'Keluar',

  'period.dialogTitle': 'Ganti periode',
  'period.choose': 'Pilih periode kinerja',
  'period.current': 'periode berjalan',
  'period.save': 'Simpan',

  'role.teacher': 'Guru sebagai Pegawai',
  'role.principal_supervisor': 'Kepala Sekolah sebagai Atasan',
  'role.principal_employee': 'Kepala Sekolah sebagai Pegawai',
  'role.pengawas': 'Pengawas',
  'role.dinas_official': 'Dinas',
  'role.school_operator': 'Operator Sekolah',
  'role.admin': 'Admin',
  'role.switcherLabel': 'Pilih peran',
  'role.active': 'aktif',

  'home.greeting': 'Selamat datang, {name}',
  'home.school': 'Satuan pendidikan',
  'home.activeRole': 'Peran aktif',
  'home.noRole':
    'Anda belum memiliki peran pada periode ini. Bila data Anda belum sesuai, hubungi Operator Sekolah.',
  'home.period': 'Periode aktif',
  'home.changePeriod': 'Ganti periode',
  'home.actions': 'Yang dapat Anda lakukan',
  'home.importDesc': 'Unggah data PTK sekolah dari Dapodik (CSV atau Excel).',
  'home.staffDesc': 'Lihat PTK sekolah Anda dan atur ulang kata sandi mereka.',
  'home.comingSoon': 'Perencanaan, pelaksanaan dan penilaian kinerja di Kinerja segera hadir.',

  'stage.planning': 'Perencanaan',
  'stage.execution': 'Pelaksanaan',
  'stage.assessment': 'Penilaian',

  'profile.title': 'Data diri',
  'profile.note':
    'Nama, satuan pendidikan dan NIP berasal dari Dapodik. Bila ada yang tidak sesuai, hubungi Operator Sekolah.',
  'profile.name': 'Nama',
  'profile.email': 'Email',
  'profile.nip': 'NIP',
  'profile.nuptk': 'NUPTK',
  'profile.employmentStatus': 'Status kepegawaian',
  'profile.golonganRuang': 'Pangkat/Golongan Ruang',
  'profile.jenjangJabatan': 'Jenjang jabatan',
  'profile.jenisPtk': 'Jenis PTK',

  'employment.pns': 'PNS',
  'employment.pppk': 'PPPK',
  'employment.non_asn': 'Non-ASN',
  'jenjang.ahli_pertama': 'Ahli Pertama',
  'jenjang.ahli_muda': 'Ahli Muda',
  'jenjang.ahli_madya': 'Ahli Madya',
  'jenjang.ahli_utama': 'Ahli Utama',

  'staff.title': 'Daftar PTK',
  'staff.intro': 'Pendidik dan tenaga kependidikan di {school}.',
  'staff.count': '{count} orang',
  'staff.empty': 'Belum ada PTK di sekolah ini. Impor data Dapodik terlebih dahulu.',
  'staff.noSchool':
    'Peran aktif Anda tidak terkait dengan satu sekolah, jadi tidak ada daftar PTK untuk ditampilkan.',
  'staff.mustChange': 'Belum mengganti kata sandi sementara',
  'staff.noEmail': 'Tanpa email',
  'staff.reset': 'Atur ulang kata sandi',
  'staff.resetFor': 'Atur ulang kata sandi {name}',

  'reset.title': 'Atur ulang kata sandi?',
  'reset.warning':
    'Kata sandi lama {name} tidak bisa dipakai lagi. Kinerja membuat kata sandi sementara yang wajib diganti saat {name} pertama kali masuk.',
  'reset.confirm': 'Atur ulang',
  'reset.doneTitle': 'Kata sandi sementara',
  'reset.doneIntro':
    'Berikan kata sandi sementara ini kepada {name} secara langsung. Kata sandi ini hanya ditampilkan sekali.',
  'reset.copy': 'Salin',
  'reset.copied': 'Tersalin',
  'reset.done': 'Selesai',

  'import.title': 'Impor Data Dapodik',
  'import.intro':
    'Unggah data PTK sekolah Anda dari Dapodik dalam bentuk CSV atau Excel (.xlsx). Data yang sudah ada diperbarui; tidak ada yang dihapus.',
  'import.formatLink': 'Lihat format berkas dan contoh',
  'import.formatIntro':
    'Baris pertama berisi judul kolom berikut (urutan bebas; kolom lain diabaikan). Jenis berkas dikenali dari judul kolomnya. Simpan CSV sebagai UTF-8 dan format kolom NIP/NUPTK sebagai Teks di Excel.',
  'import.templatePtk': 'Unduh format kosong data PTK (CSV)',
  'import.templateSchools': 'Unduh format kosong data sekolah (CSV)',
  'import.formatDoc':
    'Berkas unduhan Dapodik (daftar PTK atau daftar sekolah) juga diterima apa adanya, dengan judul kolom dan isian Dapodik; artinya dijelaskan di bagian "Data Dapodik yang diterima" di bawah.',
  'import.dapodik.title': 'Data Dapodik yang diterima dan artinya',
  'import.dapodik.intro':
    'Unggah berkas unduhan Dapodik tanpa mengubahnya. Baris judul di atas tabel (nama sekolah, tanggal unduh) dilewati. Kolom dan isian dibaca seperti berikut.',
  'import.dapodik.ptkHeadings': 'Kolom berkas PTK Dapodik',
  'import.dapodik.schoolHeadings': 'Kolom berkas sekolah Dapodik',
  'import.dapodik.heading': 'Judul kolom Dapodik',
  'import.dapodik.use': 'Dipakai untuk',
  'import.dapodik.statusTitle': 'Status Kepegawaian Dapodik',
  'import.dapodik.status': 'Status Kepegawaian',
  'import.dapodik.kind': 'Di Kinerja',
  'import.dapodik.meaning': 'Keterangan',
  'import.dapodik.jenisTitle': 'Jenis PTK Dapodik',
  'import.dapodik.jenisImported': 'Diimpor sebagai guru atau kepala sekolah: {list}.',
  'import.dapodik.jenisSkipped':
    'Dilewati (tenaga kependidikan tanpa Pengelolaan Kinerja), tanpa dianggap salah: {list}.',
  'import.dapodik.bentukTitle': 'Bentuk Pendidikan Dapodik',
  'import.file': 'Berkas data',
  'import.fileHint': 'CSV atau XLSX.',
  'import.chooseFile': 'Pilih berkas terlebih dahulu.',
  'import.submit': 'Unggah',
  'import.uploading': 'Mengunggah… {percent}%',
  'import.status': 'Status',
  'import.status.queued': 'Menunggu giliran…',
  'import.status.validating': 'Memeriksa data…',
  'import.status.writing': 'Menyimpan data…',
  'import.status.failed': 'Gagal',
  'import.status.completed': 'Selesai',
  'import.problems': '{count} masalah ditemukan',
  'import.rows': 'Baris {done} dari {total}',
  'import.errorsTitle': 'Data belum diimpor. Perbaiki baris berikut lalu unggah ulang.',
  'import.col.line': 'Baris',
  'import.col.column': 'Kolom',
  'import.col.reason': 'Alasan',
  'import.summaryTitle': 'Impor selesai',
  'import.again': 'Impor berkas lain',
  'import.fileName': 'Berkas',
  'import.kind.schools': 'Data sekolah',
  'import.kind.ptk': 'Data PTK',
  'import.moreErrors': 'Ditampilkan {shown} dari {total} masalah.',
  'import.wholeFile': 'Seluruh berkas',
  'import.summary.item': 'Perubahan',
  'import.summary.count': 'Jumlah',
  'import.summary.schoolsCreated': 'Sekolah baru',
  'import.summary.schoolsUpdated': 'Sekolah diperbarui',
  'import.summary.peopleCreated': 'PTK baru',
  'import.summary.peopleUpdated': 'PTK diperbarui',
  'import.summary.principalsSet': 'Kepala sekolah ditetapkan',
  'import.summary.rowsSkipped': 'Baris tenaga kependidikan dilewati',
} as const;

/** A key of the message catalogue: the shared texts and every area's. */
export type MessageKey =
  | keyof typeof messagesId
  | keyof typeof planningMessagesId
  | keyof typeof reviewMessagesId
  | keyof typeof noticesMessagesId
  | keyof typeof executionMessagesId
  | keyof typeof evidenceMessagesId
  | keyof typeof assessmentMessagesId
  | keyof typeof documentVersionMessagesId
  | keyof typeof dashboardMessagesId
  | keyof typeof periodsMessagesId
  | keyof typeof cataloguesMessagesId
  | keyof typeof journeysMessagesId;
