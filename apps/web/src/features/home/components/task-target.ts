import type { HomeResponse } from '@kinerja/contract';

type Task = HomeResponse['tasks'][number];

/** The page where each to-do is done (routes.tsx); one tap from the home. */
const TARGETS: { readonly [C in Task['code']]: string | ((task: Task) => string) } = {
  plan_not_started: '/rencana',
  plan_draft: '/rencana',
  plan_returned: '/rencana',
  plan_submitted: '/rencana',
  plan_blocked: '/rencana',
  plan_approved: '/rencana',
  plan_closed: '/rencana',
  plan_late: '/rencana',
  evidence_to_collect: '/pelaksanaan/bukti',
  documents_to_send: '/pelaksanaan',
  practice_step: (task) => (task.planId ? `/pelaksanaan/siklus/${task.planId}` : '/pelaksanaan'),
  assessment_waiting: '/penilaian-saya',
  result_ready: '/penilaian-saya',
  plans_to_approve: '/periksa',
  cycles_to_lead: '/periksa/pelaksanaan',
  documents_to_confirm: '/periksa/pelaksanaan',
  assessments_to_do: '/penilaian',
  principal_cycles_to_lead: '/periksa/pelaksanaan',
  principal_documents_to_confirm: '/periksa/pelaksanaan',
  // The pengawas recommends from the principals' Pelaksanaan list ("Beri Rekomendasi Penilaian").
  recommendations_to_send: '/periksa/pelaksanaan',
  principal_plans_to_approve: '/periksa/kepala-sekolah',
  // The Dinas dashboard lists the schools without an atasan ("Tanpa atasan").
  plans_without_supervisor: '/dasbor',
  principal_assessments_to_do: '/penilaian/kepala-sekolah',
  staff_without_supervisor: '/operator/ptk',
  tim_kinerja_to_plot: '/tim-kinerja',
  roster_import: '/operator/impor',
  results_not_sent: '/e-kinerja',
  outbox_failures: '/e-kinerja',
  period_windows_to_confirm: '/admin/periode',
  national_view: '/dasbor',
};

/** Where a to-do is done. */
export function taskTarget(task: Task): string {
  const target = TARGETS[task.code];
  return typeof target === 'string' ? target : target(task);
}

/** To-dos that ask nothing more of the person now: done, or waiting on someone else. */
export const WAITING_CODES: ReadonlySet<Task['code']> = new Set<Task['code']>([
  'plan_submitted',
  'plan_blocked',
  'plan_approved',
  'plan_closed',
  'assessment_waiting',
  'result_ready',
  'national_view',
  'roster_import',
]);
