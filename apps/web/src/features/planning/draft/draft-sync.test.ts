import { planContentSchema, type Plan, type PlanContent, type PlanTab } from '@kinerja/contract';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, NETWORK_ERROR } from '../../../lib/api/client';
import { makePlan, savedPlan } from '../planning-test-data';
import { DraftSync, draftScheduler } from './draft-sync';

type Save = { plan: Plan; content: PlanContent; tab: PlanTab; key: string };

const realScheduler = { ...draftScheduler };
let timers: Array<() => void> = [];

beforeEach(() => {
  timers = [];
  draftScheduler.setTimer = (run) => timers.push(run);
  draftScheduler.clearTimer = (timer) => {
    timers[(timer as number) - 1] = () => undefined;
  };
});
afterEach(() => {
  Object.assign(draftScheduler, realScheduler);
  window.localStorage.clear();
});

/** Runs the timers set so far (the pause after typing, a retry wait). */
async function fireTimers() {
  const due = timers;
  timers = [];
  for (const run of due) run();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

const withSk = (content: PlanContent, sk: string): PlanContent => ({
  ...content,
  additionalDuties: [{ code: 'wali_kelas', skReference: sk }],
});

describe('DraftSync', () => {
  it('treats a conflict with its own unanswered save as saved, then saves the newer typing', async () => {
    const base = makePlan({ lastTab: 'main_duties' });
    let server = base;
    const saves: Save[] = [];
    let loseAnswer = true;
    const sync = new DraftSync(base, 'main_duties', {
      save: async (plan, content, tab, key) => {
        saves.push({ plan, content, tab, key });
        if (plan.version !== server.version) {
          throw new ApiError({
            status: 409,
            code: 'PLAN_VERSION_CONFLICT',
            message: 'Konflik',
            details: { code: 'PLAN_VERSION_CONFLICT', current: server },
          });
        }
        server = savedPlan(server, content, tab);
        if (loseAnswer) {
          loseAnswer = false;
          throw new ApiError({ status: 0, code: NETWORK_ERROR, message: 'Network error' });
        }
        return server;
      },
    });
    sync.start();
    sync.edit((content) => withSk(content, 'SK 1'));
    await fireTimers();
    expect(sync.getSnapshot().status.kind).toBe('retrying');

    // More typing before the retry: the stored copy (v3) already holds "SK 1", not "SK 12".
    sync.edit((content) => withSk(content, 'SK 12'));
    expect(await sync.flush()).toBe(true);

    const snapshot = sync.getSnapshot();
    expect(snapshot.status.kind).toBe('saved');
    expect(snapshot.plan.version).toBe(4);
    expect(server.content.additionalDuties[0]?.skReference).toBe('SK 12');
    expect(saves.map((save) => save.plan.version)).toEqual([2, 2, 3]);
  });

  it('reuses the Idempotency-Key only for the same content on the same version', async () => {
    const base = makePlan();
    const keys: string[] = [];
    let fail = 2;
    const sync = new DraftSync(base, 'main_duties', {
      save: async (plan, content, tab, key) => {
        keys.push(key);
        if (fail-- > 0) throw new ApiError({ status: 503, code: 'UNAVAILABLE', message: 'x' });
        return savedPlan(plan, content, tab);
      },
    });
    sync.start();
    sync.edit((content) => withSk(content, 'A'));
    await fireTimers();
    await fireTimers();
    expect(keys[1]).toBe(keys[0]);
    sync.edit((content) => withSk(content, 'AB'));
    await fireTimers();
    expect(keys[2]).not.toBe(keys[0]);
    expect(sync.getSnapshot().status.kind).toBe('saved');
  });

  it('does not loop on text the server trims, and keeps failed saves for the next change', async () => {
    const base = makePlan();
    let calls = 0;
    let refuse = true;
    const sync = new DraftSync(base, 'main_duties', {
      save: async (plan, content, tab) => {
        calls += 1;
        if (refuse) {
          refuse = false;
          throw new ApiError({
            status: 400,
            code: 'VALIDATION_FAILED',
            message: 'SK terlalu panjang',
          });
        }
        return savedPlan(plan, planContentSchema.parse(content), tab);
      },
    });
    sync.start();
    sync.edit((content) => withSk(content, 'x'.repeat(10)));
    await fireTimers();
    expect(sync.getSnapshot().status.kind).toBe('failed');
    expect(timers).toHaveLength(0);
    expect(sync.getSnapshot().hasUnsavedChanges).toBe(true);

    sync.edit((content) => withSk(content, 'SK 5 '));
    await fireTimers();
    expect(sync.getSnapshot().status.kind).toBe('saved');
    expect(sync.getSnapshot().hasUnsavedChanges).toBe(false);
    expect(calls).toBe(2);
  });
});
