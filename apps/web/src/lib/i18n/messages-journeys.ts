// The Dinas's and the pengawas's work on principals, e-Kinerja, angka kredit and plans without an
// atasan (issue #11 items 1, 2, 8, 9).

/** Bahasa Indonesia messages of this area. */
export const journeysMessagesId = {
  'journeys.principals.title': 'Penilaian Kinerja Kepala Sekolah',
  'journeys.principals.intro':
    'Penilaian Kinerja Kepala Sekolah di wilayah {dinas}, periode {period} ({document}). Anda adalah Pejabat Penilai Kinerja Kepala Sekolah.',
  'journeys.principals.introReader':
    'Penilaian Kinerja Kepala Sekolah di wilayah {dinas}, periode {period} ({document}). Penilaian diisi oleh Pejabat Penilai Kinerja Dinas.',
  'journeys.principals.wrongRole':
    'Halaman ini untuk peran Dinas Pendidikan. Ganti peran lewat menu nama Anda bila Anda memiliki peran tersebut.',
  'journeys.principals.empty': 'Belum ada Kepala Sekolah definitif di sekolah wilayah ini.',
  'journeys.principals.caption': 'Daftar penilaian Kepala Sekolah',
  'journeys.principals.shown': 'Menampilkan {shown} dari {total} Kepala Sekolah',
  'journeys.principals.more': 'Muat lebih banyak',
  'journeys.principals.school': '{school} (NPSN {npsn})',
  'journeys.principals.recommendations': '{count} rekomendasi Tim Kinerja',
  'journeys.principals.recommendationsPengawas': '{count} rekomendasi Pengawas',
  'journeys.principals.zip': 'Unduh Dokumen Evaluasi Kinerja (ZIP)',
  'journeys.principals.zipHint':
    'Semua Dokumen Evaluasi Kinerja yang sudah ditetapkan di wilayah Dinas pada periode ini, dalam satu berkas ZIP.',

  'journeys.execution.introDinas':
    'Pelaksanaan Kinerja Kepala Sekolah di wilayah {dinas}, periode {period}. Sebagai Pejabat Penilai Kinerja, Anda mengonfirmasi Dokumen Pelaksanaan Tugas Pokok mereka.',
  'journeys.execution.introDinasReader':
    'Pelaksanaan Kinerja Kepala Sekolah di wilayah {dinas}, periode {period}. Dokumen Pelaksanaan Tugas Pokok dikonfirmasi oleh Pejabat Penilai Kinerja Dinas.',
  'journeys.execution.awaitingDinas':
    '{count} Dokumen Pelaksanaan Tugas Pokok Kepala Sekolah menunggu konfirmasi Pejabat Penilai Kinerja Dinas.',
  'journeys.execution.recommend': 'Beri Rekomendasi Penilaian',
  'journeys.execution.recommendFor': 'Beri Rekomendasi Penilaian untuk {name}',
  'journeys.execution.assess': 'Buka Penilaian',
  'journeys.execution.assessFor': 'Buka Penilaian Kinerja {name}',
  'journeys.execution.noPrincipalsDinas':
    'Belum ada Kepala Sekolah definitif di sekolah wilayah ini.',

  'journeys.ekinerja.title': 'Sinkronisasi e-Kinerja',
  'journeys.ekinerja.intro':
    'SKP yang disepakati dan predikat yang ditetapkan dikirim otomatis ke e-Kinerja BKN. Di sini Anda melihat statusnya dan mengirim ulang yang gagal.',
  'journeys.ekinerja.wrongRole':
    'Halaman ini untuk Operator Sekolah, Dinas Pendidikan dan Admin. Ganti peran lewat menu nama Anda bila Anda memiliki peran tersebut.',
  'journeys.ekinerja.notConfigured':
    'Pengiriman ke e-Kinerja belum diatur di server ini. Data tetap tersimpan dan dikirim setelah alamat e-Kinerja diatur oleh Admin.',
  'journeys.ekinerja.export': 'Ekspor data e-Kinerja',
  'journeys.ekinerja.exportHint':
    'SKP disepakati dan predikat final periode {period} untuk {area}.',
  'journeys.ekinerja.exportCsv': 'Unduh CSV',
  'journeys.ekinerja.exportJson': 'Unduh JSON',
  'journeys.ekinerja.outbox': 'Status pengiriman',
  'journeys.ekinerja.filter': 'Tampilkan',
  'journeys.ekinerja.status.all': 'Semua',
  'journeys.ekinerja.status.pending': 'Menunggu dikirim',
  'journeys.ekinerja.status.retrying': 'Dicoba ulang',
  'journeys.ekinerja.status.failed': 'Gagal',
  'journeys.ekinerja.status.delivered': 'Terkirim',
  'journeys.ekinerja.empty': 'Belum ada data yang dikirim ke e-Kinerja.',
  'journeys.ekinerja.attempts': 'Percobaan: {count}',
  'journeys.ekinerja.createdAt': 'Dibuat {date}',
  'journeys.ekinerja.deliveredAt': 'Terkirim {date}',
  'journeys.ekinerja.nextAttempt': 'Dicoba lagi {date}',
  'journeys.ekinerja.retry': 'Coba lagi',
  'journeys.ekinerja.retryFor': 'Coba lagi kirim {kind} {name}',
  'journeys.ekinerja.retried': 'Data {name} dijadwalkan untuk dikirim ulang.',
  'journeys.ekinerja.shown': 'Menampilkan {shown} dari {total}',
  'journeys.ekinerja.more': 'Muat lebih banyak',

  'journeys.angkaKredit.title': 'Angka Kredit',
  'journeys.angkaKredit.intro':
    'Angka Kredit dari setiap Penilaian Kinerja yang sudah ditetapkan, dijumlahkan menuju jenjang atau pangkat berikutnya (PermenPANRB 1/2023).',
  'journeys.angkaKredit.wrongRole':
    'Halaman ini untuk Guru atau Kepala Sekolah sebagai Pegawai. Ganti peran lewat menu nama Anda bila Anda memiliki peran tersebut.',
  'journeys.angkaKredit.careerLevel': 'Jenjang jabatan',
  'journeys.angkaKredit.golongan': 'Pangkat, golongan/ruang',
  'journeys.angkaKredit.total': 'Jumlah Angka Kredit',
  'journeys.angkaKredit.within': 'Angka Kredit pada jenjang sekarang',
  'journeys.angkaKredit.nextLevel': 'Menuju golongan/ruang {next} dan jenjang jabatan berikutnya',
  'journeys.angkaKredit.nextRank': 'Menuju golongan/ruang {next}',
  'journeys.angkaKredit.progress': '{have} dari {need} Angka Kredit',
  'journeys.angkaKredit.remaining': 'Kurang {remaining} Angka Kredit.',
  'journeys.angkaKredit.years': 'Sekitar {years} tahun lagi dengan predikat Baik.',
  'journeys.angkaKredit.eligible': 'Angka Kredit sudah memenuhi syarat kenaikan.',
  'journeys.angkaKredit.noPromotion': 'Tidak ada jenjang berikutnya untuk dihitung.',
  'journeys.angkaKredit.entries': 'Rincian per Penilaian Kinerja',
  'journeys.angkaKredit.none':
    'Belum ada Penilaian Kinerja yang ditetapkan, jadi belum ada Angka Kredit.',
  'journeys.angkaKredit.entry': '{period} — {document}',
  'journeys.angkaKredit.entryDetail':
    'Predikat {predikat} · {months} bulan · {percentage}% × koefisien {coefficient}',
  'journeys.angkaKredit.entryValue': '{value} Angka Kredit',
  'journeys.angkaKredit.notCounted':
    'Tidak dijumlahkan: bulannya sudah dihitung pada dokumen Semester I dan II.',

  'journeys.noSupervisor.title': 'Data atasan Anda tidak ditemukan',
  'journeys.noSupervisor.teacher':
    'Sekolah Anda belum memiliki Kepala Sekolah definitif atau Plt pada periode ini, sehingga Perencanaan Kinerja Anda belum dapat disetujui. Minta Operator Sekolah memperbaiki data Kepala Sekolah di Dapodik. Setelah datanya benar, Perencanaan Kinerja yang sudah Anda ajukan otomatis diteruskan kepada Kepala Sekolah.',
  'journeys.noSupervisor.principal':
    'Dinas Pendidikan Anda belum memiliki Pejabat Penilai Kinerja, sehingga Perencanaan Kinerja Anda belum dapat disetujui. Hubungi Operator Dinas Pendidikan. Setelah datanya benar, Perencanaan Kinerja yang sudah Anda ajukan otomatis diteruskan kepada pejabat tersebut.',
  'journeys.noSupervisor.submit':
    'Perencanaan Kinerja akan tersimpan sebagai diajukan, tetapi belum ada atasan yang dapat menyetujuinya. Bacalah keterangan di bawah ini.',
  'journeys.submit.automatic':
    'Perencanaan Kinerja akan disetujui otomatis oleh sistem begitu diajukan. Pastikan semua isian sudah sesuai.',
  'journeys.noSupervisor.dinasTitle': 'Tanpa atasan',
  'journeys.noSupervisor.dinasIntro':
    'Sekolah berikut belum memiliki Kepala Sekolah definitif atau Plt pada periode ini. Perencanaan Kinerja gurunya tidak dapat disetujui sampai Operator Sekolah memperbaiki data Kepala Sekolah di Dapodik.',
  'journeys.noSupervisor.dinasRow':
    '{school} (NPSN {npsn}): {waiting} Perencanaan Kinerja menunggu, {teachers} guru',
  'journeys.noSupervisor.dinasNone': 'Semua sekolah memiliki Kepala Sekolah atau Plt.',
} as const;
