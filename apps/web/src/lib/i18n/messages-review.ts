// Periksa: supervisors' lists and plan review (principal, Dinas, pengawas).

/** Bahasa Indonesia messages of this area; official labels follow the guides. */
export const reviewMessagesId = {
  'review.title': 'Periksa',
  'review.intro': 'Perencanaan Kinerja guru {school} pada periode {period}.',
  'review.wrongRole':
    'Halaman ini untuk peran Kepala Sekolah sebagai Atasan. Ganti peran lewat menu nama Anda bila Anda memiliki peran tersebut.',
  'review.openPrincipals': 'Buka daftar Perencanaan Kinerja Kepala Sekolah',

  'review.status.all': 'Semua',
  'review.status.not_started': 'Belum mulai',
  'review.status.draft': 'Draf',
  'review.status.submitted': 'Perlu disetujui',
  'review.status.returned': 'Dikembalikan',
  'review.status.approved': 'Disetujui',
  'review.filter': 'Filter status',
  'review.search': 'Cari nama atau NIP',
  'review.shown': 'Menampilkan {shown} dari {total} guru.',
  'review.empty': 'Tidak ada guru yang sesuai dengan filter ini.',
  'review.noTeachers': 'Belum ada guru di sekolah ini pada periode ini.',

  'review.col.select': 'Pilih',
  'review.col.name': 'Nama',
  'review.col.nip': 'NIP/NI PPPK',
  'review.col.status': 'Status',
  'review.col.submittedAt': 'Diajukan',
  'review.col.action': 'Aksi',
  'review.col.school': 'Satuan pendidikan',
  'review.col.principal': 'Kepala Sekolah',
  'review.open': 'Periksa',
  'review.view': 'Lihat',
  'review.openFor': 'Periksa Perencanaan Kinerja {name}',
  'review.viewFor': 'Lihat Perencanaan Kinerja {name}',
  'review.selectFor': 'Pilih {name}',
  'review.submittedOn': 'Diajukan {date}',
  'review.hasExpectations': 'Ekspektasi sudah ditulis',

  'review.mode.automatic':
    'Sekolah ini dipimpin Plt Kepala Sekolah, sehingga Perencanaan Kinerja yang diajukan guru disetujui otomatis oleh sistem. Guru tetap perlu menghubungi Plt Kepala Sekolah untuk konfirmasi Pelaksanaan Kinerja.',
  'review.mode.blocked':
    'Data Kepala Sekolah definitif sekolah ini belum ada, sehingga Perencanaan Kinerja yang diajukan belum dapat disetujui. Minta Operator Sekolah atau Dinas Pendidikan memperbarui data atasan di Dapodik; rencana yang menunggu akan muncul untuk disetujui tanpa diajukan ulang.',

  'review.bulk.selectAll': 'Pilih semua yang perlu disetujui ({count})',
  'review.bulk.selected': '{count} rencana dipilih',
  'review.bulk.approve': 'Setujui yang dipilih',
  'review.bulk.hint':
    'Pilih rencana yang tidak memerlukan catatan atau Ekspektasi Khusus Pimpinan, lalu setujui sekaligus.',
  'review.bulk.dialogTitle': 'Setujui {count} Perencanaan Kinerja?',
  'review.bulk.dialogBody':
    'Perencanaan Kinerja berikut akan disetujui tanpa catatan. Guru akan menerima pemberitahuan.',
  'review.bulk.confirm': 'Setujui',
  'review.bulk.resultTitle': 'Hasil persetujuan',
  'review.bulk.resultSummary': '{approved} dari {total} rencana disetujui.',
  'review.bulk.ok': 'Disetujui',
  'review.bulk.failed': 'Gagal',

  'review.principals.title': 'Periksa Kepala Sekolah',
  'review.principals.introDinas':
    'Perencanaan Kinerja Kepala Sekolah di wilayah {dinas} pada periode {period}.',
  'review.principals.introPengawas':
    'Perencanaan Kinerja Kepala Sekolah di sekolah binaan Anda pada periode {period}. Halaman ini hanya untuk dibaca.',
  'review.principals.wrongRole':
    'Halaman ini untuk peran Dinas atau Pengawas. Ganti peran lewat menu nama Anda bila Anda memiliki peran tersebut.',
  'review.principals.empty': 'Tidak ada Kepala Sekolah yang sesuai dengan filter ini.',
  'review.principals.noPrincipal': 'Belum ada Kepala Sekolah',
  'review.principals.shown': 'Menampilkan {shown} dari {total} sekolah.',
  'review.principals.more': 'Muat lebih banyak',

  'review.plan.title': 'Periksa Perencanaan Kinerja',
  'review.plan.backToList': 'Kembali ke daftar',
  'review.plan.status': 'Status',
  'review.plan.submittedAt': 'Diajukan',
  'review.plan.submissions': 'Pengajuan ke',
  'review.plan.notSubmitted': 'Belum diajukan',
  'review.plan.readOnly': 'Anda dapat melihat rencana ini, tetapi tidak dapat mengubah statusnya.',

  'review.expectations.title': 'Ekspektasi Khusus Pimpinan',
  'review.expectations.intro':
    'Tulis ekspektasi Anda untuk setiap nilai BerAKHLAK. Pegawai melihatnya setelah disimpan.',
  'review.expectations.chosen': 'Perilaku yang dipilih: {behaviour}',
  'review.expectations.noBehaviour': 'Perilaku belum dipilih',
  'review.expectations.save': 'Simpan',
  'review.expectations.saving': 'Menyimpan…',
  'review.expectations.saved': 'Ekspektasi Khusus Pimpinan tersimpan.',
  'review.expectations.unsaved': 'Ada perubahan yang belum disimpan.',
  'review.expectations.conflict':
    'Rencana ini baru saja diubah di perangkat atau tab lain, jadi kami memuat versi terbaru. Ekspektasi yang Anda ketik tetap ada di bawah; periksa lalu simpan lagi.',

  'review.decision.title': 'Keputusan',
  'review.approve': 'Setujui',
  'review.approve.dialogTitle': 'Setujui Perencanaan Kinerja?',
  'review.approve.dialogBody':
    'Perencanaan Kinerja {name} akan disetujui bersama Ekspektasi Khusus Pimpinan yang Anda tulis. {name} akan menerima pemberitahuan.',
  'review.approve.confirm': 'Setujui',
  'review.approve.pending': 'Menyetujui…',
  'review.approve.done': 'Perencanaan Kinerja {name} disetujui.',
  'review.return': 'Kembalikan',
  'review.return.dialogTitle': 'Kembalikan Perencanaan Kinerja',
  'review.return.dialogBody':
    'Rencana dikembalikan kepada {name} untuk diperbaiki lalu diajukan lagi. Catatan Anda ditampilkan kepada {name}.',
  'review.return.note': 'Catatan',
  'review.return.noteHint': 'Tulis apa yang perlu diperbaiki.',
  'review.return.confirm': 'Kembalikan',
  'review.return.pending': 'Mengembalikan…',
  'review.return.done': 'Perencanaan Kinerja {name} dikembalikan dengan catatan.',

  'review.history.title': 'Riwayat',
  'review.history.empty': 'Rencana ini belum pernah diajukan.',
  'review.history.submitted': 'Versi {number} diajukan',
  'review.history.by': 'oleh {name}',
  'review.history.showVersion': 'Lihat isi versi {number}',
  'review.history.system': 'oleh sistem',
  'review.history.onVersion': 'versi {number}',
  'review.history.note': 'Catatan',
  'review.history.approved': 'Disetujui',
  'review.history.returned': 'Dikembalikan',
  'review.history.auto_approved': 'Disetujui otomatis oleh sistem',
  'review.history.expectations': 'Ekspektasi Khusus Pimpinan',
  'review.changes.title': 'Apa yang berubah',
  'review.changes.intro':
    'Perbedaan versi {to} yang diajukan {name} dengan versi {from} sebelumnya, per bagian rencana.',
  'review.changes.none': 'Isi versi {to} sama dengan versi {from}; tidak ada yang diubah.',
  'review.pdf': 'Unduh PDF',
} satisfies Record<string, string>;
