import type { PracticeCycle, PracticeErrorResponse } from '@kinerja/contract';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app.js';
import {
  bodyOf,
  insertApprovedPlan,
  signedIn,
} from '../execution-documents/execution-test-support.js';
import { makePlanningSchool } from '../plans/plan-test-support.js';

const [T1, T2, T3] = [1, 2, 3].map((n) => `penerapan_disiplin_positif_${n}`) as [
  string,
  string,
  string,
];

describe('a half-filled observation is never lost (issue #5 item 4)', () => {
  const t = useTestApp({ now: '2026-03-02T03:00:00.000Z' });

  it('merges saves of different behaviours from two devices; a clash keeps both copies', async () => {
    const { app, ctx } = t();
    const { school, teacher, principal } = await makePlanningSchool(ctx.db, { periodId: '2026' });
    const planId = await insertApprovedPlan(ctx.db, {
      employeeId: teacher.id,
      schoolId: school.id,
      periodId: '2026',
    });
    const url = `/api/plans/${planId}/practice-cycle`;
    const guru = await signedIn(app, teacher.email);
    const phone = await signedIn(app, principal!.email);
    const laptop = await signedIn(app, principal!.email);
    let cycle = bodyOf<PracticeCycle>(
      await guru.put(`${url}/preparation`, {
        version: 0,
        focusBehaviourCodes: [T2],
        scheduledDate: '2026-03-03',
        scheduledTime: '07:30',
        specificBehaviour: 'Penguatan positif',
        effortsToReachTarget: 'Latihan',
      }),
    );
    // Teacher and principal edit A from the same version: the second sees the first's copy.
    const clash = await phone.put(`${url}/preparation`, {
      version: 0,
      focusBehaviourCodes: [T1],
      scheduledDate: '2026-03-04',
      scheduledTime: '07:30',
    });
    expect(clash.statusCode).toBe(409);
    const clashBody = clash.json<PracticeErrorResponse>().error;
    expect(clashBody.code).toBe('PRACTICE_VERSION_CONFLICT');
    expect(clashBody.current?.preparation.focusBehaviourCodes).toEqual([T2]);
    cycle = bodyOf<PracticeCycle>(
      await phone.post(`${url}/preparation/finish`, { version: cycle.version }),
    );
    const base = cycle.version;

    // Both devices start from the same version; each rates a different behaviour.
    const fromPhone = bodyOf<PracticeCycle>(
      await phone.patch(`${url}/observation`, {
        version: base,
        ratings: { [T1]: { rating: 'done_effective', note: 'dari ponsel' } },
      }),
    );
    expect(fromPhone.version).toBe(base + 1);
    const fromLaptop = bodyOf<PracticeCycle>(
      await laptop.patch(`${url}/observation`, {
        version: base,
        ratings: { [T2]: { rating: 'not_done', note: 'dari laptop' } },
        generalNote: 'Catatan laptop',
      }),
    );
    expect(fromLaptop.observation.ratings.map((r) => [r.code, r.rating, r.note])).toEqual([
      [T1, 'done_effective', 'dari ponsel'],
      [T2, 'not_done', 'dari laptop'],
      [T3, null, ''],
    ]);

    // The laptop (still on `base`) now changes the behaviour the phone rated: 409, nothing lost.
    const stale = await laptop.patch(`${url}/observation`, {
      version: base,
      ratings: { [T1]: { rating: 'not_done', note: 'versi laptop' } },
    });
    expect(stale.statusCode).toBe(409);
    const current = stale.json<PracticeErrorResponse>().error.current!;
    expect(current.observation.ratings[0]).toMatchObject({
      rating: 'done_effective',
      note: 'dari ponsel',
    });
    expect(current.observation.generalNote).toBe('Catatan laptop');
    const stored = bodyOf<PracticeCycle>(await phone.get(url));
    expect(stored.version).toBe(base + 2);
    expect(stored.observation.rated).toBe(2);

    // Finishing needs the latest version: a device that has not seen every rating cannot finish.
    bodyOf(
      await phone.patch(`${url}/observation`, {
        version: stored.version,
        ratings: { [T3]: { rating: 'done_not_effective' } },
      }),
    );
    const staleFinish = await laptop.post(`${url}/observation/finish`, { version: stored.version });
    expect(staleFinish.statusCode).toBe(409);
    expect(staleFinish.json<PracticeErrorResponse>().error.current?.observation.rated).toBe(3);
    const latest = bodyOf<PracticeCycle>(await laptop.get(url));
    const finished = bodyOf<PracticeCycle>(
      await laptop.post(`${url}/observation/finish`, { version: latest.version }),
    );
    expect(finished.state).toBe('follow_up_discussion');
    // A repeated finish (a retry) is refused by the step, not silently applied twice.
    const again = await laptop.post(`${url}/observation/finish`, { version: finished.version });
    expect(again.statusCode).toBe(409);
  });
});
