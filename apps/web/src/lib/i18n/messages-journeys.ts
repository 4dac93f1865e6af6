// The Dinas's and the pengawas's work on principals, e-Kinerja, angka kredit and plans without an
// atasan (issue #11 items 1, 2, 8, 9).

/** Bahasa Indonesia messages of this area. */
export const journeysMessagesId = {
  'journeys.nav.principalAssessments': 'Penilaian',
  'journeys.nav.eKinerja': 'e-Kinerja',
  'journeys.nav.angkaKredit': 'Angka Kredit',

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

/** English, the second locale. */
export const journeysMessagesEn: Record<keyof typeof journeysMessagesId, string> = {
  'journeys.nav.principalAssessments': 'Assessment',
  'journeys.nav.eKinerja': 'e-Kinerja',
  'journeys.nav.angkaKredit': 'Angka Kredit',

  'journeys.principals.title': 'Principal performance assessment',
  'journeys.principals.intro':
    'Assessment of the principals in {dinas}, period {period} ({document}). You are the principals’ assessor.',
  'journeys.principals.introReader':
    'Assessment of the principals in {dinas}, period {period} ({document}). The Dinas assessor fills it in.',
  'journeys.principals.wrongRole':
    'This page is for the Dinas role. Switch role from the menu under your name if you have it.',
  'journeys.principals.empty': 'No school of this region has a definitive principal yet.',
  'journeys.principals.caption': 'Principal assessments',
  'journeys.principals.shown': 'Showing {shown} of {total} principals',
  'journeys.principals.more': 'Load more',
  'journeys.principals.school': '{school} (NPSN {npsn})',
  'journeys.principals.recommendations': '{count} Tim Kinerja recommendations',
  'journeys.principals.recommendationsPengawas': '{count} pengawas recommendations',
  'journeys.principals.zip': 'Download evaluation documents (ZIP)',
  'journeys.principals.zipHint':
    'Every evaluation document set in the Dinas region in this period, in one ZIP file.',

  'journeys.execution.introDinas':
    'Execution of the principals in {dinas}, period {period}. As their assessor you confirm their main duties documents.',
  'journeys.execution.introDinasReader':
    'Execution of the principals in {dinas}, period {period}. The Dinas assessor confirms their main duties documents.',
  'journeys.execution.awaitingDinas':
    '{count} principals’ main duties documents wait for the Dinas assessor’s confirmation.',
  'journeys.execution.recommend': 'Recommend an assessment',
  'journeys.execution.recommendFor': 'Recommend an assessment for {name}',
  'journeys.execution.assess': 'Open assessment',
  'journeys.execution.assessFor': 'Open the assessment of {name}',
  'journeys.execution.noPrincipalsDinas':
    'No school of this region has a definitive principal yet.',

  'journeys.ekinerja.title': 'e-Kinerja synchronisation',
  'journeys.ekinerja.intro':
    'Agreed SKP and set predikat are sent to BKN e-Kinerja automatically. Here you see their status and resend failures.',
  'journeys.ekinerja.wrongRole':
    'This page is for school operators, the Dinas and administrators. Switch role from the menu under your name if you have it.',
  'journeys.ekinerja.notConfigured':
    'Sending to e-Kinerja is not configured on this server. Records are kept and sent once an administrator sets the address.',
  'journeys.ekinerja.export': 'e-Kinerja export',
  'journeys.ekinerja.exportHint': 'Agreed SKP and final predikat of {period} for {area}.',
  'journeys.ekinerja.exportCsv': 'Download CSV',
  'journeys.ekinerja.exportJson': 'Download JSON',
  'journeys.ekinerja.outbox': 'Delivery status',
  'journeys.ekinerja.filter': 'Show',
  'journeys.ekinerja.status.all': 'All',
  'journeys.ekinerja.status.pending': 'Waiting',
  'journeys.ekinerja.status.retrying': 'Retrying',
  'journeys.ekinerja.status.failed': 'Failed',
  'journeys.ekinerja.status.delivered': 'Delivered',
  'journeys.ekinerja.empty': 'Nothing has been sent to e-Kinerja yet.',
  'journeys.ekinerja.attempts': 'Attempts: {count}',
  'journeys.ekinerja.createdAt': 'Created {date}',
  'journeys.ekinerja.deliveredAt': 'Delivered {date}',
  'journeys.ekinerja.nextAttempt': 'Next attempt {date}',
  'journeys.ekinerja.retry': 'Try again',
  'journeys.ekinerja.retryFor': 'Try sending {kind} of {name} again',
  'journeys.ekinerja.retried': '{name}’s record will be sent again.',
  'journeys.ekinerja.shown': 'Showing {shown} of {total}',
  'journeys.ekinerja.more': 'Load more',

  'journeys.angkaKredit.title': 'Angka Kredit',
  'journeys.angkaKredit.intro':
    'Angka kredit of every set assessment, summed towards the next career level or rank (PermenPANRB 1/2023).',
  'journeys.angkaKredit.wrongRole':
    'This page is for teachers and principals as employees. Switch role from the menu under your name if you have it.',
  'journeys.angkaKredit.careerLevel': 'Career level',
  'journeys.angkaKredit.golongan': 'Rank, grade',
  'journeys.angkaKredit.total': 'Total angka kredit',
  'journeys.angkaKredit.within': 'Angka kredit at the current level',
  'journeys.angkaKredit.nextLevel': 'Towards grade {next} and the next career level',
  'journeys.angkaKredit.nextRank': 'Towards grade {next}',
  'journeys.angkaKredit.progress': '{have} of {need} angka kredit',
  'journeys.angkaKredit.remaining': '{remaining} angka kredit to go.',
  'journeys.angkaKredit.years': 'About {years} more years at predikat Baik.',
  'journeys.angkaKredit.eligible': 'The angka kredit already meet the requirement.',
  'journeys.angkaKredit.noPromotion': 'There is no next level to count towards.',
  'journeys.angkaKredit.entries': 'Per assessment',
  'journeys.angkaKredit.none': 'No assessment has been set yet, so there is no angka kredit.',
  'journeys.angkaKredit.entry': '{period} — {document}',
  'journeys.angkaKredit.entryDetail':
    'Predikat {predikat} · {months} months · {percentage}% × coefficient {coefficient}',
  'journeys.angkaKredit.entryValue': '{value} angka kredit',
  'journeys.angkaKredit.notCounted': 'Not summed: the semesters already count its months.',

  'journeys.noSupervisor.title': 'Your supervisor was not found',
  'journeys.noSupervisor.teacher':
    'Your school has no definitive or acting principal in this period, so your plan cannot be approved yet. Ask the school operator to fix the principal in Dapodik. Once fixed, your submitted plan goes to the principal automatically.',
  'journeys.noSupervisor.principal':
    'Your Dinas has no assessor yet, so your plan cannot be approved. Contact the Dinas operator. Once fixed, your submitted plan goes to the assessor automatically.',
  'journeys.noSupervisor.submit':
    'The plan will be kept as submitted, but nobody can approve it yet. Read the note below.',
  'journeys.submit.automatic':
    'The plan is approved by the system as soon as it is submitted. Make sure every entry is right.',
  'journeys.noSupervisor.dinasTitle': 'Without a supervisor',
  'journeys.noSupervisor.dinasIntro':
    'These schools have no definitive or acting principal in this period. Their teachers’ plans cannot be approved until the school operator fixes the principal in Dapodik.',
  'journeys.noSupervisor.dinasRow':
    '{school} (NPSN {npsn}): {waiting} plans waiting, {teachers} teachers',
  'journeys.noSupervisor.dinasNone': 'Every school has a principal or an acting principal.',
};
