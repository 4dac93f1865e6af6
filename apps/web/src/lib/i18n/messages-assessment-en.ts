import type { assessmentMessagesId } from './messages-assessment';

/** English messages of this area; regulation terms keep their Indonesian names. */
export const assessmentMessagesEn: Record<keyof typeof assessmentMessagesId, string> = {
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
  'assessment.page.finalOn': 'Set by {name} on {date}.',

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
  'assessment.execution.observation': 'Observasi Kinerja: {rated} of {total} behaviours rated',
  'assessment.execution.scale.done_effective': 'Done and effective',
  'assessment.execution.scale.done_not_effective': 'Done but not yet effective',
  'assessment.execution.scale.not_done': 'Not done yet',
  'assessment.execution.sentOn': 'Sent {date}',
  'assessment.execution.confirmedOn': 'confirmed by the supervisor {date}',
  'assessment.execution.generalNote': 'General note',
  'assessment.execution.followUp': 'Follow-up agreement',
  'assessment.execution.reflection': 'Reflection',
  'assessment.execution.none': 'No execution results yet.',

  'assessment.recommendations.title': 'Tim Kinerja recommendations',
  'assessment.recommendations.titlePengawas': 'Pengawas recommendations',
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
  'assessment.form.feedbackHint':
    'Write feedback for the BerAKHLAK values that need it; empty fields print as "-" on the Dokumen Evaluasi Kinerja.',
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
  'assessment.result.angkaKreditLabel': 'Angka kredit',
  'assessment.result.angkaKredit': '{value} ({level})',
  'assessment.result.assessor': 'Assessor (Pejabat Penilai Kinerja)',

  'assessment.mine.title': 'Assessment result',
  'assessment.mine.none':
    'Your assessment has not been set yet. The result appears here once your assessor sets it.',
  'assessment.mine.wrongRole':
    'This page is for the teacher or principal (as employee) role. Switch role from the menu under your name if you have it.',
  'assessment.mine.heading': '{period} — {document}',
};
