/** Home and "Tetapkan" texts added by issue #11 (homes per role and stage). */
export const homeMessagesId = {
  'home.profileNoteRoster':
    'Nama, satuan pendidikan dan NIP berasal dari Dapodik. Perbaiki data yang tidak sesuai lewat Impor Data Dapodik.',
  'home.profileNoteOffice':
    'Nama dan NIP Anda berasal dari data kepegawaian Dinas Pendidikan. Bila ada yang tidak sesuai, hubungi Admin.',
  'assessment.finalize.missingTitle': 'Hasil pelaksanaan belum lengkap:',
  'assessment.finalize.documentTitle': 'Perhatikan isi dokumen:',
  'assessment.basis.title': 'Dasar Penilaian',
  'assessment.basis.dimensions': 'Praktik Kinerja dinilai pada tiga dimensi:',
  'assessment.basis.variables': 'Peran setiap variabel dalam penetapan predikat:',
  'assessment.finalize.missingNote':
    'Anda tetap dapat menetapkan predikat, tetapi pastikan penilaian Anda berdasarkan bukti.',
  'assessment.list.withoutPlan':
    '{count} guru belum memiliki Perencanaan Kinerja pada periode ini, sehingga belum dapat dinilai.',
  'evidence.changedByName': 'DIUBAH OLEH {name}',
  'evidence.rhk.referenceAdded': 'SK diisi: {code} menjadi "{after}"',
  'evidence.rhk.referenceRemoved': 'SK dihapus: {code} (sebelumnya "{before}")',
  'people.nip': 'NIP {number}',
  'people.niPppk': 'NI PPPK {number}',
  'people.nipMissing': 'NIP belum tercatat',
  'people.niPppkMissing': 'NI PPPK belum tercatat',
  'people.nonAsn': 'Non-ASN (tanpa NIP)',
} as const;

/** English counterparts. */
export const homeMessagesEn: Record<keyof typeof homeMessagesId, string> = {
  'home.profileNoteRoster':
    'Name, school and NIP come from Dapodik. Correct wrong data through the PTK data import.',
  'home.profileNoteOffice':
    'Your name and NIP come from the Education Office’s staff records. If something is wrong, contact the Admin.',
  'assessment.finalize.missingTitle': 'Execution results are incomplete:',
  'assessment.finalize.documentTitle': 'Mind the document:',
  'assessment.basis.title': 'Basis of the assessment',
  'assessment.basis.dimensions': 'Performance practice is judged on three dimensions:',
  'assessment.basis.variables': 'The role of each variable in setting the predikat:',
  'assessment.finalize.missingNote':
    'You can still set the predikat, but make sure your assessment rests on evidence.',
  'assessment.list.withoutPlan':
    '{count} teachers have no performance plan in this period, so they cannot be assessed yet.',
  'evidence.changedByName': 'CHANGED BY {name}',
  'evidence.rhk.referenceAdded': 'SK filled in: {code} is now "{after}"',
  'evidence.rhk.referenceRemoved': 'SK removed: {code} (was "{before}")',
  'people.nip': 'NIP {number}',
  'people.niPppk': 'NI PPPK {number}',
  'people.nipMissing': 'NIP not recorded',
  'people.niPppkMissing': 'NI PPPK not recorded',
  'people.nonAsn': 'Non-ASN (no NIP)',
};
