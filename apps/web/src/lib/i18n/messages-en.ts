import type { MessageKey } from './messages-id';
import { accountsMessagesEn } from './messages-accounts-en';
import { assessmentMessagesEn } from './messages-assessment-en';
import { dashboardMessagesEn } from './messages-dashboard-en';
import { documentVersionMessagesEn } from './messages-document-versions-en';
import { evidenceMessagesEn } from './messages-evidence-en';
import { journeysMessagesEn } from './messages-journeys-en';
import { executionMessagesEn } from './messages-execution-en';
import { homeMessagesEn } from './messages-home-en';
import { noticesMessagesEn } from './messages-notices-en';
import { emailMessagesEn } from './messages-email-en';
import { storageMessagesEn } from './messages-storage-en';
import { offlineMessagesEn } from './messages-offline-en';
import { periodsMessagesEn } from './messages-periods-en';
import { cataloguesMessagesEn } from './messages-catalogues-en';
import { planningMessagesEn } from './messages-planning-en';
import { reviewMessagesEn } from './messages-review-en';

/** English, the second locale; regulation terms keep their Indonesian names. */
export const messagesEn: Record<MessageKey, string> = {
  ...planningMessagesEn,
  ...accountsMessagesEn,
  ...homeMessagesEn,
  ...reviewMessagesEn,
  ...noticesMessagesEn,
  ...emailMessagesEn,
  ...storageMessagesEn,
  ...offlineMessagesEn,
  ...periodsMessagesEn,
  ...cataloguesMessagesEn,
  ...executionMessagesEn,
  ...evidenceMessagesEn,
  ...assessmentMessagesEn,
  ...documentVersionMessagesEn,
  ...dashboardMessagesEn,
  ...journeysMessagesEn,
  // The main menu names every area, so its labels ship with the app, not with each area's texts.
  'assessment.nav.assess': 'Penilaian',
  'assessment.nav.mine': 'Assessment result',
  'catalogues.nav': 'Catalogues',
  'dashboard.nav': 'Dashboard',
  'evidence.nav.karya': 'Portfolio (Bukti Karya)',
  'evidence.nav.review': 'Evidence',
  'execution.nav': 'Pelaksanaan',
  'journeys.nav.principalAssessments': 'Assessment',
  'journeys.nav.eKinerja': 'e-Kinerja',
  'journeys.nav.angkaKredit': 'Angka Kredit',
  'notices.nav.extensions': 'Deadline extensions',
  'notices.nav.timKinerja': 'Tim Kinerja',
  'periods.nav': 'Periods',
  'ruleChanges.nav': 'Period rules',
  'planning.nav': 'Perencanaan Kinerja',
  'review.nav': 'Periksa',
  'app.name': 'Kinerja',
  'app.tagline': 'Performance management for teachers and principals',
  'app.skipToContent': 'Skip to main content',

  'common.loading': 'Loading…',
  'common.cancel': 'Cancel',
  'common.save': 'Save',
  'common.saving': 'Saving…',
  'common.close': 'Close',
  'common.stepperLess': 'One fewer: {name}',
  'common.stepperMore': 'One more: {name}',
  'common.retry': 'Try again',
  'common.backHome': 'Back to home',
  'common.empty': '—',
  'common.optionalHint': 'optional',
  'common.file.choose': 'Choose a file',
  'common.file.choosePdf': 'Choose a PDF file',
  'common.file.none': 'No file chosen yet',

  'error.network': 'Cannot reach the server. Check your internet connection and try again.',
  'error.unexpected': 'Something unexpected went wrong. Please try again shortly.',
  'form.checkFields': 'Check the highlighted fields.',
  'error.notFoundTitle': 'Page not found',
  'error.notFoundBody': 'The address you opened does not exist in Kinerja.',
  'error.forbiddenRole':
    'This page is for the School operator or Administrator role. Switch role from the menu under your name if you have one of them.',

  'language.label': 'Language',
  'language.id': 'Bahasa Indonesia',
  'language.en': 'English',

  'signIn.title': 'Sign in',
  'signIn.intro': 'Sign in to manage your performance.',
  'signIn.belajarId': 'Sign in with belajar.id',
  'signIn.or': 'or sign in with email',
  'signIn.email': 'Email',
  'signIn.emailHint': 'Example: name@guru.sd.belajar.id',
  'signIn.password': 'Password',
  'signIn.submit': 'Sign in',
  'signIn.submitting': 'Signing in…',
  'signIn.forgot': 'Forgot password?',
  'signIn.forgotHelp':
    'Passwords are reset by your school operator (Operator Sekolah), as in the official system. Contact them; you will receive a temporary password that you must change the first time you sign in.',
  'signIn.sessionEnded': 'Please sign in to continue.',

  'changePassword.title': 'Change password',
  'changePassword.forcedIntro':
    'You signed in with a temporary password. Choose a new password before you continue.',
  'changePassword.intro': 'Choose a new password for your account.',
  'changePassword.current': 'Current password',
  'changePassword.currentForcedHint': 'The temporary password from your school operator.',
  'changePassword.new': 'New password',
  'changePassword.newHint': 'At least 10 characters, different from the current password.',
  'changePassword.repeat': 'Repeat new password',
  'changePassword.mismatch': 'The two new passwords do not match.',
  'changePassword.submit': 'Save password',

  'nav.main': 'Main navigation',
  'nav.menu': 'Menu',
  'nav.home': 'Home',
  'nav.staff': 'Staff list (PTK)',
  'nav.import': 'Import Dapodik data',

  'account.menu': 'Account menu for {name}',
  'account.changePeriod': 'Change period',
  'account.role': 'Role',
  'account.changePassword': 'Change password',
  'account.signOut': 'Sign out',

  'period.dialogTitle': 'Change period',
  'period.choose': 'Choose a performance period',
  'period.current': 'current period',
  'period.save': 'Save',

  'role.teacher': 'Teacher as employee',
  'role.principal_supervisor': 'Principal as supervisor',
  'role.principal_employee': 'Principal as employee',
  'role.pengawas': 'School supervisor (pengawas)',
  'role.dinas_official': 'Education office (Dinas)',
  'role.school_operator': 'School operator',
  'role.admin': 'Administrator',
  'role.switcherLabel': 'Choose a role',
  'role.active': 'active',

  'home.greeting': 'Welcome, {name}',
  'home.school': 'School',
  'home.activeRole': 'Active role',
  'home.noRole':
    'You have no role in this period. If your data is not right, contact your school operator.',
  'home.period': 'Active period',
  'home.changePeriod': 'Change period',
  'home.actions': 'What you can do',
  'home.importDesc': 'Upload the school’s staff data from Dapodik (CSV or Excel).',
  'home.staffDesc': 'See your school’s staff and reset their passwords.',
  'home.comingSoon': 'Performance planning, execution and assessment in Kinerja are coming soon.',

  'stage.planning': 'Planning',
  'stage.execution': 'Execution',
  'stage.assessment': 'Assessment',

  'profile.title': 'Personal data',
  'profile.note':
    'Name, school and NIP come from Dapodik. If anything is wrong, contact your school operator.',
  'profile.name': 'Name',
  'profile.email': 'Email',
  'profile.nip': 'NIP',
  'profile.nuptk': 'NUPTK',
  'profile.employmentStatus': 'Employment status',
  'profile.golonganRuang': 'Rank/grade (golongan ruang)',
  'profile.jenjangJabatan': 'Career level (jenjang jabatan)',
  'profile.jenisPtk': 'Staff type (jenis PTK)',

  'employment.pns': 'PNS (civil servant)',
  'employment.pppk': 'PPPK (contract civil servant)',
  'employment.non_asn': 'Non-ASN',
  'jenjang.ahli_pertama': 'Ahli Pertama',
  'jenjang.ahli_muda': 'Ahli Muda',
  'jenjang.ahli_madya': 'Ahli Madya',
  'jenjang.ahli_utama': 'Ahli Utama',

  'staff.title': 'Staff list (PTK)',
  'staff.intro': 'Teachers and education staff at {school}.',
  'staff.count': '{count} people',
  'staff.empty': 'No staff at this school yet. Import the Dapodik data first.',
  'staff.noSchool':
    'Your active role is not tied to one school, so there is no staff list to show.',
  'staff.mustChange': 'Has not changed the temporary password yet',
  'staff.noEmail': 'No email',
  'staff.reset': 'Reset password',
  'staff.resetFor': 'Reset password for {name}',

  'reset.title': 'Reset password?',
  'reset.warning':
    'The old password of {name} will stop working. Kinerja creates a temporary password that {name} must change on first sign-in.',
  'reset.confirm': 'Reset',
  'reset.doneTitle': 'Temporary password',
  'reset.doneIntro':
    'Hand this temporary password to {name} in person. It is shown only this once.',
  'reset.copy': 'Copy',
  'reset.copied': 'Copied',
  'reset.done': 'Done',

  'import.title': 'Import Dapodik data',
  'import.intro':
    'Upload your school’s staff data from Dapodik as CSV or Excel (.xlsx). Existing data is updated; nothing is deleted.',
  'import.formatLink': 'See the file format and an example',
  'import.formatIntro':
    'The first row holds these column headers (any order; other columns are ignored). The kind of file is recognised from its headers. Save CSV as UTF-8 and format the NIP/NUPTK columns as Text in Excel.',
  'import.templatePtk': 'Download an empty staff (PTK) template (CSV)',
  'import.templateSchools': 'Download an empty schools template (CSV)',
  'import.formatDoc':
    'Files exported from Dapodik (staff or school lists) are accepted as they are, with Dapodik’s headings and values; see "Dapodik data accepted" below.',
  'import.dapodik.title': 'Dapodik data accepted and what it means',
  'import.dapodik.intro':
    'Upload the Dapodik export unchanged. Title rows above the table (school name, download date) are skipped. Columns and values are read as follows.',
  'import.dapodik.ptkHeadings': 'Columns of the Dapodik staff (PTK) export',
  'import.dapodik.schoolHeadings': 'Columns of the Dapodik school export',
  'import.dapodik.heading': 'Dapodik heading',
  'import.dapodik.use': 'Used for',
  'import.dapodik.statusTitle': 'Dapodik Status Kepegawaian',
  'import.dapodik.status': 'Status Kepegawaian',
  'import.dapodik.kind': 'In Kinerja',
  'import.dapodik.meaning': 'Meaning',
  'import.dapodik.jenisTitle': 'Dapodik Jenis PTK',
  'import.dapodik.jenisImported': 'Imported as teachers or principals: {list}.',
  'import.dapodik.jenisSkipped':
    'Skipped (education staff without performance management), not counted as errors: {list}.',
  'import.dapodik.bentukTitle': 'Dapodik Bentuk Pendidikan',
  'import.file': 'Data file',
  'import.fileHint': 'CSV or XLSX.',
  'import.chooseFile': 'Choose a file first.',
  'import.submit': 'Upload',
  'import.uploading': 'Uploading… {percent}%',
  'import.status': 'Status',
  'import.status.queued': 'Waiting…',
  'import.status.validating': 'Checking the data…',
  'import.status.writing': 'Saving the data…',
  'import.status.failed': 'Failed',
  'import.status.completed': 'Completed',
  'import.problems': '{count} problems found',
  'import.rows': 'Row {done} of {total}',
  'import.errorsTitle': 'Nothing was imported. Fix these rows and upload again.',
  'import.col.line': 'Line',
  'import.col.column': 'Column',
  'import.col.reason': 'Reason',
  'import.summaryTitle': 'Import completed',
  'import.again': 'Import another file',
  'import.fileName': 'File',
  'import.kind.schools': 'Schools data',
  'import.kind.ptk': 'Staff (PTK) data',
  'import.moreErrors': 'Showing {shown} of {total} problems.',
  'import.wholeFile': 'Whole file',
  'import.summary.item': 'Change',
  'import.summary.count': 'Count',
  'import.summary.schoolsCreated': 'New schools',
  'import.summary.schoolsUpdated': 'Schools updated',
  'import.summary.peopleCreated': 'New staff',
  'import.summary.peopleUpdated': 'Staff updated',
  'import.summary.principalsSet': 'Principals set',
  'import.summary.rowsSkipped': 'Education staff rows skipped',
};
