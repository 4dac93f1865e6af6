import type { reviewMessagesId } from './messages-review';

/** English messages of this area; regulation terms keep their Indonesian names. */
export const reviewMessagesEn: Record<keyof typeof reviewMessagesId, string> = {
  'review.title': 'Periksa',
  'review.intro': 'Performance plans of the teachers of {school} in the period {period}.',
  'review.wrongRole':
    'This page is for the role Kepala Sekolah sebagai Atasan. Switch role from the menu under your name if you hold it.',
  'review.openPrincipals': 'Open the principals’ performance plans',

  'review.status.all': 'All',
  'review.status.not_started': 'Not started',
  'review.status.draft': 'Draft',
  'review.status.submitted': 'Awaiting approval',
  'review.status.returned': 'Returned',
  'review.status.approved': 'Approved',
  'review.filter': 'Filter by status',
  'review.search': 'Search name or NIP',
  'review.shown': 'Showing {shown} of {total} teachers.',
  'review.empty': 'No teacher matches this filter.',
  'review.noTeachers': 'There are no teachers in this school for this period yet.',

  'review.col.select': 'Select',
  'review.col.name': 'Name',
  'review.col.nip': 'NIP/NI PPPK',
  'review.col.status': 'Status',
  'review.col.submittedAt': 'Submitted',
  'review.col.action': 'Action',
  'review.col.school': 'School',
  'review.col.principal': 'Principal',
  'review.open': 'Review',
  'review.view': 'View',
  'review.openFor': 'Review the performance plan of {name}',
  'review.viewFor': 'View the performance plan of {name}',
  'review.selectFor': 'Select {name}',
  'review.submittedOn': 'Submitted {date}',
  'review.hasExpectations': 'Expectations written',

  'review.mode.automatic':
    'This school is led by an acting principal (Plt), so submitted teacher plans are approved automatically by the system. Teachers still need to confirm Pelaksanaan Kinerja with the Plt.',
  'review.mode.blocked':
    'This school has no definitive principal on record, so submitted plans cannot be approved yet. Ask the school operator or the Dinas to update the supervisor data in Dapodik; waiting plans will then appear for approval without a new submission.',

  'review.bulk.selectAll': 'Select all awaiting approval ({count})',
  'review.bulk.selected': '{count} plans selected',
  'review.bulk.approve': 'Approve selected',
  'review.bulk.hint':
    'Select plans that need no note or supervisor expectations, then approve them at once.',
  'review.bulk.dialogTitle': 'Approve {count} performance plans?',
  'review.bulk.dialogBody':
    'The following performance plans will be approved without a note. The teachers will be notified.',
  'review.bulk.confirm': 'Approve',
  'review.bulk.resultTitle': 'Approval result',
  'review.bulk.resultSummary': '{approved} of {total} plans approved.',
  'review.bulk.ok': 'Approved',
  'review.bulk.failed': 'Failed',

  'review.principals.title': 'Review principals',
  'review.principals.introDinas':
    'Performance plans of the principals in the region of {dinas} in the period {period}.',
  'review.principals.introPengawas':
    'Performance plans of the principals of your schools in the period {period}. This page is read-only.',
  'review.principals.wrongRole':
    'This page is for the Dinas or Pengawas roles. Switch role from the menu under your name if you hold one.',
  'review.principals.empty': 'No principal matches this filter.',
  'review.principals.noPrincipal': 'No principal yet',
  'review.principals.shown': 'Showing {shown} of {total} schools.',
  'review.principals.more': 'Load more',

  'review.plan.title': 'Review performance plan',
  'review.plan.backToList': 'Back to the list',
  'review.plan.status': 'Status',
  'review.plan.submittedAt': 'Submitted',
  'review.plan.submissions': 'Submission no.',
  'review.plan.notSubmitted': 'Not submitted',
  'review.plan.readOnly': 'You can view this plan but cannot change its status.',

  'review.expectations.title': 'Ekspektasi Khusus Pimpinan',
  'review.expectations.intro':
    'Write your expectation for each BerAKHLAK value. The employee sees it once saved.',
  'review.expectations.chosen': 'Chosen behaviour: {behaviour}',
  'review.expectations.noBehaviour': 'No behaviour chosen',
  'review.expectations.save': 'Save',
  'review.expectations.saving': 'Saving…',
  'review.expectations.saved': 'Supervisor expectations saved.',
  'review.expectations.unsaved': 'There are unsaved changes.',
  'review.expectations.conflict':
    'This plan was just changed on another device or tab, so the latest version was loaded. What you typed is still below; check it and save again.',

  'review.decision.title': 'Decision',
  'review.approve': 'Approve',
  'review.approve.dialogTitle': 'Approve this performance plan?',
  'review.approve.dialogBody':
    'The performance plan of {name} will be approved together with the expectations you wrote. {name} will be notified.',
  'review.approve.confirm': 'Approve',
  'review.approve.pending': 'Approving…',
  'review.approve.done': 'The performance plan of {name} was approved.',
  'review.return': 'Return',
  'review.return.dialogTitle': 'Return the performance plan',
  'review.return.dialogBody':
    'The plan goes back to {name} to be revised and submitted again. {name} sees your note.',
  'review.return.note': 'Note',
  'review.return.noteHint': 'Write what needs to be improved.',
  'review.return.confirm': 'Return',
  'review.return.pending': 'Returning…',
  'review.return.done': 'The performance plan of {name} was returned with a note.',

  'review.history.title': 'History',
  'review.history.empty': 'This plan has never been submitted.',
  'review.history.submitted': 'Version {number} submitted',
  'review.history.by': 'by {name}',
  'review.history.showVersion': 'Show version {number}',
  'review.history.system': 'by the system',
  'review.history.onVersion': 'version {number}',
  'review.history.note': 'Note',
  'review.history.approved': 'Approved',
  'review.history.returned': 'Returned',
  'review.history.auto_approved': 'Approved automatically by the system',
  'review.history.expectations': 'Ekspektasi Khusus Pimpinan',
  'review.changes.title': 'What changed',
  'review.changes.intro':
    'How version {to} submitted by {name} differs from version {from} before it, per part of the plan.',
  'review.changes.none': 'Version {to} is the same as version {from}; nothing was changed.',
  'review.pdf': 'Download PDF',
};
