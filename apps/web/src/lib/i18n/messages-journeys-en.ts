import type { journeysMessagesId } from './messages-journeys';

/** English, the second locale. */
export const journeysMessagesEn: Record<keyof typeof journeysMessagesId, string> = {
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
