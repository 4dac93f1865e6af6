import type { executionMessagesId } from './messages-execution';

/** English messages of this area (official Indonesian names kept where they are the label). */
export const executionMessagesEn: Record<keyof typeof executionMessagesId, string> = {
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
  'execution.practice.introPrincipal':
    'The performance improvement cycle with the Pengawas Sekolah: A. preparation discussion, B. observation, C. follow-up discussion, D. follow-up actions, E. follow-up reflection.',
};
