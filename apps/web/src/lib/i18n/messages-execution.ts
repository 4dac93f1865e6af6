// Pelaksanaan Kinerja: the 2025+ documents, the Siklus Praktik Kinerja A–E and the supervisors'
// view (issue #5 items 3, 4 and 6). Official labels follow the guide (seed 004) and domain.md §2.3, §3.6.

/** Bahasa Indonesia messages of this area; official labels follow the guides. */
export const executionMessagesId = {
  'execution.title': 'Pelaksanaan Kinerja',
  'execution.intro': 'Periode {period} · {school}',
  'execution.evidence2024.title': 'Bukti Dukung',
  'execution.evidence2024.intro':
    'Unggah bukti dukung untuk setiap RHK Pengembangan Kompetensi dan Tugas Tambahan yang disetujui, lalu Kumpulkan. Sebelum Penilaian dimulai, Anda dapat mengubah RHK setelah berdiskusi dengan atasan.',
  'execution.evidence2024.collect': 'Kumpulkan Bukti Dukung',
  'execution.evidence2024.changeRhk': 'Ubah Rencana Hasil Kerja',
  'execution.wrongRole':
    'Pelaksanaan Kinerja diisi dengan peran "Guru sebagai Pegawai" atau "Kepala Sekolah sebagai Pegawai". Ganti peran lewat menu nama Anda bila Anda memiliki peran tersebut.',
  'execution.noPlan':
    'Anda belum memiliki Perencanaan Kinerja pada periode ini. Pelaksanaan Kinerja dimulai setelah Perencanaan Kinerja disetujui.',
  'execution.notApproved':
    'Perencanaan Kinerja Anda berstatus "{status}". Pelaksanaan Kinerja dapat dimulai setelah Perencanaan Kinerja disetujui atasan.',
  'execution.openPlanning': 'Buka Perencanaan Kinerja',

  'execution.deadline.label': 'Batas waktu Pelaksanaan Kinerja',
  'execution.deadline.daysLeft': '{days} hari lagi',
  'execution.deadline.extended': 'diperpanjang untuk Anda',
  'execution.deadline.closed': 'sudah lewat',
  'execution.deadline.upcoming': 'Pelaksanaan Kinerja dibuka mulai {date}.',

  'execution.supervisor.headingTeacher': 'Atasan (Kepala Sekolah)',
  'execution.supervisor.headingPrincipal': 'Atasan (Pejabat Penilai Kinerja)',
  'execution.supervisor.acting': 'Plt',
  'execution.supervisor.missing':
    'Data atasan Anda tidak ditemukan. Hubungi Operator Sekolah atau Dinas Pendidikan untuk memperbaiki data di Dapodik.',

  'execution.document.competency_reflection': 'Dokumen Pengembangan Kompetensi',
  'execution.document.main_duties_checklist': 'Dokumen Pelaksanaan Tugas Pokok',
  'execution.document.intro.competency_reflection':
    'Tuliskan refleksi hasil belajar dari kegiatan pengembangan kompetensi Anda. Tidak perlu mengunggah bukti dukung.',
  'execution.document.intro.main_duties_checklist':
    'Centang tugas pokok yang telah Anda laksanakan. Tidak perlu mengunggah bukti dukung; Anda dapat menunjukkan bukti pelaksanaan secara langsung kepada atasan.',
  'execution.document.start': 'Lakukan',
  'execution.document.continue': 'Lanjutkan',
  'execution.document.saveDraft': 'Simpan Draf',
  'execution.document.send': 'Kirim ke Atasan',
  'execution.document.sending': 'Mengirim…',
  'execution.document.sendTitle': 'Kirim ke Atasan?',
  'execution.document.sendBody': '{document} akan dikirim kepada {name} untuk diperiksa.',
  'execution.document.sendBodyNoName': '{document} akan dikirim kepada atasan Anda.',
  'execution.document.sendWarning':
    'Dokumen yang telah dikirim tidak dapat diubah kembali. Periksa isinya sebelum mengirim.',
  'execution.document.sendHint.competency_reflection':
    'Tuliskan refleksi terlebih dahulu sebelum mengirim ke atasan.',
  'execution.document.sendHint.main_duties_checklist':
    'Centang minimal satu tugas pokok sebelum mengirim ke atasan.',
  'execution.document.sentAt': 'Dikirim ke atasan {date}',
  'execution.document.sentNow': 'Dokumen telah dikirim ke atasan dan tidak dapat diubah kembali.',
  'execution.document.notSaved':
    'Dokumen belum tersimpan, jadi belum dapat dikirim. Periksa koneksi lalu coba lagi.',
  'execution.document.conflict':
    'Dokumen ini baru saja disimpan dari perangkat lain. Isian Anda masih ada di layar: pilih isian mana yang dipakai.',
  'execution.document.keepMine': 'Pakai isian saya',
  'execution.document.takeTheirs': 'Pakai versi terbaru',
  'execution.document.emptyText': 'Belum ada isian.',

  'execution.reflection.label': 'Refleksi hasil belajar',
  'execution.reflection.hint':
    'Tuliskan pembelajaran atau inspirasi yang Anda peroleh selama kegiatan pengembangan kompetensi, termasuk proses dan hasilnya.',
  'execution.reflection.count': '{count} dari {max} karakter',

  'execution.checklist.legend': 'Tugas pokok yang telah dilaksanakan',
  'execution.checklist.hint':
    'Tugas pokok berikut berasal dari Perencanaan Kinerja Anda yang disetujui.',
  'execution.checklist.focus': 'fokus utama',
  'execution.checklist.count': '{done} dari {total} tugas pokok dicentang',
  'execution.checklist.done': '(dilaksanakan)',
  'execution.checklist.notDone': '(belum dicentang)',

  'execution.accountability.confirmed':
    'Dokumen akuntabilitas telah dikonfirmasi oleh {name} pada {date}.',
  'execution.accountability.awaiting': 'Menunggu konfirmasi atasan atas dokumen akuntabilitas.',
  'execution.accountability.note': 'Catatan',
  'execution.accountability.confirm': 'Konfirmasi dokumen akuntabilitas',

  'execution.save.saved': 'Tersimpan {time}',
  'execution.save.nothing': 'Belum ada yang disimpan.',
  'execution.save.pending': 'Belum tersimpan…',
  'execution.save.saving': 'Menyimpan…',
  'execution.save.retrying': 'Belum tersimpan — mencoba lagi.',
  'execution.save.failed': 'Belum tersimpan.',
  'execution.save.conflict': 'Belum tersimpan — diubah juga di perangkat lain.',

  'execution.practice.title': 'Praktik Kinerja',
  'execution.practice.intro':
    'Siklus Peningkatan Kinerja bersama atasan: A. Diskusi Persiapan, B. Observasi Kinerja, C. Diskusi Tindak Lanjut, D. Upaya Tindak Lanjut, E. Refleksi Tindak Lanjut.',
  'execution.practice.introPrincipal':
    'Siklus Peningkatan Kinerja bersama Pengawas Sekolah: A. Diskusi Persiapan, B. Observasi Kinerja, C. Diskusi Tindak Lanjut, D. Upaya Tindak Lanjut, E. Refleksi Tindak Lanjut.',
  'execution.practice.notStarted': 'Belum dimulai',
  'execution.practice.progress': '{rated} dari {total} perilaku sudah dinilai',
  'execution.practice.open': 'Buka Siklus Praktik Kinerja',
  'execution.practice.start': 'Mulai Siklus Praktik Kinerja',

  'execution.cycle.title': 'Siklus Praktik Kinerja',
  'execution.cycle.back': '← Kembali ke Pelaksanaan',
  'execution.cycle.intro': '{name} · {school} · Periode {period}',
  'execution.cycle.indicator': 'Sub-indikator Praktik Kinerja',
  'execution.cycle.noIndicator': 'Belum dipilih',
  'execution.cycle.employee': 'Pegawai',
  'execution.cycle.steps': 'Langkah siklus',
  'execution.cycle.save': 'Simpan',
  'execution.cycle.saved': 'Tersimpan.',
  'execution.cycle.conflict':
    'Siklus ini baru saja diubah di perangkat lain. Isian Anda masih ada di layar; periksa lalu simpan lagi.',
  'execution.cycle.conflictFinish':
    'Siklus ini baru saja diubah di perangkat lain. Periksa isinya lalu coba lagi.',
  'execution.cycle.saveFirst': 'Isian belum tersimpan. Perbaiki yang ditandai lalu coba lagi.',
  'execution.cycle.finish': 'Selesaikan siklus',
  'execution.cycle.finishTitle': 'Selesaikan Siklus Praktik Kinerja?',
  'execution.cycle.finishBody':
    'Refleksi dan komentar tidak dapat diubah lagi. Hasil siklus dipakai pada Penilaian Kinerja.',
  'execution.cycle.finishHint':
    'Siklus dapat diselesaikan setelah refleksi tindak lanjut dikirim dan komentar atasan diisi.',
  'execution.cycle.completed':
    'Siklus Praktik Kinerja sudah selesai. Hasilnya dipakai pada Penilaian Kinerja.',

  'execution.observer.principal': 'Kepala Sekolah (observer)',
  'execution.observer.acting_principal': 'Plt Kepala Sekolah (observer)',
  'execution.observer.pengawas': 'Pengawas Sekolah (observer)',

  'execution.step.done': 'Selesai {date}',
  'execution.step.doneBy': 'Selesai {date} oleh {name}',
  'execution.step.current': 'Sedang berjalan',
  'execution.step.upcoming': 'Belum dimulai',

  'execution.who.preparation': 'Diisi bersama oleh {employee} dan {observer}',
  'execution.who.observation': 'Dinilai oleh {observer}',
  'execution.who.followUp': 'Ditulis oleh {observer}, lalu dikonfirmasi oleh {employee}',
  'execution.who.actions': 'Dicatat oleh {employee}',
  'execution.who.reflection': 'Refleksi oleh {employee}, komentar oleh {observer}',

  'execution.target.details': 'Perilaku yang dianjurkan dan dihindari',
  'execution.target.recommended': 'Perilaku yang dianjurkan',
  'execution.target.avoided': 'Perilaku yang dihindari',

  'execution.preparation.focusLegend': 'Perilaku fokus yang akan diobservasi',
  'execution.preparation.focusHint':
    'Pilih target perilaku yang disepakati sebagai fokus. Semua target perilaku tetap dinilai saat observasi; yang dipilih ditandai sebagai fokus.',
  'execution.preparation.customLegend': 'Perilaku fokus yang akan diobservasi',
  'execution.preparation.customHint':
    'Katalog belum memuat target perilaku untuk sub-indikator ini. Tuliskan perilaku fokus yang disepakati (paling banyak {max}); setiap perilaku akan dinilai saat observasi.',
  'execution.preparation.customLabel': 'Perilaku fokus {number}',
  'execution.preparation.customRemove': 'Hapus perilaku fokus {number}',
  'execution.preparation.customAdd': 'Tambah perilaku fokus',
  'execution.preparation.schedule': 'Jadwal praktik observasi',
  'execution.preparation.scheduleHint': 'Sesuaikan dengan jadwal kegiatan belajar mengajar.',
  'execution.preparation.scheduleHintPrincipal':
    'Sepakati bersama Pengawas Sekolah jadwal observasi praktik kepemimpinan pembelajaran Anda.',
  'execution.preparation.scheduleAt': '{date} pukul {time}',
  'execution.preparation.date': 'Tanggal',
  'execution.preparation.time': 'Jam',
  'execution.preparation.specificBehaviour':
    'Perilaku spesifik yang ingin dipelajari/ditampilkan saat observasi',
  'execution.preparation.efforts': 'Upaya untuk mencapai target',
  'execution.preparation.finish': 'Selesai Diskusi Persiapan',
  'execution.preparation.finishTitle': 'Selesaikan Diskusi Persiapan?',
  'execution.preparation.finishBody':
    'Perilaku fokus, jadwal dan isian Diskusi Persiapan tidak dapat diubah lagi. Setelah ini {observer} melakukan Observasi Kinerja sesuai jadwal.',

  'execution.modulAjar.legend': 'Modul Ajar',
  'execution.modulAjar.choose': 'Unggah Modul Ajar',
  'execution.modulAjar.replace': 'Ganti Modul Ajar',
  'execution.modulAjar.hint': 'Berkas PDF, paling besar 10 MB.',
  'execution.modulAjar.upload': 'Unggah',
  'execution.modulAjar.uploading': 'Mengunggah Modul Ajar',
  'execution.modulAjar.progress': 'Mengunggah… {percent}%',
  'execution.modulAjar.open': 'Lihat',
  'execution.modulAjar.remove': 'Hapus',
  'execution.modulAjar.none': 'Tidak diunggah',
  'execution.modulAjar.chooseFirst': 'Pilih berkas PDF terlebih dahulu.',
  'execution.modulAjar.tooBig': 'Berkas lebih dari 10 MB. Perkecil berkas PDF lalu unggah lagi.',

  'execution.observation.hint':
    'Pilih penilaian untuk setiap perilaku. Setiap perubahan tersimpan otomatis dan juga disimpan di perangkat ini sampai server menerimanya.',
  'execution.observation.focus': 'Fokus',
  'execution.observation.noteFor': 'Catatan perilaku {number}',
  'execution.observation.generalNote': 'Catatan umum observasi',
  'execution.observation.progress': '{rated} dari {total} perilaku dinilai',
  'execution.observation.unrated': 'Belum dinilai',
  'execution.observation.finish': 'Selesai observasi',
  'execution.observation.finishTitle': 'Selesai observasi?',
  'execution.observation.finishBody':
    'Penilaian {total} perilaku untuk {name} dikunci dan tidak dapat diubah lagi. Langkah berikutnya: Diskusi Tindak Lanjut.',
  'execution.observation.finishHint':
    'Nilai semua perilaku sebelum menyelesaikan observasi ({rated} dari {total}).',
  'execution.observation.restored':
    'Penilaian yang belum tersimpan dari kunjungan sebelumnya dipulihkan dari perangkat ini dan sedang disimpan.',
  'execution.observation.conflictTitle': 'Penilaian diubah juga di perangkat lain',
  'execution.observation.conflictBody':
    'Perilaku berikut dinilai berbeda di perangkat lain sejak Anda membukanya. Penilaian Anda masih ada di layar; pilih yang dipakai.',
  'execution.observation.conflictMine': 'Penilaian Anda: {rating}',
  'execution.observation.conflictTheirs': 'Perangkat lain: {rating}',
  'execution.observation.keepMine': 'Pakai penilaian saya',
  'execution.observation.takeTheirs': 'Pakai penilaian perangkat lain',
  'execution.observation.waiting': 'Observasi Kinerja dilakukan oleh {name} sesuai jadwal berikut.',
  'execution.observation.noItems': 'Tidak ada perilaku yang diobservasi.',

  'execution.followUp.label': 'Tindak lanjut yang disepakati',
  'execution.followUp.hint':
    'Tuliskan hasil Diskusi Tindak Lanjut bersama {name}: praktik yang akan diperbaiki dan dukungan yang disepakati.',
  'execution.followUp.finish': 'Selesai Diskusi Tindak Lanjut',
  'execution.followUp.finishTitle': 'Selesaikan Diskusi Tindak Lanjut?',
  'execution.followUp.finishBody':
    'Tindak lanjut yang disepakati tidak dapat diubah lagi. {name} akan mengonfirmasi lalu mencatat upaya tindak lanjut.',
  'execution.followUp.waiting': '{name} menuliskan hasil Diskusi Tindak Lanjut setelah observasi.',
  'execution.followUp.acknowledgedAt': 'Dikonfirmasi oleh {name} pada {date}.',
  'execution.followUp.notAcknowledged': '{name} belum mengonfirmasi hasil diskusi ini.',

  'execution.actions.acknowledgeHint':
    'Baca hasil Diskusi Tindak Lanjut di atas, lalu konfirmasi sebelum menyelesaikan upaya tindak lanjut.',
  'execution.actions.acknowledge': 'Konfirmasi hasil diskusi',
  'execution.actions.acknowledgeTitle': 'Konfirmasi hasil Diskusi Tindak Lanjut?',
  'execution.actions.acknowledgeBody':
    'Anda menyatakan telah membaca dan menyepakati tindak lanjut ini. Konfirmasi tidak dapat dibatalkan.',
  'execution.actions.legend': 'Upaya tindak lanjut yang telah dilakukan',
  'execution.actions.hint':
    'Catat setiap upaya: tanggal dan uraiannya. Daftar dapat diubah sampai langkah ini diselesaikan.',
  'execution.actions.item': 'Upaya {number}',
  'execution.actions.date': 'Tanggal upaya {number}',
  'execution.actions.description': 'Uraian upaya {number}',
  'execution.actions.remove': 'Hapus upaya {number}',
  'execution.actions.add': 'Tambah upaya',
  'execution.actions.finish': 'Selesai Upaya Tindak Lanjut',
  'execution.actions.finishTitle': 'Selesaikan Upaya Tindak Lanjut?',
  'execution.actions.finishBody':
    'Daftar upaya tindak lanjut tidak dapat diubah lagi. Langkah berikutnya: Refleksi Tindak Lanjut.',
  'execution.actions.finishHint':
    'Upaya tindak lanjut dapat diselesaikan setelah Anda mengonfirmasi hasil Diskusi Tindak Lanjut.',
  'execution.actions.waiting': '{name} mencatat upaya tindak lanjut.',
  'execution.actions.none': 'Belum ada upaya yang dicatat.',

  'execution.reflection.cycleLabel': 'Refleksi tindak lanjut',
  'execution.reflection.cycleHint':
    'Apa yang Anda pelajari dari upaya tindak lanjut, dan apa yang berubah dalam praktik Anda?',
  'execution.reflection.submit': 'Kirim refleksi',
  'execution.reflection.submitTitle': 'Kirim refleksi tindak lanjut?',
  'execution.reflection.submitBody':
    'Refleksi akan dikirim kepada {observer} untuk diberi komentar.',
  'execution.reflection.submitWarning': 'Refleksi yang telah dikirim tidak dapat diubah kembali.',
  'execution.reflection.submittedAt': 'Dikirim {date}',
  'execution.reflection.waiting': 'Menunggu {name} mengirim refleksi tindak lanjut.',
  'execution.reflection.comment': 'Komentar atasan',
  'execution.reflection.commentHint':
    'Tuliskan umpan balik atas refleksi {name}: apa yang sudah baik dan apa yang perlu dilanjutkan.',
  'execution.reflection.saveComment': 'Simpan komentar',
  'execution.reflection.commentWaiting': '{name} belum menulis komentar.',

  'execution.review.title': 'Pelaksanaan',
  'execution.review.intro': 'Pelaksanaan Kinerja guru {school}, periode {period}.',
  'execution.review.introPengawas':
    'Pelaksanaan Kinerja Kepala Sekolah di sekolah binaan Anda, periode {period}.',
  'execution.review.wrongRole':
    'Halaman ini untuk peran "Kepala Sekolah sebagai Atasan" atau Pengawas. Ganti peran lewat menu nama Anda bila Anda memiliki peran tersebut.',
  'execution.review.search': 'Cari nama atau NIP',
  'execution.review.shown': 'Menampilkan {shown} dari {total}',
  'execution.review.empty': 'Tidak ada yang cocok dengan pencarian.',
  'execution.review.noTeachers': 'Belum ada guru di sekolah ini.',
  'execution.review.noPrincipals': 'Belum ada Kepala Sekolah di sekolah binaan Anda.',
  'execution.review.awaiting': '{count} Dokumen Pelaksanaan Tugas Pokok menunggu konfirmasi Anda.',
  'execution.review.planNotApproved': 'Pelaksanaan dimulai setelah Perencanaan Kinerja disetujui.',
  'execution.review.read': 'Baca',
  'execution.review.readFor': 'Baca Dokumen Pengembangan Kompetensi {name}',
  'execution.review.readChecklistFor': 'Baca Dokumen Pelaksanaan Tugas Pokok {name}',
  'execution.review.check': 'Periksa',
  'execution.review.checkFor': 'Periksa Dokumen Pelaksanaan Tugas Pokok {name}',
  'execution.review.confirmed': 'Dokumen akuntabilitas dikonfirmasi',
  'execution.review.confirmedFlash': 'Dokumen akuntabilitas {name} telah dikonfirmasi.',
  'execution.review.notSent': 'Dokumen ini belum dikirim.',
  'execution.review.openCycle': 'Buka Siklus Praktik Kinerja',
  'execution.review.openCycleFor': 'Buka Siklus Praktik Kinerja {name}',

  'execution.planStatus.not_started': 'Belum mulai',
  'execution.planStatus.draft': 'Draf',
  'execution.planStatus.submitted': 'Perlu disetujui',
  'execution.planStatus.returned': 'Dikembalikan',
  'execution.planStatus.approved': 'Disetujui',
} satisfies Record<string, string>;
