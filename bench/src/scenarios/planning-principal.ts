import type { SchoolPlanListResponse } from '@kinerja/contract';
import type { UserSession } from './planning-http.js';
import type { Recorder } from './planning-recorder.js';
import type { WavePrincipal } from './planning-types.js';

/** Endpoint labels of the principal's side. */
export const PRINCIPAL_LABELS = {
  list: 'GET /api/schools/:id/plans?status=submitted',
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
 * and approves them — the first batch of two or more at once without remarks ("Setujui" in bulk),
 * the rest one by one with an "Ekspektasi Khusus Pimpinan" — until every teacher has finished.
 */
export async function runPrincipal(
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
  const { principal, tally } = input;
  const school = `/api/schools/${principal.schoolId}`;
  let hasApprovedInBulk = false;
  await session.open();
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
    } else if (!hasApprovedInBulk && waiting.length >= 2) {
      hasApprovedInBulk = true;
      const planIds = waiting.map((item) => item.planId ?? '');
      const answer = await session.call<BulkAnswer>({
        label: PRINCIPAL_LABELS.bulk,
        method: 'POST',
        path: `${school}/plans/approve`,
        body: { planIds },
      });
      for (const result of answer.body.results) {
        if (result.ok) tally.approvedInBulk += 1;
        else input.recorder.fail(PRINCIPAL_LABELS.bulk, `${result.planId}: ${result.code}`);
      }
      tally.approved += answer.body.results.filter((result) => result.ok).length;
    } else {
      for (const item of waiting) {
        const answer = await session.call(
          {
            label: PRINCIPAL_LABELS.approve,
            method: 'POST',
            path: `/api/plans/${item.planId}/approve`,
            body: {
              ...(item.version !== null && { version: item.version }),
              supervisorExpectations: { akuntabel: 'Mengisi jurnal kelas setiap hari.' },
            },
          },
          true,
        );
        if (answer.status !== 409) tally.approved += 1;
      }
    }
  }
}
