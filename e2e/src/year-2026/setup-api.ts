import type { Plan } from '@kinerja/contract';
import { expect } from 'vitest';
import { cycleApiAs, expectStatus, type CycleApi } from '../assessment-support.js';
import { DEMO_PASSWORD, PHONE } from '../harness.js';
import { fillAndSubmitPlan, type Api } from '../planning-supervision-api.js';
import { PEOPLE, type App, type Who } from './steps.js';

// Set-up the year suite does through the API for people whose page another step of the suite (or
// another browser test) already drives: the same requests those pages send, without page loads.

/** A signed-in API client of one demo person (own browser context, no page load). */
export async function apiOf(
  app: App,
  who: Who,
): Promise<{ api: CycleApi; close: () => Promise<void> }> {
  const page = await app.newPage(PHONE);
  const login = await page.request.post('/api/auth/login', {
    data: { email: PEOPLE[who].email, password: DEMO_PASSWORD },
  });
  expect(login.status(), `login ${who}`).toBe(200);
  return { api: await cycleApiAs(page), close: () => page.context().close() };
}

/** Runs `body` with a signed-in API client, closing its context afterwards. */
export async function withApi<T>(
  app: App,
  who: Who,
  body: (api: CycleApi) => Promise<T>,
): Promise<T> {
  const { api, close } = await apiOf(app, who);
  try {
    return await body(api);
  } finally {
    await close();
  }
}

/** The employee's current 2026 plan. */
export async function myPlan(api: Api): Promise<Plan> {
  const mine = expectStatus('mine', await api.get<{ plan: Plan | null }>('/api/plans/mine'));
  if (!mine.plan) throw new Error('no plan');
  return mine.plan;
}

/** Fills and submits the caller's 2026 plan with the first valid choice on every tab. */
export const submitPlan = (api: Api): Promise<Plan> => fillAndSubmitPlan(api, '2026');
