import type { planningMessagesId } from './messages-planning';

/** English messages of this area; regulation terms keep their Indonesian names. */
export const planningMessagesEn: Record<keyof typeof planningMessagesId, string> = {
  'planning.title': 'Perencanaan Kinerja (performance plan)',
  'planning.wrongRole':
    'The performance plan is filled in with the role "Guru sebagai Pegawai" or "Kepala Sekolah sebagai Pegawai". Switch role from the menu under your name if you have one of them.',

  'planning.status.not_started': 'Not started',

  'planning.start.period': 'Performance period',
  'planning.start.intro':
    'Click "Start" to prepare your performance plan: check your personal data, fill in every part, review the summary, then submit it to your principal. Your entries are saved automatically as a draft.',
  'planning.start.introPrincipal':
    'Click "Start" to prepare your own plan as a principal: check your personal data, fill in every part, then submit. Your entries are saved automatically as a draft.',
  'planning.start.introPrincipalTeam':
    'Click "Start" to prepare your own plan as a principal: check your personal data, the Tim Kinerja and the assessor, fill in every part, then submit. Your entries are saved automatically as a draft.',
  'planning.start.button': 'Start',
  'planning.start.starting': 'Starting…',
  'planning.start.notPossible': 'The performance plan cannot be started yet.',

  'planning.deadline.label': 'Planning deadline',
  'planning.deadline.daysLeft': '{days} days left',
  'planning.deadline.extended': 'extended for you',
  'planning.deadline.closed': 'passed',
  'planning.deadline.upcoming': 'Planning opens on {date}.',
  'planning.deadline.lockedOut':
    'The planning deadline ({date}) has passed and the plan is locked. Contact the school operator or the education office if you need an extension.',

  'planning.personal.title': 'Personal data',
  'planning.personal.intro': 'Check that your personal data is correct before planning.',
  'planning.personal.employmentStatus': 'Employment status',
  'planning.personal.jenisPtk': 'Jenis PTK',
  'planning.personal.rank': 'Rank, Golongan/Ruang',
  'planning.personal.golongan': 'Rank/Golongan',
  'planning.personal.ruang': 'Ruang',
  'planning.personal.careerLevel': 'Career level (Jenjang Jabatan)',
  'planning.personal.choose': 'Choose…',
  'planning.personal.editedMark': 'changed in Kinerja',
  'planning.personal.dapodikNote':
    'Name, school and NIP come from Dapodik. If something is wrong, ask your school operator to update Dapodik.',
  'planning.personal.alreadyEdited':
    'You have already updated your personal data; it can be updated only once.',
  'planning.personal.notEditable':
    'With your employment status, personal data cannot be edited here.',
  'planning.personal.edit': 'Edit',
  'planning.personal.confirm': 'Data is correct',
  'planning.personal.editTitle': 'Update personal data',
  'planning.personal.editLocalOnly':
    'Changes made here are only for performance management and do not change Dapodik.',
  'planning.personal.editOnce': 'Personal data can be updated only once. Check before saving.',
  'planning.personal.editCareerImpact':
    'Make sure the career level is right: it shapes your performance plan.',
  'planning.personal.confirmedAt': 'Personal data confirmed on {date}.',

  'planning.employment.pns': 'PNS (civil servant)',
  'planning.employment.pppk': 'PPPK (contract civil servant)',
  'planning.employment.non_asn': 'Non-ASN',
  'planning.career.ahli_pertama': 'Ahli Pertama',
  'planning.career.ahli_muda': 'Ahli Muda',
  'planning.career.ahli_madya': 'Ahli Madya',
  'planning.career.ahli_utama': 'Ahli Utama',

  'planning.team.title': 'Tim Kinerja and assessor (Pejabat Penilai Kinerja)',
  'planning.team.intro': 'Check your Tim Kinerja and assessor, then click "Save".',
  'planning.team.assessor': 'Assessor (Pejabat Penilai Kinerja)',
  'planning.team.noAssessor': 'Not yet set by the education office',
  'planning.team.timKinerja': 'Tim Kinerja',
  'planning.team.noMembers': 'No Tim Kinerja members yet',
  'planning.team.source.assigned': 'assigned',
  'planning.team.source.pengawas': 'school supervisor (pengawas)',
  'planning.team.rosterNote':
    'If this is wrong, ask the school operator or the education office to correct it.',
  'planning.team.confirm': 'Save',

  'planning.tabs.label': 'Parts of the performance plan',
  'planning.tabs.problems': '{count} entries to complete',
  'planning.tabs.next': 'To {tab}',

  'planning.problems.title': 'Still to complete',
  'planning.problems.allTitle': 'Still to complete ({count})',
  'planning.problems.goTo': 'Open {tab}',
  'planning.problems.none':
    'Every part is complete. Review the summary, then click "Continue to submit".',

  'planning.main.legend': 'Main duties you carry out',
  'planning.main.hint': 'Tick the main duties you carry out. No evidence upload is needed.',
  'planning.main.focusLegend': 'Main focus',
  'planning.main.focusHint': 'Choose one of the main duties as your main focus.',
  'planning.main.focusEmpty': 'Tick your main duties first.',
  'planning.main.noFocus': 'No main focus',

  'planning.additional.legend': 'Additional duties (Tugas Tambahan)',
  'planning.additional.hint':
    'Optional; you may choose several. Choose only duties backed by an SK or Surat Tugas.',
  'planning.additional.none': 'No additional duties exist for your school level.',
  'planning.additional.nonePrincipal':
    "A principal chooses no additional duties: a principal's workload is entirely the managerial, entrepreneurial and supervisory main duties (Permendikbud 15/2018).",
  'planning.additional.weeklyJp': '(equivalent to {jp} lessons/week)',
  'planning.additional.skLabel': 'SK / Surat Tugas number',
  'planning.additional.skHint': 'Example: 800/123/SMAN1/2026',

  'planning.practice.legend': 'Praktik Kinerja sub-indicator',
  'planning.practice.hint':
    'Choose one sub-indicator to focus your improvement on. The ones recommended from the Rapor Pendidikan are advised.',
  'planning.practice.recommendedTitle': 'Recommended from the Rapor Pendidikan',
  'planning.practice.raporSource': 'School Rapor Pendidikan data imported {date}.',
  'planning.practice.raporSourceUndated': 'From the school’s Rapor Pendidikan data.',
  'planning.practice.noRapor':
    'There is no Rapor Pendidikan data for your school yet, so no recommendation. Choose from the list.',
  'planning.practice.raporScore': 'Rapor Pendidikan Satdik',
  'planning.practice.more': 'See other indicators',
  'planning.practice.targets': 'Target behaviours',
  'planning.practice.behaviours': 'Behaviours to show and to avoid',
  'planning.practice.recommended': 'Recommended',
  'planning.practice.avoided': 'To avoid',
  'planning.practice.nameGap':
    'The official name of this sub-indicator is not in the catalogue yet.',
  'planning.practice.targetsGap':
    'The administrator has not entered this sub-indicator’s targets yet.',

  'planning.competency.rhkLegend': 'Competency development work results (RHK)',
  'planning.competency.rhkHint':
    'Set how many times you do each activity; an activity may be planned more than once and its points add up. At least {min} points; {min}–{max} points per semester recommended.',
  'planning.competency.pointsEach': '{points} points per activity',
  'planning.competency.total': 'Total {total} points',
  'planning.competency.below': '{missing} points short of the minimum of {min}',
  'planning.competency.above': 'above the recommended {max} points (allowed, not advised)',
  'planning.competency.within': 'meets the requirement',
  'planning.competency.pointsGap': '(points not in the catalogue yet; cannot be chosen)',
  'planning.competency.indicatorLegend': 'Competency development indicator',
  'planning.competency.indicatorHint':
    'Choose 1 indicator to develop, after discussing it with your principal.',
  'planning.competency.indicatorHintPrincipal':
    'Choose 1 indicator to develop, after discussing it with the school supervisor (Tim Kinerja).',
  'planning.competency.gaps':
    'Indicators for the {groups} competence are not available yet: the administrator has not filled them in.',

  'planning.behaviour.hintAll': 'For every BerAKHLAK value, choose one behaviour to improve.',
  'planning.behaviour.hintMin':
    'Choose a behaviour to improve for at least {min} BerAKHLAK values.',
  'planning.behaviour.agreedHint': 'Write the expectation you agreed with your supervisor.',
  'planning.behaviour.forValue': 'for {value}',
  'planning.behaviour.writtenAt': 'Written by your supervisor on {date}',
  'planning.behaviour.byPrincipal':
    'Your supervisor writes the Ekspektasi Khusus Pimpinan when reviewing your plan.',

  'planning.save.saving': 'Saving…',
  'planning.save.saved': 'Saved {time}',
  'planning.save.retrying': 'Not saved yet — retrying',
  'planning.save.failed': 'Not saved.',
  'planning.save.conflict': 'Not saved — choose which version to keep',
  'planning.save.button': 'Save draft',

  'planning.restore.title': 'Unsaved entries found',
  'planning.restore.body':
    'This device kept entries from {time} that never reached the server. Restore them?',
  'planning.restore.older':
    'These entries were made before the newest version of the plan; restoring them replaces that version.',
  'planning.restore.restore': 'Restore entries',
  'planning.restore.discard': 'Discard',

  'planning.conflict.title': 'This plan was changed on another device',
  'planning.conflict.body':
    'This plan was changed on another device or tab ({time}) after you opened it. Your entries are still on screen and not saved yet. Choose which version to keep:',
  'planning.conflict.mineHelp':
    '"Use my entries" saves what is on this screen in place of the other device’s version.',
  'planning.conflict.theirsHelp':
    '"Use the latest version" shows the other device’s version; the entries on this screen are dropped.',
  'planning.conflict.notEditable': 'The plan is now "{status}" and can no longer be changed.',
  'planning.conflict.mine': 'Use my entries',
  'planning.conflict.show': 'Choose version',
  'planning.conflict.theirs': 'Use the latest version',

  'planning.returned.title': 'Returned by your supervisor',
  'planning.returned.help': 'Revise the plan as the note asks, then submit it again.',

  'planning.submit.continue': 'Continue to submit',
  'planning.submit.title': 'Submit the performance plan?',
  'planning.submit.ready':
    'The plan will be submitted to your supervisor. Make sure every entry is right.',
  'planning.submit.notReady': '{count} entries still need completing. Click "Check again".',
  'planning.submit.submit': 'Submit',
  'planning.submit.review': 'Check again',
  'planning.submit.notSaved':
    'The draft is not saved yet. Check your connection or the version choice above, then try again.',
  'planning.submit.done': 'Your performance plan was submitted.',
  'planning.submit.doneApproved': 'Your performance plan was submitted and is approved.',

  'planning.supervision.manual': 'The supervisor who reviews and approves your plan: {name}',
  'planning.supervision.blocked': 'Your supervisor data was not found',
  'planning.supervision.blockedHint':
    'Contact the school operator or the regional education office to correct the Dapodik data.',
  'planning.supervision.automaticCheck':
    'Make sure your plan is right before submitting: no supervisor will review it.',

  'planning.overview.title': 'Plan status',
  'planning.overview.submittedAt': 'Submitted on {date}',
  'planning.overview.waitingNext':
    'Next, discuss your plan with your supervisor to reach agreement.',
  'planning.overview.approvedNext':
    'The plan is approved. You can start Pelaksanaan Kinerja on schedule.',
  'planning.overview.summary': 'Summary',
  'planning.pdf': 'Download PDF',

  'planning.history.title': 'History',
  'planning.history.show': 'Show history',
  'planning.history.empty': 'No submissions yet.',
  'planning.history.version': 'Version {number}',
  'planning.history.submitted': 'submitted {date} by {name}',
  'planning.history.note': 'Note',

  'planning.summary.identity': 'Identity',
  'planning.summary.name': 'Name',
  'planning.summary.school': 'School',
  'planning.summary.period': 'Period',
  'planning.summary.none': 'Not chosen yet',
  'planning.summary.focus': 'main focus',
  'planning.summary.points': '{points} points',
  'planning.summary.pointsTimes': '{count} activities × {points} points',
  'planning.summary.totalPoints':
    'Total {total} points (at least {min}, recommended at most {max} points)',
  'planning.summary.noAdditional': 'No additional duties',
  'planning.summary.skReference': 'SK / Surat Tugas number',
  'planning.summary.expectation': 'Ekspektasi Khusus Pimpinan',
  'planning.summary.noExpectation': 'not written yet',
  'planning.summary.returnNote': 'Note from your supervisor',
  'planning.summary.approval': 'Approval',
};
