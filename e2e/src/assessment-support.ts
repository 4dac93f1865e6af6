import { readFile } from 'node:fs/promises';
import type { PracticeCycle, Plan, WrittenDocument } from '@kinerja/contract';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { documentText } from '../../apps/server/src/modules/assessments/assessment-test-support.js';
import { apiAs, fillAndSubmitPlan, type Answer, type Api } from './planning-supervision-api.js';

// API steps before Penilaian Kinerja (issue #6): the 2025 plan agreed and its Pelaksanaan done —
// reflection and duty checklist sent and confirmed, the Siklus Praktik Kinerja A–E completed
// (domain.md §2.3, §3.6) — so the browser test starts where the assessor does. Planning and
// execution have their own browser tests; these steps only send what those pages send.

/** The answer's body, or an error naming the step, the status and the body. */
export function expectStatus<T>(what: string, answer: Answer<T>, status = 200): T {
  if (answer.status !== status) {
    throw new Error(`${what}: HTTP ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  return answer.body;
}

/** apiAs plus PATCH (the observation autosave of Siklus B sends only what changed). */
export async function cycleApiAs(page: Page) {
  const api = await apiAs(page);
  const me = (await (await page.request.get('/api/me')).json()) as { csrfToken: string };
  const headers = { 'x-csrf-token': me.csrfToken, accept: 'application/json' };
  return {
    ...api,
    patch: async <T>(path: string, data: unknown): Promise<Answer<T>> => {
      const response = await page.request.patch(path, { headers, data });
      return { status: response.status(), body: (await response.json()) as T };
    },
  };
}

/** An API client that can also PATCH. */
export type CycleApi = Awaited<ReturnType<typeof cycleApiAs>>;

/** The signed-in person's id. */
export async function personIdOf(api: Api): Promise<string> {
  return expectStatus('me', await api.get<{ person: { id: string } }>('/api/me')).person.id;
}

/**
 * The admin reopens closed stages for one person (domain.md §2.4): with the clock in the Penilaian
 * window, planning and execution of the same period are long closed.
 */
export async function extendStages(
  admin: Api,
  options: { personId: string; periodId: string; stages: string[]; until: string },
): Promise<void> {
  for (const stage of options.stages) {
    expectStatus(
      `extend ${stage}`,
      await admin.post('/api/deadline-extensions', {
        personId: options.personId,
        periodId: options.periodId,
        stage,
        until: options.until,
        reason: 'Uji: tahapan disusulkan sebelum Penilaian Kinerja',
      }),
      201,
    );
  }
}

/** "Ajukan" by the teacher, "Setujui" by the principal: the plan is Disepakati (domain.md §3.10). */
export async function agreedPlan(teacher: Api, principal: Api, periodId: string): Promise<Plan> {
  const submitted = await fillAndSubmitPlan(teacher, periodId);
  const approved = expectStatus(
    'approve',
    await principal.post<Plan>(`/api/plans/${submitted.id}/approve`, {
      version: submitted.version,
    }),
  );
  expect(approved.status).toBe('approved');
  return approved;
}

/** What the teacher and the principal write during Pelaksanaan; the assessor's page shows it. */
export type ExecutionTexts = {
  reflection: string;
  accountabilityNote: string;
  /** Dates inside the 2025 execution window (Siklus A schedule, D actions). */
  scheduledDate: string;
  actionDate: string;
  observationNote: string;
  followUp: string;
  practiceReflection: string;
  comment: string;
};

/**
 * 2025+ written documents: Dokumen Pengembangan Kompetensi (reflection) and Dokumen Pelaksanaan
 * Tugas Pokok (every planned duty ticked) sent by the teacher; the principal confirms the dokumen
 * akuntabilitas (domain.md §3.6).
 */
export async function sendAndConfirmDocuments(
  teacher: Api,
  principal: Api,
  options: { planId: string; texts: ExecutionTexts },
): Promise<void> {
  const base = `/api/plans/${options.planId}/documents`;
  const reflection = expectStatus(
    'reflection',
    await teacher.put<WrittenDocument>(`${base}/competency-reflection`, {
      version: 0,
      text: options.texts.reflection,
    }),
  );
  expectStatus(
    'send reflection',
    await teacher.post(`${base}/competency-reflection/send`, { version: reflection.version }),
  );
  const empty = expectStatus(
    'checklist',
    await teacher.get<WrittenDocument>(`${base}/main-duties-checklist`),
  );
  const checklist = expectStatus(
    'tick duties',
    await teacher.put<WrittenDocument>(`${base}/main-duties-checklist`, {
      version: empty.version,
      completedDutyCodes: (empty.checklist?.duties ?? []).map((duty) => duty.code),
    }),
  );
  expectStatus(
    'send checklist',
    await teacher.post(`${base}/main-duties-checklist/send`, { version: checklist.version }),
  );
  const confirmed = expectStatus(
    'confirm accountability',
    await principal.post<WrittenDocument>(`${base}/main-duties-checklist/confirm`, {
      note: options.texts.accountabilityNote,
    }),
  );
  expect(confirmed.accountability?.isConfirmed).toBe(true);
}

/**
 * The Siklus Praktik Kinerja A–E, each step by whom the page lets do it: A the teacher, B and C the
 * principal (observer), the teacher acknowledges C and writes D and E, the principal comments and
 * closes the cycle (domain.md §2.3).
 */
export async function completePracticeCycle(
  teacher: Api,
  principal: CycleApi,
  options: { planId: string; texts: ExecutionTexts },
): Promise<PracticeCycle> {
  const { texts } = options;
  const url = `/api/plans/${options.planId}/practice-cycle`;
  let cycle = expectStatus('cycle', await teacher.get<PracticeCycle>(url));
  const step = async (what: string, answer: Promise<Answer<PracticeCycle>>) => {
    cycle = expectStatus(what, await answer);
  };
  const target = cycle.indicator.targets[0]?.code;
  await step(
    'A save',
    teacher.put(`${url}/preparation`, {
      version: cycle.version,
      focusBehaviourCodes: target ? [target] : [],
      customFocusBehaviours: target ? [] : ['Memberi penguatan positif'],
      scheduledDate: texts.scheduledDate,
      scheduledTime: '08:30',
      specificBehaviour: 'Menyepakati aturan kelas bersama murid di awal pelajaran.',
      effortsToReachTarget: 'Berlatih bersama rekan sejawat.',
    }),
  );
  await step('A finish', teacher.post(`${url}/preparation/finish`, { version: cycle.version }));
  const ratings = Object.fromEntries(
    cycle.observation.ratings.map((item, index) => [
      item.code,
      { rating: 'done_effective', note: index === 0 ? texts.observationNote : '' },
    ]),
  );
  await step(
    'B ratings',
    principal.patch(`${url}/observation`, { version: cycle.version, ratings }),
  );
  await step('B finish', principal.post(`${url}/observation/finish`, { version: cycle.version }));
  await step(
    'C agreement',
    principal.put(`${url}/follow-up`, { version: cycle.version, agreement: texts.followUp }),
  );
  await step('C finish', principal.post(`${url}/follow-up/finish`, { version: cycle.version }));
  await step(
    'C acknowledge',
    teacher.post(`${url}/follow-up/acknowledge`, { version: cycle.version }),
  );
  await step(
    'D actions',
    teacher.put(`${url}/actions`, {
      version: cycle.version,
      actions: [{ date: texts.actionDate, description: 'Menerapkan restitusi di kelas.' }],
    }),
  );
  await step('D finish', teacher.post(`${url}/actions/finish`, { version: cycle.version }));
  await step(
    'E reflection',
    teacher.put(`${url}/reflection`, { version: cycle.version, text: texts.practiceReflection }),
  );
  await step('E submit', teacher.post(`${url}/reflection/submit`, { version: cycle.version }));
  await step(
    'E comment',
    principal.put(`${url}/comment`, { version: cycle.version, comment: texts.comment }),
  );
  await step('E finish', principal.post(`${url}/finish`, { version: cycle.version }));
  expect(cycle.state).toBe('completed');
  return cycle;
}

/**
 * "Unduh Dokumen Evaluasi Kinerja" through the browser's download: the PDF's text with whitespace
 * made single spaces (table cells and wrapped lines come out in reading order).
 */
export async function downloadEvaluationText(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Unduh Dokumen Evaluasi Kinerja', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^evaluasi-kinerja-.+\.pdf$/);
  const bytes = await readFile(await download.path());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return documentText(bytes).replace(/\s+/g, ' ');
}
