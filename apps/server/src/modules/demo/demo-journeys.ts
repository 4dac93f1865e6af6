import type {
  AssessmentPage,
  Plan,
  PlanOptionsResponse,
  PracticeCycle,
  PracticeOptionsResponse,
  WrittenDocument,
} from '@kinerja/contract';
import type { DemoClient } from './seed-context.js';
import { demoPlanContent } from './demo-plan-content.js';

// The demo's steps, each sent as the page sends it, by the person the page lets do it
// (plans domain.md §3.10, written documents §3.6, Siklus Praktik Kinerja §2.3, Penilaian §5).

/** "Mulai", data diri (and the Tim Kinerja when the period asks for it), a complete draft. */
export async function draftPlan(
  employee: DemoClient,
  options: { periodId: string; kind?: 'teacher' | 'principal' },
): Promise<Plan> {
  let plan = await employee.send<Plan>('POST', '/api/plans', options);
  plan = await employee.send<Plan>('POST', `/api/plans/${plan.id}/personal-data/confirm`);
  if (plan.team?.isRequired && !plan.team.confirmedAt)
    plan = await employee.send<Plan>('POST', `/api/plans/${plan.id}/confirm-team`);
  const choices = await employee.get<PlanOptionsResponse>(`/api/plans/${plan.id}/options`);
  const practice = await employee.get<PracticeOptionsResponse>(
    `/api/plans/${plan.id}/practice-options`,
  );
  const content = demoPlanContent(choices, practice);
  return employee.send<Plan>('PUT', `/api/plans/${plan.id}/draft`, {
    version: plan.version,
    content,
  });
}

/** "Ajukan". */
export const submitPlan = (employee: DemoClient, plan: Plan): Promise<Plan> =>
  employee.send<Plan>('POST', `/api/plans/${plan.id}/submit`);

/** "Setujui" by the supervisor, unless the period approved it on submission. */
export async function approvePlan(supervisor: DemoClient, plan: Plan): Promise<Plan> {
  if (plan.status === 'approved') return plan;
  return supervisor.send<Plan>('POST', `/api/plans/${plan.id}/approve`, { version: plan.version });
}

/** "Kembalikan" with a note the employee sees. */
export const returnPlan = (supervisor: DemoClient, plan: Plan, note: string): Promise<Plan> =>
  supervisor.send<Plan>('POST', `/api/plans/${plan.id}/return`, { version: plan.version, note });

/** Sends the competency reflection (2025+), or leaves it when the period has none. */
export async function sendReflection(employee: DemoClient, planId: string): Promise<void> {
  const url = `/api/plans/${planId}/documents/competency-reflection`;
  const saved = await employee.send<WrittenDocument>('PUT', url, {
    version: 0,
    text: 'Pelatihan asesmen formatif membantu saya memberi umpan balik yang lebih segera kepada murid.',
  });
  await employee.send('POST', `${url}/send`, { version: saved.version });
}

/** Ticks every planned duty and sends the Dokumen Pelaksanaan Tugas Pokok. */
export async function sendChecklist(employee: DemoClient, planId: string): Promise<void> {
  const url = `/api/plans/${planId}/documents/main-duties-checklist`;
  const empty = await employee.get<WrittenDocument>(url);
  const ticked = await employee.send<WrittenDocument>('PUT', url, {
    version: empty.version,
    completedDutyCodes: (empty.checklist?.duties ?? []).map((duty) => duty.code),
  });
  await employee.send('POST', `${url}/send`, { version: ticked.version });
}

/** The supervisor confirms the dokumen akuntabilitas. */
export const confirmChecklist = (supervisor: DemoClient, planId: string): Promise<unknown> =>
  supervisor.send('POST', `/api/plans/${planId}/documents/main-duties-checklist/confirm`, {
    note: 'Dokumen dan daftar hadir sudah saya periksa.',
  });

type Step = (cycle: PracticeCycle) => Promise<PracticeCycle>;

