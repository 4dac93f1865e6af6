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
