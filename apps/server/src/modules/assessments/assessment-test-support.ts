import type { AssessmentPage } from '@kinerja/contract';
import type { TestApp } from '../../test/test-app.js';
import {
  fillTestIndicator,
  makeAdmin,
  clientFor,
  planOf,
  validContent,
  type Client,
} from '../plans/plan-test-support.js';

// Test support only: approved plans in each period, instants inside its windows, page parsing.

/** Instants inside the planning and the assessment window of each period, and a valid practice code. */
export const WINDOWS = {
  '2024-S1': {
    planning: '2024-01-10T03:00:00.000Z',
    execution: '2024-03-01T03:00:00.000Z',
    assessment: '2024-06-10T03:00:00.000Z',
    after: '2024-07-02T03:00:00.000Z',
    practice: 'instruksi_pembelajaran',
  },
  '2024-S2': {
    planning: '2024-07-10T03:00:00.000Z',
    execution: '2024-09-02T03:00:00.000Z',
    assessment: '2024-12-10T03:00:00.000Z',
    after: '2025-01-02T03:00:00.000Z',
    practice: 'instruksi_pembelajaran',
  },
  '2025': {
    planning: '2025-01-15T03:00:00.000Z',
    execution: '2025-03-03T03:00:00.000Z',
    assessment: '2025-11-20T03:00:00.000Z',
    after: '2026-01-02T03:00:00.000Z',
    practice: 'keteraturan_suasana_kelas',
  },
  '2026': {
    planning: '2026-01-12T03:00:00.000Z',
    execution: '2026-03-02T03:00:00.000Z',
    assessment: '2026-12-07T03:00:00.000Z',
    after: '2027-01-04T03:00:00.000Z',
    practice: 'penerapan_disiplin_positif',
  },
} as const;

/** A period id with windows above. */
export type TestPeriod = keyof typeof WINDOWS;

/** Fills the 2025+ competency-indicator gap once per period (an administrator's catalogue edit). */
export async function prepareCatalogues(t: TestApp, periods: readonly TestPeriod[]): Promise<void> {
  const { app, ctx } = t;
  const admin = await clientFor(app, (await makeAdmin(ctx.db)).email);
  for (const periodId of periods) {
    if (!periodId.startsWith('2024')) await fillTestIndicator(admin, periodId);
  }
}

/**
 * An approved plan: Mulai, data diri (and team for 2026 principals), a valid draft, Ajukan and —
 * unless the period approves on submission — Setujui by the approver. Leaves the clock in planning.
 */
export async function approvedPlan(
  t: TestApp,
  options: {
    periodId: TestPeriod;
    employee: Client;
    approver: Client | null;
    kind?: 'teacher' | 'principal';
  },
): Promise<string> {
  const { periodId, employee, approver } = options;
  const kind = options.kind ?? 'teacher';
  t.setNow(WINDOWS[periodId].planning);
  const started = planOf(await employee.post('/api/plans', { periodId, kind }), 201);
  let version = planOf(await employee.post(`/api/plans/${started.id}/personal-data/confirm`))
    .version;
  if (kind === 'principal' && periodId === '2026') {
    version = planOf(await employee.post(`/api/plans/${started.id}/confirm-team`)).version;
  }
  const practice = kind === 'principal' ? 'presentasi_visi_misi' : WINDOWS[periodId].practice;
  const content = validContent(periodId, { practice });
  planOf(await employee.put(`/api/plans/${started.id}/draft`, { version, content }));
  const submitted = planOf(await employee.post(`/api/plans/${started.id}/submit`));
  if (submitted.status === 'approved') return started.id;
  if (!approver) throw new Error(`plan ${started.id} needs an approver`);
  planOf(await approver.post(`/api/plans/${started.id}/approve`));
  return started.id;
}

/** Parses an assessor page (throws with the body when the status is not the expected one). */
export function pageOf(response: { statusCode: number; body: string }, status = 200): AssessmentPage {
  if (response.statusCode !== status)
    throw new Error(`expected ${status}, got ${response.statusCode}: ${response.body}`);
  return JSON.parse(response.body) as AssessmentPage;
}

/** A complete draft body with both ratings and some feedback. */
export function draftBody(options: {
  version: number;
  result: string;
  behaviour: string;
  notes?: string;
  document?: string;
}) {
  return {
    ...(options.document ? { document: options.document } : {}),
    version: options.version,
    workResultRating: options.result,
    workBehaviourRating: options.behaviour,
    behaviourFeedback: {
      berorientasi_pelayanan: 'Melayani peserta didik dengan ramah dan cekatan.',
      kolaboratif: 'Aktif di komunitas belajar sekolah.',
    },
    notes: options.notes ?? 'Pertahankan praktik baik; perkuat umpan balik kepada murid.',
  };
}

/** Saves a draft and sets ("Tetapkan") it; returns the final page. */
export async function assessAndSet(
  assessor: Client,
  planId: string,
  options: { result: string; behaviour: string; document?: string; notes?: string },
): Promise<AssessmentPage> {
  const query = options.document ? `?document=${options.document}` : '';
  const before = pageOf(await assessor.get(`/api/plans/${planId}/assessment${query}`));
  const body = draftBody({ ...options, version: before.assessment.version });
  const saved = pageOf(await assessor.put(`/api/plans/${planId}/assessment`, body));
  const id = saved.assessment.id!;
  return pageOf(
    await assessor.post(`/api/assessments/${id}/finalize`, {
      version: saved.assessment.version,
      isConfirmed: true,
    }),
  );
}
