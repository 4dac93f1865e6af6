import type { SchoolPlanListResponse } from '@kinerja/contract';
import type { UserSession } from './planning-http.js';
import type { Recorder } from './planning-recorder.js';
import type { WavePrincipal } from './planning-types.js';

/** Endpoint labels of the principal's side. */
export const PRINCIPAL_LABELS = {
  list: 'GET /api/schools/:id/plans?status=submitted',
  open: 'GET /api/plans/:id',
  approve: 'POST /api/plans/:id/approve',
  bulk: 'POST /api/schools/:id/plans/approve',
} as const;

/** Shared with the teachers of the school: how many have finished (submitted, or failed). */
export type SchoolProgress = { finished: number };

/** What a principal approved. */
export type PrincipalTally = { approved: number; approvedInBulk: number };

type BulkAnswer = { results: Array<{ planId: string; ok: boolean; code: string | null }> };

/**
 * "Kepala Sekolah sebagai Atasan" (issue #4): polls "Periksa" for plans that are "Perlu disetujui"
 * and approves them until every teacher has finished — once, half of a batch of two or more at once
 * without remarks ("Setujui" in bulk); every other plan opened and approved with an "Ekspektasi
 * Khusus Pimpinan".
 */
export async function runPrincipal(
  /** Already opened (GET /api/me done). */
  session: UserSession,
  input: {
    principal: WavePrincipal;
    progress: SchoolProgress;
    tally: PrincipalTally;
    recorder: Recorder;
    pollMs: number;
    deadline: number;
  },
): Promise<void> {
  const { principal } = input;
  const school = `/api/schools/${principal.schoolId}`;
  let hasApprovedInBulk = false;
  while (performance.now() < input.deadline) {
    // Read before listing: once every teacher had submitted, the list shows every submission.
    const isEveryoneDone = input.progress.finished >= principal.teachers;
    const list = await session.call<SchoolPlanListResponse>({
      label: PRINCIPAL_LABELS.list,
      method: 'GET',
      path: `${school}/plans?status=submitted`,
    });
    const waiting = list.body.plans.filter((item) => item.planId && item.abilities.canApprove);
    if (waiting.length === 0) {
      if (isEveryoneDone) return;
      await new Promise((resolve) => setTimeout(resolve, input.pollMs));
      continue;
    }
    let single = waiting;
    if (!hasApprovedInBulk && waiting.length >= 2) {
      hasApprovedInBulk = true;
      const half = Math.ceil(waiting.length / 2);
      single = waiting.slice(half);
      await approveInBulk(session, input, waiting.slice(0, half));
    }
    for (const item of single) await approveOne(session, input.tally, item);
  }
}

type Waiting = SchoolPlanListResponse['plans'][number];

/** "Setujui" for several plans at once, without remarks; each failed plan counts as an error. */
async function approveInBulk(
  session: UserSession,
  input: { principal: WavePrincipal; tally: PrincipalTally; recorder: Recorder },
  items: Waiting[],
): Promise<void> {
  const answer = await session.call<BulkAnswer>({
    label: PRINCIPAL_LABELS.bulk,
    method: 'POST',
    path: `/api/schools/${input.principal.schoolId}/plans/approve`,
    body: { planIds: items.map((item) => item.planId ?? '') },
  });
  for (const result of answer.body.results) {
    if (!result.ok) {
      input.recorder.fail(PRINCIPAL_LABELS.bulk, `${result.planId}: ${result.code}`);
      continue;
    }
    input.tally.approved += 1;
    input.tally.approvedInBulk += 1;
  }
}

/** Opens one plan, then "Setujui" with an expectation written; a 409 leaves it for the next poll. */
async function approveOne(session: UserSession, tally: PrincipalTally, item: Waiting) {
  const path = `/api/plans/${item.planId}`;
  await session.call({ label: PRINCIPAL_LABELS.open, method: 'GET', path });
  const answer = await session.call(
    {
      label: PRINCIPAL_LABELS.approve,
      method: 'POST',
      path: `${path}/approve`,
      body: {
        ...(item.version !== null && { version: item.version }),
        supervisorExpectations: { akuntabel: 'Mengisi jurnal kelas setiap hari.' },
      },
    },
    true,
  );
  if (answer.status !== 409) tally.approved += 1;
}
