import type { Plan, WrittenDocument } from '@kinerja/contract';
import { expect } from 'vitest';
import { cycleApiAs, expectStatus, type CycleApi } from '../assessment-support.js';
import { DEMO_PASSWORD, PHONE } from '../harness.js';
import type { Api } from '../planning-supervision-api.js';
import { PEOPLE, type App, type Who } from './steps.js';
import { TEXTS } from './texts.js';

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

/** "Kirim ke Atasan" of both written documents (the requests the Pelaksanaan page sends). */
export async function sendDocuments(api: CycleApi, planId: string): Promise<void> {
  const base = `/api/plans/${planId}/documents`;
  const reflection = expectStatus(
    'reflection',
    await api.put<WrittenDocument>(`${base}/competency-reflection`, {
      version: 0,
      text: TEXTS.reflection,
    }),
  );
  expectStatus(
    'send reflection',
    await api.post(`${base}/competency-reflection/send`, { version: reflection.version }),
  );
  const empty = expectStatus(
    'checklist',
    await api.get<WrittenDocument>(`${base}/main-duties-checklist`),
  );
  const ticked = expectStatus(
    'tick',
    await api.put<WrittenDocument>(`${base}/main-duties-checklist`, {
      version: empty.version,
      completedDutyCodes: (empty.checklist?.duties ?? []).map((duty) => duty.code),
    }),
  );
  expectStatus(
    'send checklist',
    await api.post(`${base}/main-duties-checklist/send`, { version: ticked.version }),
  );
}
