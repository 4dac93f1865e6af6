// Pelaksanaan Kinerja: the 2025+ documents, the Siklus Praktik Kinerja A–E and the supervisors'
// view (issue #5 items 3, 4 and 6). Official labels follow the guide (seed 004) and domain.md §2.3, §3.6.

/** Bahasa Indonesia messages of this area; official labels follow the guides. */
export const executionMessagesId = {
  'execution.nav': 'Pelaksanaan',
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

/** English messages of this area (official Indonesian names kept where they are the label). */
export const executionMessagesEn: Record<keyof typeof executionMessagesId, string> = {
  'execution.nav': 'Pelaksanaan',
  'execution.title': 'Pelaksanaan Kinerja (performance execution)',
  'execution.intro': 'Period {period} · {school}',
  'execution.evidence2024.title': 'Bukti Dukung (evidence)',
  'execution.evidence2024.intro':
    'Upload evidence for each approved Pengembangan Kompetensi and Tugas Tambahan RHK, then collect it. Before the assessment starts you may change RHKs after discussing them with your supervisor.',
  'execution.evidence2024.collect': 'Kumpulkan Bukti Dukung',
  'execution.evidence2024.changeRhk': 'Ubah Rencana Hasil Kerja',
  'execution.wrongRole':
    'Pelaksanaan Kinerja is done in the role "Guru sebagai Pegawai" or "Kepala Sekolah sebagai Pegawai". Switch roles from the menu under your name if you have one of them.',
  'execution.noPlan':
    'You have no performance plan in this period. Execution starts once your plan is approved.',
  'execution.notApproved':
    'Your performance plan is "{status}". Execution can start once your supervisor approves the plan.',
  'execution.openPlanning': 'Open Perencanaan Kinerja',

  'execution.deadline.label': 'Execution deadline',
  'execution.deadline.daysLeft': '{days} days left',
  'execution.deadline.extended': 'extended for you',
  'execution.deadline.closed': 'passed',
  'execution.deadline.upcoming': 'Execution opens on {date}.',

  'execution.supervisor.headingTeacher': 'Supervisor (principal)',
  'execution.supervisor.headingPrincipal': 'Supervisor (performance assessor)',
  'execution.supervisor.acting': 'Acting',
  'execution.supervisor.missing':
    'Your supervisor could not be found. Contact the school operator or the education office to fix the Dapodik data.',

  'execution.document.competency_reflection': 'Dokumen Pengembangan Kompetensi',
  'execution.document.main_duties_checklist': 'Dokumen Pelaksanaan Tugas Pokok',
  'execution.document.intro.competency_reflection':
    'Write a reflection on what you learned in your competency development. No evidence upload is needed.',
  'execution.document.intro.main_duties_checklist':
    'Tick the main duties you have carried out. Nothing is uploaded; you may show proof to your supervisor in person.',
  'execution.document.start': 'Lakukan (start)',
  'execution.document.continue': 'Continue',
  'execution.document.saveDraft': 'Save draft',
  'execution.document.send': 'Send to supervisor',
  'execution.document.sending': 'Sending…',
  'execution.document.sendTitle': 'Send to your supervisor?',
  'execution.document.sendBody': '{document} will be sent to {name} for review.',
  'execution.document.sendBodyNoName': '{document} will be sent to your supervisor.',
  'execution.document.sendWarning':
    'A sent document cannot be changed again. Check it before sending.',
  'execution.document.sendHint.competency_reflection': 'Write your reflection before sending it.',
  'execution.document.sendHint.main_duties_checklist':
    'Tick at least one main duty before sending.',
  'execution.document.sentAt': 'Sent to the supervisor {date}',
  'execution.document.sentNow':
    'The document was sent to your supervisor and can no longer be changed.',
  'execution.document.notSaved':
    'The document is not saved yet, so it cannot be sent. Check the connection and try again.',
  'execution.document.conflict':
    'This document was just saved from another device. Your text is still on screen: choose which to keep.',
  'execution.document.keepMine': 'Keep my text',
  'execution.document.takeTheirs': 'Use the newest version',
  'execution.document.emptyText': 'Nothing written yet.',

  'execution.reflection.label': 'Reflection on what you learned',
  'execution.reflection.hint':
    'Write what you learned or what inspired you during your competency development, including the process and the results.',
  'execution.reflection.count': '{count} of {max} characters',

  'execution.checklist.legend': 'Main duties carried out',
  'execution.checklist.hint': 'These main duties come from your approved performance plan.',
  'execution.checklist.focus': 'main focus',
  'execution.checklist.count': '{done} of {total} main duties ticked',
  'execution.checklist.done': '(carried out)',
  'execution.checklist.notDone': '(not ticked)',

  'execution.accountability.confirmed':
    'The accountability documents were confirmed by {name} on {date}.',
  'execution.accountability.awaiting':
    'Waiting for your supervisor to confirm the accountability documents.',
  'execution.accountability.note': 'Note',
  'execution.accountability.confirm': 'Confirm accountability documents',

  'execution.save.saved': 'Saved {time}',
  'execution.save.nothing': 'Nothing saved yet.',
  'execution.save.pending': 'Not saved yet…',
  'execution.save.saving': 'Saving…',
  'execution.save.retrying': 'Not saved — trying again.',
  'execution.save.failed': 'Not saved.',
  'execution.save.conflict': 'Not saved — also changed on another device.',

  'execution.practice.title': 'Praktik Kinerja',
  'execution.practice.intro':
    'The performance improvement cycle with your supervisor: A. preparation discussion, B. observation, C. follow-up discussion, D. follow-up actions, E. follow-up reflection.',
  'execution.practice.introPrincipal':
    'The performance improvement cycle with the Pengawas Sekolah: A. preparation discussion, B. observation, C. follow-up discussion, D. follow-up actions, E. follow-up reflection.',
  'execution.practice.notStarted': 'Not started',
  'execution.practice.progress': '{rated} of {total} behaviours rated',
  'execution.practice.open': 'Open the practice cycle',
  'execution.practice.start': 'Start the practice cycle',

  'execution.cycle.title': 'Siklus Praktik Kinerja (practice cycle)',
  'execution.cycle.back': '← Back to Pelaksanaan',
  'execution.cycle.intro': '{name} · {school} · Period {period}',
  'execution.cycle.indicator': 'Practice sub-indicator',
  'execution.cycle.noIndicator': 'Not chosen',
  'execution.cycle.employee': 'Employee',
  'execution.cycle.steps': 'Cycle steps',
  'execution.cycle.save': 'Save',
  'execution.cycle.saved': 'Saved.',
  'execution.cycle.conflict':
    'This cycle was just changed on another device. Your input is still on screen; check it and save again.',
  'execution.cycle.conflictFinish':
    'This cycle was just changed on another device. Check it and try again.',
  'execution.cycle.saveFirst': 'Your input is not saved. Fix what is marked and try again.',
  'execution.cycle.finish': 'Finish the cycle',
  'execution.cycle.finishTitle': 'Finish the practice cycle?',
  'execution.cycle.finishBody':
    'The reflection and the comment can no longer be changed. The results are used in the assessment.',
  'execution.cycle.finishHint':
    'The cycle can be finished once the reflection is sent and the supervisor has commented.',
  'execution.cycle.completed':
    'The practice cycle is finished. Its results are used in the assessment.',

  'execution.observer.principal': 'Principal (observer)',
  'execution.observer.acting_principal': 'Acting principal (observer)',
  'execution.observer.pengawas': 'School inspector (observer)',

  'execution.step.done': 'Finished {date}',
  'execution.step.doneBy': 'Finished {date} by {name}',
  'execution.step.current': 'In progress',
  'execution.step.upcoming': 'Not started',

  'execution.who.preparation': 'Filled in together by {employee} and {observer}',
  'execution.who.observation': 'Rated by {observer}',
  'execution.who.followUp': 'Written by {observer}, then confirmed by {employee}',
  'execution.who.actions': 'Logged by {employee}',
  'execution.who.reflection': 'Reflection by {employee}, comment by {observer}',

  'execution.target.details': 'Recommended and avoided behaviours',
  'execution.target.recommended': 'Recommended behaviours',
  'execution.target.avoided': 'Behaviours to avoid',

  'execution.preparation.focusLegend': 'Focus behaviours to observe',
  'execution.preparation.focusHint':
    'Choose the target behaviours agreed as focus. Every target behaviour is still rated; the chosen ones are marked as focus.',
  'execution.preparation.customLegend': 'Focus behaviours to observe',
  'execution.preparation.customHint':
    'The catalogue has no target behaviours for this sub-indicator yet. Write the agreed focus behaviours (at most {max}); each is rated during the observation.',
  'execution.preparation.customLabel': 'Focus behaviour {number}',
  'execution.preparation.customRemove': 'Remove focus behaviour {number}',
  'execution.preparation.customAdd': 'Add a focus behaviour',
  'execution.preparation.schedule': 'Observation schedule',
  'execution.preparation.scheduleHint': 'Match it to the teaching timetable.',
  'execution.preparation.scheduleHintPrincipal':
    'Agree with the school supervisor on when your instructional leadership is observed.',
  'execution.preparation.scheduleAt': '{date} at {time}',
  'execution.preparation.date': 'Date',
  'execution.preparation.time': 'Time',
  'execution.preparation.specificBehaviour':
    'Specific behaviour to learn or show during the observation',
  'execution.preparation.efforts': 'Efforts to reach the target',
  'execution.preparation.finish': 'Finish the preparation discussion',
  'execution.preparation.finishTitle': 'Finish the preparation discussion?',
  'execution.preparation.finishBody':
    'The focus behaviours, the schedule and the preparation can no longer be changed. Then {observer} observes as scheduled.',

  'execution.modulAjar.legend': 'Modul Ajar (lesson plan)',
  'execution.modulAjar.choose': 'Upload the Modul Ajar',
  'execution.modulAjar.replace': 'Replace the Modul Ajar',
  'execution.modulAjar.hint': 'A PDF file of at most 10 MB.',
  'execution.modulAjar.upload': 'Upload',
  'execution.modulAjar.uploading': 'Uploading the Modul Ajar',
  'execution.modulAjar.progress': 'Uploading… {percent}%',
  'execution.modulAjar.open': 'View',
  'execution.modulAjar.remove': 'Remove',
  'execution.modulAjar.none': 'Not uploaded',
  'execution.modulAjar.chooseFirst': 'Choose a PDF file first.',
  'execution.modulAjar.tooBig':
    'The file is larger than 10 MB. Make the PDF smaller and upload it again.',

  'execution.observation.hint':
    'Choose a rating for every behaviour. Each change is saved automatically and kept on this device until the server has it.',
  'execution.observation.focus': 'Focus',
  'execution.observation.noteFor': 'Note on behaviour {number}',
  'execution.observation.generalNote': 'General observation note',
  'execution.observation.progress': '{rated} of {total} behaviours rated',
  'execution.observation.unrated': 'Not rated',
  'execution.observation.finish': 'Finish the observation',
  'execution.observation.finishTitle': 'Finish the observation?',
  'execution.observation.finishBody':
    'The ratings of {total} behaviours for {name} are locked and can no longer be changed. Next: the follow-up discussion.',
  'execution.observation.finishHint':
    'Rate every behaviour before finishing the observation ({rated} of {total}).',
  'execution.observation.restored':
    'Unsaved ratings from an earlier visit were restored from this device and are being saved.',
  'execution.observation.conflictTitle': 'Ratings changed on another device too',
  'execution.observation.conflictBody':
    'These behaviours were rated differently on another device since you opened them. Your ratings are still on screen; choose which to keep.',
  'execution.observation.conflictMine': 'Your rating: {rating}',
  'execution.observation.conflictTheirs': 'Other device: {rating}',
  'execution.observation.keepMine': 'Keep my ratings',
  'execution.observation.takeTheirs': "Use the other device's ratings",
  'execution.observation.waiting': '{name} carries out the observation as scheduled below.',
  'execution.observation.noItems': 'No behaviours were observed.',

  'execution.followUp.label': 'Agreed follow-up',
  'execution.followUp.hint':
    'Write the outcome of the follow-up discussion with {name}: the practice to improve and the support agreed.',
  'execution.followUp.finish': 'Finish the follow-up discussion',
  'execution.followUp.finishTitle': 'Finish the follow-up discussion?',
  'execution.followUp.finishBody':
    'The agreed follow-up can no longer be changed. {name} will confirm it and log the follow-up actions.',
  'execution.followUp.waiting':
    '{name} writes the outcome of the follow-up discussion after the observation.',
  'execution.followUp.acknowledgedAt': 'Confirmed by {name} on {date}.',
  'execution.followUp.notAcknowledged': '{name} has not confirmed this discussion yet.',

  'execution.actions.acknowledgeHint':
    'Read the follow-up discussion above and confirm it before finishing the follow-up actions.',
  'execution.actions.acknowledge': 'Confirm the discussion',
  'execution.actions.acknowledgeTitle': 'Confirm the follow-up discussion?',
  'execution.actions.acknowledgeBody':
    'You state that you have read and agree with this follow-up. The confirmation cannot be undone.',
  'execution.actions.legend': 'Follow-up actions carried out',
  'execution.actions.hint':
    'Log each action with its date and a description. The list can be changed until this step is finished.',
  'execution.actions.item': 'Action {number}',
  'execution.actions.date': 'Date of action {number}',
  'execution.actions.description': 'Description of action {number}',
  'execution.actions.remove': 'Remove action {number}',
  'execution.actions.add': 'Add an action',
  'execution.actions.finish': 'Finish the follow-up actions',
  'execution.actions.finishTitle': 'Finish the follow-up actions?',
  'execution.actions.finishBody':
    'The list of follow-up actions can no longer be changed. Next: the follow-up reflection.',
  'execution.actions.finishHint':
    'The follow-up actions can be finished once you have confirmed the follow-up discussion.',
  'execution.actions.waiting': '{name} logs the follow-up actions.',
  'execution.actions.none': 'No actions logged yet.',

  'execution.reflection.cycleLabel': 'Follow-up reflection',
  'execution.reflection.cycleHint':
    'What did you learn from the follow-up actions, and what changed in your practice?',
  'execution.reflection.submit': 'Send the reflection',
  'execution.reflection.submitTitle': 'Send the follow-up reflection?',
  'execution.reflection.submitBody': 'The reflection will be sent to {observer} for a comment.',
  'execution.reflection.submitWarning': 'A sent reflection cannot be changed again.',
  'execution.reflection.submittedAt': 'Sent {date}',
  'execution.reflection.waiting': 'Waiting for {name} to send the follow-up reflection.',
  'execution.reflection.comment': "Supervisor's comment",
  'execution.reflection.commentHint':
    "Your feedback on {name}'s reflection: what went well and what to continue.",
  'execution.reflection.saveComment': 'Save the comment',
  'execution.reflection.commentWaiting': '{name} has not commented yet.',

  'execution.review.title': 'Pelaksanaan',
  'execution.review.intro': 'Execution of the teachers of {school}, period {period}.',
  'execution.review.introPengawas':
    'Execution of the principals of your supervised schools, period {period}.',
  'execution.review.wrongRole':
    'This page is for the role "Kepala Sekolah sebagai Atasan" or a school inspector. Switch roles from the menu under your name if you have one of them.',
  'execution.review.search': 'Search by name or NIP',
  'execution.review.shown': 'Showing {shown} of {total}',
  'execution.review.empty': 'Nobody matches the search.',
  'execution.review.noTeachers': 'This school has no teachers yet.',
  'execution.review.noPrincipals': 'Your supervised schools have no principals yet.',
  'execution.review.awaiting': '{count} main-duties documents wait for your confirmation.',
  'execution.review.planNotApproved': 'Execution starts once the performance plan is approved.',
  'execution.review.read': 'Read',
  'execution.review.readFor': "Read {name}'s competency development document",
  'execution.review.readChecklistFor': "Read {name}'s main duties document",
  'execution.review.check': 'Check',
  'execution.review.checkFor': "Check {name}'s main duties document",
  'execution.review.confirmed': 'Accountability documents confirmed',
  'execution.review.confirmedFlash': "{name}'s accountability documents are confirmed.",
  'execution.review.notSent': 'This document has not been sent yet.',
  'execution.review.openCycle': 'Open the practice cycle',
  'execution.review.openCycleFor': "Open {name}'s practice cycle",

  'execution.planStatus.not_started': 'Not started',
  'execution.planStatus.draft': 'Draft',
  'execution.planStatus.submitted': 'Awaiting approval',
  'execution.planStatus.returned': 'Returned',
  'execution.planStatus.approved': 'Approved',
};