/** Siklus A (preparation) by the employee. */
export async function prepareCycle(
  employee: DemoClient,
  planId: string,
  on: string,
): Promise<PracticeCycle> {
  const url = `/api/plans/${planId}/practice-cycle`;
  const cycle = await employee.get<PracticeCycle>(url);
  const target = cycle.indicator.targets[0]?.code;
  const prepared = await employee.send<PracticeCycle>('PUT', `${url}/preparation`, {
    version: cycle.version,
    focusBehaviourCodes: target ? [target] : [],
    customFocusBehaviours: target ? [] : ['Memberi penguatan positif'],
    scheduledDate: on,
    scheduledTime: '08:30',
    specificBehaviour: 'Menyepakati aturan kelas bersama murid di awal pelajaran.',
    effortsToReachTarget: 'Berlatih bersama rekan sejawat di komunitas belajar.',
  });
  return employee.send<PracticeCycle>('POST', `${url}/preparation/finish`, {
    version: prepared.version,
  });
}

/** Siklus B–E after A: observer rates and agrees, employee acts and reflects, observer closes. */
export async function finishCycle(
  employee: DemoClient,
  observer: DemoClient,
  options: { planId: string; cycle: PracticeCycle; actionOn: string },
): Promise<PracticeCycle> {
  const url = `/api/plans/${options.planId}/practice-cycle`;
  const by =
    (client: DemoClient, method: 'POST' | 'PUT' | 'PATCH', path: string, body = {}): Step =>
    (cycle) =>
      client.send<PracticeCycle>(method, `${url}${path}`, { ...body, version: cycle.version });
  const ratings = Object.fromEntries(
    options.cycle.observation.ratings.map((item) => [
      item.code,
      { rating: 'done_effective', note: '' },
    ]),
  );
  const steps: Step[] = [
    by(observer, 'PATCH', '/observation', { ratings }),
    by(observer, 'POST', '/observation/finish'),
    by(observer, 'PUT', '/follow-up', { agreement: 'Mencoba restitusi pada dua pertemuan.' }),
    by(observer, 'POST', '/follow-up/finish'),
    by(employee, 'POST', '/follow-up/acknowledge'),
    by(employee, 'PUT', '/actions', {
      actions: [{ date: options.actionOn, description: 'Menerapkan restitusi di kelas.' }],
    }),
    by(employee, 'POST', '/actions/finish'),
    by(employee, 'PUT', '/reflection', { text: 'Murid lebih cepat memperbaiki perilaku.' }),
    by(employee, 'POST', '/reflection/submit'),
    by(observer, 'PUT', '/comment', { comment: 'Refleksi sudah tajam; lanjutkan pencatatan.' }),
    by(observer, 'POST', '/finish'),
  ];
  let cycle = options.cycle;
  for (const step of steps) cycle = await step(cycle);
  return cycle;
}

/** The assessor saves both ratings with feedback and, when `isFinal`, "Tetapkan" (domain.md §5.1–§5.2). */
export async function assess(
  assessor: DemoClient,
  planId: string,
  options: { result: string; behaviour: string; isFinal: boolean },
): Promise<void> {
  const url = `/api/plans/${planId}/assessment`;
  const before = await assessor.get<AssessmentPage>(url);
  const saved = await assessor.send<AssessmentPage>('PUT', url, {
    version: before.assessment.version,
    workResultRating: options.result,
    workBehaviourRating: options.behaviour,
    behaviourFeedback: {
      berorientasi_pelayanan: 'Melayani peserta didik dengan ramah dan cekatan.',
      kolaboratif: 'Aktif berbagi praktik baik di komunitas belajar sekolah.',
    },
    notes: 'Pertahankan praktik baik; perkuat umpan balik kepada murid.',
  });
  if (!options.isFinal) return;
  await assessor.send('POST', `/api/assessments/${saved.assessment.id}/finalize`, {
    version: saved.assessment.version,
    isConfirmed: true,
  });
}
