// Perencanaan Kinerja: the employee's own plan (teacher or principal as pegawai).

/** Bahasa Indonesia messages of this area; official labels follow the guides. */
export const planningMessagesId = {
  'planning.title': 'Perencanaan Kinerja',
  'planning.wrongRole':
    'Perencanaan Kinerja diisi dengan peran "Guru sebagai Pegawai" atau "Kepala Sekolah sebagai Pegawai". Ganti peran lewat menu nama Anda bila Anda memiliki peran tersebut.',

  'planning.status.not_started': 'Belum mulai',

  'planning.start.period': 'Periode kinerja',
  'planning.start.intro':
    'Klik "Mulai" untuk menyusun Perencanaan Kinerja: cek Data Diri, isi setiap bagian, periksa Rangkuman, lalu ajukan kepada Kepala Sekolah. Isian Anda tersimpan otomatis sebagai draf.',
  'planning.start.introPrincipal':
    'Klik "Mulai" untuk menyusun Perencanaan Kinerja Anda sebagai Kepala Sekolah: cek Data Diri, isi setiap bagian, lalu ajukan. Isian Anda tersimpan otomatis sebagai draf.',
  'planning.start.introPrincipalTeam':
    'Klik "Mulai" untuk menyusun Perencanaan Kinerja Anda sebagai Kepala Sekolah: cek Data Diri, Tim Kinerja dan Pejabat Penilai Kinerja, isi setiap bagian, lalu ajukan. Isian Anda tersimpan otomatis sebagai draf.',
  'planning.start.button': 'Mulai',
  'planning.start.starting': 'Memulai…',
  'planning.start.notPossible': 'Perencanaan Kinerja belum dapat dimulai.',

  'planning.deadline.label': 'Batas waktu Perencanaan Kinerja',
  'planning.deadline.daysLeft': '{days} hari lagi',
  'planning.deadline.extended': 'diperpanjang untuk Anda',
  'planning.deadline.closed': 'sudah lewat',
  'planning.deadline.upcoming': 'Perencanaan Kinerja dibuka mulai {date}.',
  'planning.deadline.lockedOut':
    'Perencanaan Kinerja ditutup sejak batas waktunya, {date}, dan rencana terkunci. Perpanjangan tenggat hanya dapat diberikan oleh Dinas Pendidikan atau Admin; hubungi Dinas Pendidikan Anda.',

  'planning.personal.title': 'Data Diri',
  'planning.personal.intro':
    'Cek dan pastikan Data Diri Anda sudah sesuai sebelum menyusun Perencanaan Kinerja.',
  'planning.personal.employmentStatus': 'Status kepegawaian',
  'planning.personal.jenisPtk': 'Jenis PTK',
  'planning.personal.rank': 'Pangkat, Golongan/Ruang',
  'planning.personal.golongan': 'Pangkat/Golongan',
  'planning.personal.ruang': 'Ruang',
  'planning.personal.careerLevel': 'Jenjang Jabatan',
  'planning.personal.choose': 'Pilih…',
  'planning.personal.editedMark': 'diubah di Kinerja',
  'planning.personal.dapodikNote':
    'Nama, Satuan Pendidikan dan NIP berasal dari Dapodik. Bila ada yang tidak sesuai, hubungi Operator Sekolah untuk memperbaruinya di Dapodik.',
  'planning.personal.alreadyEdited':
    'Data Diri sudah pernah Anda perbarui; pembaruan hanya bisa dilakukan satu kali.',
  'planning.personal.notEditable':
    'Dengan status kepegawaian Anda, Data Diri tidak dapat diperbarui di sini.',
  'planning.personal.edit': 'Edit',
  'planning.personal.confirm': 'Data sudah sesuai',
  'planning.personal.editTitle': 'Perbarui Data Diri',
  'planning.personal.editLocalOnly':
    'Pembaruan di sini hanya untuk Pengelolaan Kinerja dan tidak mengubah data di Dapodik.',
  'planning.personal.editOnce':
    'Pembaruan Data Diri hanya bisa dilakukan satu kali. Periksa kembali sebelum menyimpan.',
  'planning.personal.editCareerImpact':
    'Pastikan Jenjang Jabatan sesuai karena akan memengaruhi Perencanaan Kinerja.',
  'planning.personal.confirmedAt': 'Data Diri dikonfirmasi pada {date}.',

  'planning.employment.pns': 'PNS',
  'planning.employment.pppk': 'PPPK',
  'planning.employment.non_asn': 'Non-ASN',
  'planning.career.ahli_pertama': 'Ahli Pertama',
  'planning.career.ahli_muda': 'Ahli Muda',
  'planning.career.ahli_madya': 'Ahli Madya',
  'planning.career.ahli_utama': 'Ahli Utama',

  'planning.team.title': 'Tim Kinerja dan Pejabat Penilai Kinerja',
  'planning.team.intro':
    'Pastikan Tim Kinerja dan Pejabat Penilai Kinerja Anda sudah sesuai, lalu klik "Simpan".',
  'planning.team.assessor': 'Pejabat Penilai Kinerja',
  'planning.team.noAssessor': 'Belum ditetapkan oleh Dinas Pendidikan',
  'planning.team.timKinerja': 'Tim Kinerja',
  'planning.team.noMembers': 'Belum ada anggota Tim Kinerja',
  'planning.team.source.assigned': 'ditetapkan',
  'planning.team.source.pengawas': 'Pengawas Sekolah',
  'planning.team.rosterNote':
    'Bila data ini tidak sesuai, hubungi Operator Sekolah atau Dinas Pendidikan untuk memperbaikinya.',
  'planning.team.confirm': 'Simpan',

  'planning.tabs.label': 'Bagian Perencanaan Kinerja',
  'planning.tabs.problems': '{count} isian perlu dilengkapi',
  'planning.tabs.next': 'Ke {tab}',

  'planning.problems.title': 'Yang masih perlu dilengkapi',
  'planning.problems.allTitle': 'Yang masih perlu dilengkapi ({count})',
  'planning.problems.goTo': 'Buka {tab}',
  'planning.problems.none':
    'Semua bagian sudah lengkap. Periksa Rangkuman, lalu klik "Lanjut Ajukan".',

  'planning.main.legend': 'Tugas pokok yang Anda laksanakan',
  'planning.main.hint':
    'Tandai tugas pokok yang Anda laksanakan. Anda tidak perlu mengunggah bukti dukung.',
  'planning.main.focusLegend': 'Fokus utama',
  'planning.main.focusHint': 'Pilih salah satu tugas pokok untuk dijadikan fokus utama.',
  'planning.main.focusEmpty': 'Tandai tugas pokok terlebih dahulu.',
  'planning.main.noFocus': 'Tanpa fokus utama',

  'planning.additional.legend': 'Tugas Tambahan',
  'planning.additional.hint':
    'Opsional; boleh lebih dari satu. Pilih hanya tugas tambahan yang didukung SK atau Surat Tugas.',
  'planning.additional.none': 'Tidak ada tugas tambahan untuk jenjang sekolah Anda.',
  'planning.additional.nonePrincipal':
    'Kepala Sekolah tidak memilih tugas tambahan: beban kerja Kepala Sekolah sepenuhnya untuk tugas pokok manajerial, pengembangan kewirausahaan, dan supervisi kepada guru dan tenaga kependidikan (Permendikbud 15/2018).',
  'planning.additional.weeklyJp': '(setara {jp} JP/minggu)',
  'planning.additional.skLabel': 'Nomor SK / Surat Tugas',
  'planning.additional.skHint': 'Contoh: 800/123/SMAN1/2026',

  'planning.practice.legend': 'Sub indikator Praktik Kinerja',
  'planning.practice.hint':
    'Pilih satu sub indikator yang menjadi fokus peningkatan kinerja Anda. Dianjurkan memilih yang direkomendasikan berdasarkan Rapor Pendidikan.',
  'planning.practice.recommendedTitle': 'Direkomendasikan berdasarkan Rapor Pendidikan',
  'planning.practice.raporSource': 'Data Rapor Pendidikan Satdik diimpor {date}.',
  'planning.practice.raporSourceUndated': 'Berdasarkan data Rapor Pendidikan Satdik.',
  'planning.practice.noRapor':
    'Belum ada data Rapor Pendidikan untuk sekolah Anda, jadi belum ada rekomendasi. Pilih dari daftar sub indikator.',
  'planning.practice.raporScore': 'Rapor Pendidikan Satdik',
  'planning.practice.more': 'Lihat indikator lainnya',
  'planning.practice.targets': 'Target perilaku',
  'planning.practice.behaviours': 'Perilaku yang dianjurkan dan dihindari',
  'planning.practice.recommended': 'Dianjurkan',
  'planning.practice.avoided': 'Dihindari',
  'planning.practice.nameGap': 'Nama resmi sub indikator ini belum tersedia di katalog.',
  'planning.practice.targetsGap': 'Target perilaku sub indikator ini belum diisi oleh admin.',

  'planning.competency.rhkLegend': 'Rencana Hasil Kerja Pengembangan Kompetensi',
  'planning.competency.rhkHint':
    'Tentukan berapa kali Anda melakukan setiap kegiatan; satu kegiatan boleh direncanakan lebih dari sekali dan poinnya dijumlahkan. Total minimal {min} poin; dianjurkan {min}–{max} poin per semester.',
  'planning.competency.pointsEach': '{points} poin per kegiatan',
  'planning.competency.total': 'Total {total} poin',
  'planning.competency.below': 'kurang {missing} poin dari minimal {min} poin',
  'planning.competency.above': 'melebihi anjuran {max} poin (boleh, tetapi tidak dianjurkan)',
  'planning.competency.within': 'sudah memenuhi',
  'planning.competency.pointsGap': '(poin belum tersedia di katalog; belum dapat dipilih)',
  'planning.competency.indicatorLegend': 'Indikator Pengembangan Kompetensi',
  'planning.competency.indicatorHint':
    'Pilih 1 indikator yang menjadi fokus pengembangan Anda, setelah berdiskusi dengan Kepala Sekolah.',
  'planning.competency.indicatorHintPrincipal':
    'Pilih 1 indikator yang menjadi fokus pengembangan Anda, setelah berdiskusi dengan Pengawas Sekolah sebagai Tim Kinerja.',
  'planning.competency.gaps':
    'Indikator untuk kompetensi {groups} belum tersedia: daftarnya belum diisi oleh admin.',

  'planning.behaviour.hintAll':
    'Untuk setiap nilai BerAKHLAK, pilih satu perilaku yang akan Anda tingkatkan.',
  'planning.behaviour.hintMin':
    'Pilih perilaku yang akan Anda tingkatkan untuk paling sedikit {min} nilai BerAKHLAK.',
  'planning.behaviour.agreedHint': 'Tulis ekspektasi yang sudah Anda sepakati dengan atasan.',
  'planning.behaviour.forValue': 'untuk {value}',
  'planning.behaviour.writtenAt': 'Ditulis atasan pada {date}',
  'planning.behaviour.byPrincipal':
    'Ekspektasi Khusus Pimpinan ditulis oleh atasan saat memeriksa rencana Anda.',

  'planning.save.saving': 'Menyimpan…',
  'planning.save.saved': 'Tersimpan {time}',
  'planning.save.retrying': 'Belum tersimpan — mencoba lagi',
  'planning.save.failed': 'Belum tersimpan.',
  'planning.save.conflict': 'Belum tersimpan — pilih versi yang dipakai',
  'planning.save.button': 'Simpan Draf',

  'planning.restore.title': 'Ada isian yang belum tersimpan',
  'planning.restore.body':
    'Perangkat ini menyimpan isian Anda dari {time} yang belum sampai ke server. Pulihkan isian itu?',
  'planning.restore.older':
    'Isian ini dibuat sebelum versi terbaru rencana; memulihkannya akan menggantikan isian versi terbaru.',
  'planning.restore.restore': 'Pulihkan isian',
  'planning.restore.discard': 'Buang',

  'planning.conflict.title': 'Rencana ini diubah di perangkat lain',
  'planning.conflict.body':
    'Rencana ini diubah di perangkat atau tab lain ({time}) setelah Anda membukanya. Isian Anda masih ada di layar dan belum tersimpan. Pilih versi yang dipakai:',
  'planning.conflict.mineHelp':
    '"Pakai isian saya" menyimpan isian di layar ini menggantikan versi dari perangkat lain.',
  'planning.conflict.theirsHelp':
    '"Pakai versi terbaru" menampilkan versi dari perangkat lain; isian di layar ini dibuang.',
  'planning.conflict.notEditable':
    'Rencana ini sekarang berstatus "{status}" dan tidak dapat diubah lagi.',
  'planning.conflict.mine': 'Pakai isian saya',
  'planning.conflict.show': 'Pilih versi',
  'planning.conflict.theirs': 'Pakai versi terbaru',

  'planning.returned.title': 'Dikembalikan oleh atasan',
  'planning.returned.help': 'Perbaiki rencana sesuai catatan di atas, lalu ajukan kembali.',

  'planning.submit.continue': 'Lanjut Ajukan',
  'planning.submit.title': 'Ajukan Perencanaan Kinerja?',
  'planning.submit.ready':
    'Perencanaan Kinerja akan diajukan kepada atasan Anda. Pastikan semua isian sudah sesuai.',
  'planning.submit.notReady':
    'Masih ada {count} isian yang perlu dilengkapi. Klik "Cek Ulang" untuk melengkapinya.',
  'planning.submit.submit': 'Ajukan',
  'planning.submit.review': 'Cek Ulang',
  'planning.submit.notSaved':
    'Draf belum tersimpan. Periksa koneksi atau pilihan versi di atas, lalu coba lagi.',
  'planning.submit.done': 'Perencanaan Kinerja berhasil diajukan.',
  'planning.submit.doneApproved': 'Perencanaan Kinerja berhasil diajukan dan sudah disetujui.',

  'planning.supervision.manual':
    'Atasan yang memeriksa dan menyetujui Perencanaan Kinerja Anda: {name}',
  'planning.supervision.blocked': 'Data atasan Anda tidak ditemukan',
  'planning.supervision.blockedHint':
    'Hubungi Operator Sekolah atau Dinas Pendidikan Daerah untuk menyesuaikan data Dapodik.',
  'planning.supervision.automaticCheck':
    'Pastikan perencanaan Anda sudah sesuai sebelum mengajukan, karena tidak ada pemeriksaan oleh atasan.',

  'planning.overview.title': 'Status Perencanaan Kinerja',
  'planning.overview.submittedAt': 'Diajukan pada {date}',
  'planning.overview.waitingNext':
    'Selanjutnya, diskusikan rencana Anda dengan atasan untuk memperoleh kesepakatan.',
  'planning.overview.approvedNext':
    'Rencana sudah disetujui. Anda dapat memulai Pelaksanaan Kinerja sesuai jadwal.',
  'planning.overview.summary': 'Rangkuman',
  'planning.pdf': 'Unduh PDF',

  'planning.history.title': 'Riwayat',
  'planning.history.show': 'Lihat Riwayat',
  'planning.history.empty': 'Belum ada riwayat pengajuan.',
  'planning.history.version': 'Versi {number}',
  'planning.history.submitted': 'diajukan {date} oleh {name}',
  'planning.history.note': 'Catatan',

  'planning.summary.identity': 'Identitas',
  'planning.summary.name': 'Nama',
  'planning.summary.school': 'Satuan Pendidikan',
  'planning.summary.period': 'Periode',
  'planning.summary.none': 'Belum dipilih',
  'planning.summary.focus': 'fokus utama',
  'planning.summary.points': '{points} poin',
  'planning.summary.pointsTimes': '{count} kegiatan × {points} poin',
  'planning.summary.totalPoints':
    'Total {total} poin (minimal {min} poin, dianjurkan paling banyak {max} poin)',
  'planning.summary.noAdditional': 'Tidak ada tugas tambahan',
  'planning.summary.skReference': 'Nomor SK / Surat Tugas',
  'planning.summary.expectation': 'Ekspektasi Khusus Pimpinan',
  'planning.summary.noExpectation': 'belum ditulis',
  'planning.summary.returnNote': 'Catatan dari atasan',
  'planning.summary.approval': 'Persetujuan',
} satisfies Record<string, string>;
