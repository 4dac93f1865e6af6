// Periksa: supervisors' lists and plan review (principal, Dinas, pengawas).

/** Bahasa Indonesia messages of this area; official labels follow the guides. */
export const reviewMessagesId = {
  'review.nav': 'Periksa',
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

/** English messages of this area; regulation terms keep their Indonesian names. */
export const reviewMessagesEn: Record<keyof typeof reviewMessagesId, string> = {
  'review.nav': 'Periksa',
  'review.title': 'Periksa',
  'review.intro': 'Performance plans of the teachers of {school} in the period {period}.',
  'review.wrongRole':
    'This page is for the role Kepala Sekolah sebagai Atasan. Switch role from the menu under your name if you hold it.',
  'review.openPrincipals': 'Open the principals’ performance plans',

  'review.status.all': 'All',
  'review.status.not_started': 'Not started',
  'review.status.draft': 'Draft',
  'review.status.submitted': 'Awaiting approval',
  'review.status.returned': 'Returned',
  'review.status.approved': 'Approved',
  'review.filter': 'Filter by status',
  'review.search': 'Search name or NIP',
  'review.shown': 'Showing {shown} of {total} teachers.',
  'review.empty': 'No teacher matches this filter.',
  'review.noTeachers': 'There are no teachers in this school for this period yet.',

  'review.col.select': 'Select',
  'review.col.name': 'Name',
  'review.col.nip': 'NIP/NI PPPK',
  'review.col.status': 'Status',
  'review.col.submittedAt': 'Submitted',
  'review.col.action': 'Action',
  'review.col.school': 'School',
  'review.col.principal': 'Principal',
  'review.open': 'Review',
  'review.view': 'View',
  'review.openFor': 'Review the performance plan of {name}',
  'review.viewFor': 'View the performance plan of {name}',
  'review.selectFor': 'Select {name}',
  'review.submittedOn': 'Submitted {date}',
  'review.hasExpectations': 'Expectations written',

  'review.mode.automatic':
    'This school is led by an acting principal (Plt), so submitted teacher plans are approved automatically by the system. Teachers still need to confirm Pelaksanaan Kinerja with the Plt.',
  'review.mode.blocked':
    'This school has no definitive principal on record, so submitted plans cannot be approved yet. Ask the school operator or the Dinas to update the supervisor data in Dapodik; waiting plans will then appear for approval without a new submission.',

  'review.bulk.selectAll': 'Select all awaiting approval ({count})',
  'review.bulk.selected': '{count} plans selected',
  'review.bulk.approve': 'Approve selected',
  'review.bulk.hint':
    'Select plans that need no note or supervisor expectations, then approve them at once.',
  'review.bulk.dialogTitle': 'Approve {count} performance plans?',
  'review.bulk.dialogBody':
    'The following performance plans will be approved without a note. The teachers will be notified.',
  'review.bulk.confirm': 'Approve',
  'review.bulk.resultTitle': 'Approval result',
  'review.bulk.resultSummary': '{approved} of {total} plans approved.',
  'review.bulk.ok': 'Approved',
  'review.bulk.failed': 'Failed',

  'review.principals.title': 'Review principals',
  'review.principals.introDinas':
    'Performance plans of the principals in the region of {dinas} in the period {period}.',
  'review.principals.introPengawas':
    'Performance plans of the principals of your schools in the period {period}. This page is read-only.',
  'review.principals.wrongRole':
    'This page is for the Dinas or Pengawas roles. Switch role from the menu under your name if you hold one.',
  'review.principals.empty': 'No principal matches this filter.',
  'review.principals.noPrincipal': 'No principal yet',
  'review.principals.shown': 'Showing {shown} of {total} schools.',
  'review.principals.more': 'Load more',

  'review.plan.title': 'Review performance plan',
  'review.plan.backToList': 'Back to the list',
  'review.plan.status': 'Status',
  'review.plan.submittedAt': 'Submitted',
  'review.plan.submissions': 'Submission no.',
  'review.plan.notSubmitted': 'Not submitted',
  'review.plan.readOnly': 'You can view this plan but cannot change its status.',

  'review.expectations.title': 'Ekspektasi Khusus Pimpinan',
  'review.expectations.intro':
    'Write your expectation for each BerAKHLAK value. The employee sees it once saved.',
  'review.expectations.chosen': 'Chosen behaviour: {behaviour}',
  'review.expectations.noBehaviour': 'No behaviour chosen',
  'review.expectations.save': 'Save',
  'review.expectations.saving': 'Saving…',
  'review.expectations.saved': 'Supervisor expectations saved.',
  'review.expectations.unsaved': 'There are unsaved changes.',
  'review.expectations.conflict':
    'This plan was just changed on another device or tab, so the latest version was loaded. What you typed is still below; check it and save again.',

  'review.decision.title': 'Decision',
  'review.approve': 'Approve',
  'review.approve.dialogTitle': 'Approve this performance plan?',
  'review.approve.dialogBody':
    'The performance plan of {name} will be approved together with the expectations you wrote. {name} will be notified.',
  'review.approve.confirm': 'Approve',
  'review.approve.pending': 'Approving…',
  'review.approve.done': 'The performance plan of {name} was approved.',
  'review.return': 'Return',
  'review.return.dialogTitle': 'Return the performance plan',
  'review.return.dialogBody':
    'The plan goes back to {name} to be revised and submitted again. {name} sees your note.',
  'review.return.note': 'Note',
  'review.return.noteHint': 'Write what needs to be improved.',
  'review.return.confirm': 'Return',
  'review.return.pending': 'Returning…',
  'review.return.done': 'The performance plan of {name} was returned with a note.',

  'review.history.title': 'History',
  'review.history.empty': 'This plan has never been submitted.',
  'review.history.submitted': 'Version {number} submitted',
  'review.history.by': 'by {name}',
  'review.history.showVersion': 'Show version {number}',
  'review.history.system': 'by the system',
  'review.history.onVersion': 'version {number}',
  'review.history.note': 'Note',
  'review.history.approved': 'Approved',
  'review.history.returned': 'Returned',
  'review.history.auto_approved': 'Approved automatically by the system',
  'review.history.expectations': 'Ekspektasi Khusus Pimpinan',
  'review.changes.title': 'What changed',
  'review.changes.intro':
    'How version {to} submitted by {name} differs from version {from} before it, per part of the plan.',
  'review.changes.none': 'Version {to} is the same as version {from}; nothing was changed.',
  'review.pdf': 'Download PDF',
};
