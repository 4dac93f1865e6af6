import type { homeMessagesId } from './messages-home';

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
