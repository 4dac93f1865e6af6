import { randomUUID } from 'node:crypto';
import type {
  Plan,
  PlanErrorResponse,
  PlanOptionsResponse,
  PracticeOptionsResponse,
} from '@kinerja/contract';
import { draftSteps, type DraftStep } from './planning-content.js';
import type { UserSession } from './planning-http.js';

/** Endpoint labels of the teacher's flow, in the order a teacher meets them. */
export const TEACHER_LABELS = {
  me: 'GET /api/me',
  mine: 'GET /api/plans/mine',
  start: 'POST /api/plans',
  confirm: 'POST /api/plans/:id/personal-data/confirm',
  options: 'GET /api/plans/:id/options',
  practice: 'GET /api/plans/:id/practice-options',
  draft: 'PUT /api/plans/:id/draft',
  submit: 'POST /api/plans/:id/submit',
} as const;

const MAX_CONFLICT_RETRIES = 3;

/**
 * One "Guru sebagai Pegawai" with the app open (GET /api/me done) up to "Ajukan" (issue #4): the
 * plan of the active period, "Mulai", "Data sudah sesuai", the tab options, six draft saves, submit.
 */
export async function runTeacher(session: UserSession): Promise<void> {
  const L = TEACHER_LABELS;
  await session.call({ label: L.mine, method: 'GET', path: '/api/plans/mine' });
  const started = await session.call<Plan>({
    label: L.start,
    method: 'POST',
    path: '/api/plans',
    body: {},
  });
  const base = `/api/plans/${started.body.id}`;
  let plan = (
    await session.call<Plan>({
      label: L.confirm,
      method: 'POST',
      path: `${base}/personal-data/confirm`,
    })
  ).body;
  const options = await session.call<PlanOptionsResponse>({
    label: L.options,
    method: 'GET',
    path: `${base}/options`,
  });
  const practice = await session.call<PracticeOptionsResponse>({
    label: L.practice,
    method: 'GET',
    path: `${base}/practice-options`,
  });
  const steps = draftSteps({ start: plan.content, options: options.body, practice: practice.body });
  for (const step of steps) plan = await saveDraft(session, plan, step);
  if (!plan.isValid) throw new Error(`plan not valid after filling: ${JSON.stringify(plan.tabs)}`);
  await session.call({
    label: L.submit,
    method: 'POST',
    path: `${base}/submit`,
    body: { version: plan.version },
  });
}

/** "Simpan Draf" on top of the last version read; on a 409 it continues from the server copy. */
async function saveDraft(session: UserSession, plan: Plan, step: DraftStep): Promise<Plan> {
  let version = plan.version;
  for (let attempt = 0; attempt <= MAX_CONFLICT_RETRIES; attempt++) {
    // One key per save: a network retry of the same save would reuse it; a save on top of the
    // server copy after a 409 is a new save.
    const key = randomUUID();
    const answer = await session.call<Plan | PlanErrorResponse>(
      {
        label: TEACHER_LABELS.draft,
        method: 'PUT',
        path: `/api/plans/${plan.id}/draft`,
        headers: { 'idempotency-key': key },
        body: { version, content: step.content, ...(step.lastTab && { lastTab: step.lastTab }) },
      },
      true,
    );
    if (answer.status !== 409) return answer.body as Plan;
    const current = (answer.body as PlanErrorResponse).error.current;
    if (!current) throw new Error('409 without the current plan');
    version = current.version;
  }
  throw new Error(`draft still conflicting after ${MAX_CONFLICT_RETRIES} retries`);
}
