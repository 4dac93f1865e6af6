// Penilaian Kinerja: the assessor's page, the school's list and the employee's result (issue #6).

/** Bahasa Indonesia messages of this area; official labels follow the guides (domain.md §5). */
export const assessmentMessagesId = {
  'assessment.nav.assess': 'Penilaian',
  'assessment.nav.mine': 'Hasil Penilaian',

  'assessment.state.not_started': 'Belum dinilai',
  'assessment.state.draft': 'Draf',
  'assessment.state.final': 'Ditetapkan',

  'assessment.list.title': 'Penilaian Kinerja',
  'assessment.list.intro': 'Penilaian Kinerja guru {school} pada periode {period} ({document}).',
  'assessment.list.wrongRole':
    'Halaman ini untuk peran Kepala Sekolah sebagai Atasan. Ganti peran lewat menu nama Anda bila Anda memiliki peran tersebut.',
  'assessment.list.zip': 'Unduh semua (ZIP)',
  'assessment.list.zipHint': 'Dokumen Evaluasi Kinerja yang sudah ditetapkan pada periode ini.',
  'assessment.list.empty': 'Belum ada guru di sekolah ini pada periode ini.',
  'assessment.list.caption': 'Daftar penilaian guru',
  'assessment.list.planNotApproved': 'Perencanaan Kinerja belum disetujui',
  'assessment.list.assess': 'Nilai',
  'assessment.list.open': 'Lihat',
  'assessment.col.name': 'Nama',
  'assessment.col.status': 'Status',
  'assessment.col.predikat': 'Predikat',
  'assessment.col.action': 'Aksi',

  'assessment.page.title': 'Penilaian Kinerja',
  'assessment.page.back': '← Kembali ke daftar',
  'assessment.page.nip': 'NIP {nip}',
  'assessment.page.coverage': 'Periode penilaian: {coverage}',
  'assessment.page.document': 'Dokumen Evaluasi Kinerja',
  'assessment.page.windowClosed': 'Penilaian belum dapat diisi.',
  'assessment.page.readOnly': 'Anda dapat membaca penilaian ini, tetapi tidak mengubahnya.',
  'assessment.page.finalOn': 'Ditetapkan {date} oleh {name}.',

  'assessment.summary.title': 'Rangkuman Perencanaan Kinerja',
  'assessment.summary.mainDuties': 'Tugas pokok',
  'assessment.summary.focus': 'fokus utama',
  'assessment.summary.practice': 'Praktik Kinerja',
  'assessment.summary.competency': 'Pengembangan Kompetensi',
  'assessment.summary.additional': 'Tugas Tambahan',
  'assessment.summary.behaviour': 'Perilaku Kerja',
  'assessment.summary.expectation': 'Ekspektasi Khusus Pimpinan: {text}',
  'assessment.summary.none': 'Tidak ada',

  'assessment.execution.title': 'Hasil Pelaksanaan Kinerja',
  'assessment.execution.evidence': 'Bukti dukung terkumpul: {collected} dari {total}',
  'assessment.execution.documents': 'Dokumen pelaksanaan',
  'assessment.execution.cycle': 'Siklus Praktik Kinerja',
  'assessment.execution.observation': 'Observasi Kinerja: {rated} dari {total} indikator dinilai',
  'assessment.execution.generalNote': 'Catatan umum',
  'assessment.execution.followUp': 'Kesepakatan tindak lanjut',
  'assessment.execution.reflection': 'Refleksi',
  'assessment.execution.none': 'Belum ada hasil pelaksanaan.',

  'assessment.recommendations.title': 'Rekomendasi Tim Kinerja',
  'assessment.recommendations.none': 'Belum ada rekomendasi.',
  'assessment.recommendations.by': '{name}, {date}',
  'assessment.recommendations.label': 'Rekomendasi',
  'assessment.recommendations.send': 'Kirim Rekomendasi',
  'assessment.recommendations.sending': 'Mengirim…',
  'assessment.recommendations.sent': 'Rekomendasi terkirim.',

  'assessment.organisation.title': 'Capaian Kinerja Organisasi',
  'assessment.organisation.achievement': 'Capaian kinerja organisasi: {label}',
  'assessment.organisation.unknown': 'Capaian kinerja organisasi belum ditetapkan.',

  'assessment.form.title': 'Penilaian',
  'assessment.form.workResult': 'Rating Hasil Kerja',
  'assessment.form.workBehaviour': 'Rating Perilaku Kerja',
  'assessment.form.feedback': 'Umpan Balik Berkelanjutan Berdasarkan Bukti Dukung',
  'assessment.form.notes': 'Catatan / Rekomendasi',
  'assessment.form.predikat': 'Predikat Kinerja',
  'assessment.form.predikatPending': 'Predikat muncul setelah kedua rating dipilih dan disimpan.',
  'assessment.form.predikatPreview': 'mengikuti rating yang tersimpan; belum ditetapkan',
  'assessment.form.dirty': 'Ada perubahan yang belum disimpan.',
  'assessment.form.save': 'Simpan',
  'assessment.form.saving': 'Menyimpan…',
  'assessment.form.saved': 'Penilaian tersimpan sebagai draf.',
  'assessment.form.conflict':
    'Penilaian ini baru saja diubah di perangkat atau tab lain. Isian Anda tetap di layar; periksa lalu Simpan lagi.',
  'assessment.form.finalize': 'Tetapkan',
  'assessment.form.finalizeHint': 'Pilih kedua rating sebelum menetapkan.',

  'assessment.finalize.title': 'Tetapkan Penilaian Kinerja?',
  'assessment.finalize.body':
    'Penilaian Kinerja {name} akan menjadi final: rating, umpan balik, catatan dan predikat tidak dapat diubah lagi. {name} akan diberi tahu dan dapat membacanya.',
  'assessment.finalize.predikat': 'Predikat: {label}',
  'assessment.finalize.confirm': 'Tetapkan',
  'assessment.finalize.pending': 'Menetapkan…',
  'assessment.finalize.done': 'Penilaian Kinerja ditetapkan.',

  'assessment.result.ratings': 'Hasil Penilaian',
  'assessment.result.pdf': 'Unduh Dokumen Evaluasi Kinerja',
  'assessment.result.noFeedback': 'Tidak ada umpan balik.',
  'assessment.result.angkaKredit': 'Angka kredit: {value}',

  'assessment.mine.title': 'Hasil Penilaian Kinerja',
  'assessment.mine.none':
    'Penilaian Kinerja Anda belum ditetapkan. Hasilnya muncul di sini setelah Pejabat Penilai Kinerja menetapkannya.',
  'assessment.mine.wrongRole':
    'Halaman ini untuk peran Guru atau Kepala Sekolah sebagai pegawai. Ganti peran lewat menu nama Anda bila Anda memiliki peran tersebut.',
  'assessment.mine.heading': '{period} — {document}',
  'assessment.mine.assessor': 'Pejabat Penilai Kinerja: {name}',
};

