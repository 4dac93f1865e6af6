import type {
  MyPlanResponse,
  Plan,
  PlanContent,
  PlanOptionsResponse,
  PracticeOptionsResponse,
} from '@kinerja/contract';
import type { Page } from 'playwright-core';

// API steps of the planning-supervision browser tests, sent through the page's own cookie jar (the
// signed-in session) with its CSRF token, for the parts another page covers (issue #4).

/** A JSON answer and its status. */
export type Answer<T> = { status: number; body: T };

/** Signed-in JSON requests sharing the browser context's session cookie. */
export async function apiAs(page: Page) {
  const me = await page.request.get('/api/me');
  if (!me.ok()) throw new Error(`GET /api/me: ${me.status()} ${await me.text()}`);
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const headers = { 'x-csrf-token': csrfToken, accept: 'application/json' };
  const answer = async <T>(response: {
    status: () => number;
    json: () => Promise<unknown>;
  }): Promise<Answer<T>> => ({ status: response.status(), body: (await response.json()) as T });
  return {
    get: async <T>(path: string) => answer<T>(await page.request.get(path, { headers })),
    post: async <T>(path: string, data: unknown = {}) =>
      answer<T>(await page.request.post(path, { headers, data })),
    put: async <T>(path: string, data: unknown) =>
      answer<T>(await page.request.put(path, { headers, data })),
  };
}

/** An API client of one signed-in page. */
export type Api = Awaited<ReturnType<typeof apiAs>>;

function expectStatus<T>(what: string, answer: Answer<T>, ...statuses: number[]): T {
  if (!statuses.includes(answer.status)) {
    throw new Error(`${what}: HTTP ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  return answer.body;
}

/** Valid content from what the plan's own options offer: the first choice on every tab. */
async function firstChoices(api: Api, plan: Plan): Promise<PlanContent> {
  const options = expectStatus(
    'options',
    await api.get<PlanOptionsResponse>(`/api/plans/${plan.id}/options`),
    200,
  );
  const practice = expectStatus(
    'practice options',
    await api.get<PracticeOptionsResponse>(`/api/plans/${plan.id}/practice-options`),
    200,
  );
  const duties = options.mainDuties.duties.slice(0, 2).map((duty) => duty.code);
  const competency = options.competency;
  const indicator =
    competency.mode === 'indicator'
      ? (competency.groups.find((group) => !group.isGap && group.indicators.length > 0)
          ?.indicators[0]?.code ?? null)
      : null;
  const rhks: string[] = [];
  if (competency.mode === 'points') {
    let points = 0;
    for (const rhk of competency.rhks.filter((r) => r.isAvailable && r.points)) {
      if (points >= competency.minPoints) break;
      rhks.push(rhk.code);
      points += rhk.points ?? 0;
    }
  }
  const values = options.workBehaviour.values.filter(
    (value, index) =>
      options.workBehaviour.requiredValueCodes.includes(value.code) ||
      index < options.workBehaviour.minSelectedValues,
  );
  return {
    mainDuties: {
      dutyCodes: duties,
      focusCode: options.mainDuties.isFocusRequired ? (duties[0] ?? null) : null,
    },
    practiceIndicatorCode: (practice.recommended[0] ?? practice.others[0])?.code ?? null,
    competencyRhkCodes: rhks,
    competencyIndicatorCode: indicator,
    additionalDuties: [],
    workBehaviour: Object.fromEntries(
      values.map((value) => [
        value.code,
        {
          behaviourCode: value.behaviours[0]?.code ?? null,
          // 2026: the expectation agreed with the principal is written into the plan (§3.7).
          supervisorExpectation: options.workBehaviour.isSupervisorExpectationRequired
            ? 'Disepakati bersama atasan'
            : '',
        },
      ]),
    ),
  };
}

/** Starts (or resumes) the caller's plan, confirms data diri, fills every tab and submits it. */
export async function fillAndSubmitPlan(api: Api, periodId: string): Promise<Plan> {
  const mine = expectStatus('mine', await api.get<MyPlanResponse>('/api/plans/mine'), 200);
  let plan =
    mine.plan ?? expectStatus('start', await api.post<Plan>('/api/plans', { periodId }), 201);
  if (plan.personalData.confirmedAt === null) {
    plan = expectStatus(
      'confirm data diri',
      await api.post<Plan>(`/api/plans/${plan.id}/personal-data/confirm`),
      200,
    );
  }
  if (plan.team?.isRequired && !plan.team.confirmedAt) {
    expectStatus('confirm team', await api.post(`/api/plans/${plan.id}/confirm-team`), 200);
    plan = expectStatus('reload', await api.get<Plan>(`/api/plans/${plan.id}`), 200);
  }
  const content = await firstChoices(api, plan);
  plan = expectStatus(
    'save draft',
    await api.put<Plan>(`/api/plans/${plan.id}/draft`, { version: plan.version, content }),
    200,
  );
  return expectStatus(
    'submit',
    await api.post<Plan>(`/api/plans/${plan.id}/submit`, { version: plan.version }),
    200,
  );
}