/** English messages of this area; regulation terms keep their Indonesian names. */
export const assessmentMessagesEn: Record<keyof typeof assessmentMessagesId, string> = {
  'assessment.nav.assess': 'Penilaian',
  'assessment.nav.mine': 'Assessment result',

  'assessment.state.not_started': 'Not assessed',
  'assessment.state.draft': 'Draft',
  'assessment.state.final': 'Set (final)',

  'assessment.list.title': 'Penilaian Kinerja (assessment)',
  'assessment.list.intro':
    'Assessment of the teachers of {school} in period {period} ({document}).',
  'assessment.list.wrongRole':
    'This page is for the Kepala Sekolah sebagai Atasan role. Switch role from the menu under your name if you have it.',
  'assessment.list.zip': 'Download all (ZIP)',
  'assessment.list.zipHint': 'The final Dokumen Evaluasi Kinerja of this period.',
  'assessment.list.empty': 'There are no teachers at this school in this period yet.',
  'assessment.list.caption': 'Teachers’ assessments',
  'assessment.list.planNotApproved': 'Performance plan not approved yet',
  'assessment.list.assess': 'Assess',
  'assessment.list.open': 'View',
  'assessment.col.name': 'Name',
  'assessment.col.status': 'Status',
  'assessment.col.predikat': 'Predikat',
  'assessment.col.action': 'Action',

  'assessment.page.title': 'Penilaian Kinerja (assessment)',
  'assessment.page.back': '← Back to the list',
  'assessment.page.nip': 'NIP {nip}',
  'assessment.page.coverage': 'Assessment period: {coverage}',
  'assessment.page.document': 'Dokumen Evaluasi Kinerja',
  'assessment.page.windowClosed': 'The assessment cannot be filled in now.',
  'assessment.page.readOnly': 'You can read this assessment but not change it.',
  'assessment.page.finalOn': 'Set on {date} by {name}.',

  'assessment.summary.title': 'Performance plan summary',
  'assessment.summary.mainDuties': 'Main duties',
  'assessment.summary.focus': 'main focus',
  'assessment.summary.practice': 'Praktik Kinerja',
  'assessment.summary.competency': 'Pengembangan Kompetensi',
  'assessment.summary.additional': 'Tugas Tambahan',
  'assessment.summary.behaviour': 'Perilaku Kerja',
  'assessment.summary.expectation': 'Ekspektasi Khusus Pimpinan: {text}',
  'assessment.summary.none': 'None',

  'assessment.execution.title': 'Execution results',
  'assessment.execution.evidence': 'Evidence collected: {collected} of {total}',
  'assessment.execution.documents': 'Execution documents',
  'assessment.execution.cycle': 'Siklus Praktik Kinerja',
  'assessment.execution.observation': 'Observasi Kinerja: {rated} of {total} indicators rated',
  'assessment.execution.generalNote': 'General note',
  'assessment.execution.followUp': 'Follow-up agreement',
  'assessment.execution.reflection': 'Reflection',
  'assessment.execution.none': 'No execution results yet.',

  'assessment.recommendations.title': 'Tim Kinerja recommendations',
  'assessment.recommendations.none': 'No recommendations yet.',
  'assessment.recommendations.by': '{name}, {date}',
  'assessment.recommendations.label': 'Recommendation',
  'assessment.recommendations.send': 'Send recommendation',
  'assessment.recommendations.sending': 'Sending…',
  'assessment.recommendations.sent': 'Recommendation sent.',

  'assessment.organisation.title': 'Capaian Kinerja Organisasi',
  'assessment.organisation.achievement': 'Organisation achievement: {label}',
  'assessment.organisation.unknown': 'The organisation achievement is not set yet.',

  'assessment.form.title': 'Assessment',
  'assessment.form.workResult': 'Rating Hasil Kerja',
  'assessment.form.workBehaviour': 'Rating Perilaku Kerja',
  'assessment.form.feedback': 'Continuous feedback based on evidence',
  'assessment.form.notes': 'Catatan / Rekomendasi',
  'assessment.form.predikat': 'Predikat Kinerja',
  'assessment.form.predikatPending': 'The predikat appears once both ratings are chosen and saved.',
  'assessment.form.predikatPreview': 'follows the saved ratings; not set yet',
  'assessment.form.dirty': 'There are unsaved changes.',
  'assessment.form.save': 'Save',
  'assessment.form.saving': 'Saving…',
  'assessment.form.saved': 'Assessment saved as a draft.',
  'assessment.form.conflict':
    'This assessment was just changed on another device or tab. Your entries stay on screen; check them and save again.',
  'assessment.form.finalize': 'Set (Tetapkan)',
  'assessment.form.finalizeHint': 'Choose both ratings before setting the assessment.',

  'assessment.finalize.title': 'Set the assessment?',
  'assessment.finalize.body':
    'The assessment of {name} becomes final: ratings, feedback, notes and predikat can no longer be changed. {name} will be notified and can read it.',
  'assessment.finalize.predikat': 'Predikat: {label}',
  'assessment.finalize.confirm': 'Set (Tetapkan)',
  'assessment.finalize.pending': 'Setting…',
  'assessment.finalize.done': 'The assessment is set.',

  'assessment.result.ratings': 'Assessment result',
  'assessment.result.pdf': 'Download Dokumen Evaluasi Kinerja',
  'assessment.result.noFeedback': 'No feedback.',
  'assessment.result.angkaKredit': 'Angka kredit: {value}',

  'assessment.mine.title': 'Assessment result',
  'assessment.mine.none':
    'Your assessment has not been set yet. The result appears here once your assessor sets it.',
  'assessment.mine.wrongRole':
    'This page is for the teacher or principal (as employee) role. Switch role from the menu under your name if you have it.',
  'assessment.mine.heading': '{period} — {document}',
  'assessment.mine.assessor': 'Assessor (Pejabat Penilai Kinerja): {name}',
};
