import {
  bulkApprovePlansResponseSchema,
  dinasPlanListResponseSchema,
  myPlanResponseSchema,
  pengawasPlanListResponseSchema,
  planHistoryResponseSchema,
  planOptionsResponseSchema,
  planSchema,
  planTeamResponseSchema,
  practiceOptionsResponseSchema,
  schoolPlanListResponseSchema,
  type BerakhlakValueCodeDto,
  type EditPersonalDataRequest,
  type EmployeeKind,
  type Plan,
  type PlanContent,
  type PlanStatus,
  type PlanTab,
} from '@kinerja/contract';
import { apiRequest } from '../api/client';

// Every plan endpoint the SPA calls (apps/server/src/modules/plans/*.routes.ts), shared by the
// planning and review features so neither re-declares a path.

const planPath = (planId: string, suffix = '') =>
  `/api/plans/${encodeURIComponent(planId)}${suffix}`;

function query(values: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined) params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Supervisor expectations per BerAKHLAK value, as written on the review page. */
export type ExpectationTexts = Partial<Record<BerakhlakValueCodeDto, string>>;

/** GET /api/plans/mine — the caller's plan (or "Belum mulai") in the active period. */
export const fetchMyPlan = (kind?: EmployeeKind) =>
  apiRequest(myPlanResponseSchema, `/api/plans/mine${query({ kind })}`);

/** POST /api/plans — "Mulai"; a second call returns the same plan. */
export const startPlan = (kind?: EmployeeKind) =>
  apiRequest(planSchema, '/api/plans', { method: 'POST', body: kind ? { kind } : {} });

/** GET /api/plans/:id */
export const fetchPlan = (planId: string) => apiRequest(planSchema, planPath(planId));

/**
 * PUT /api/plans/:id/draft — saves the whole draft on top of `version`. A retry must reuse the
 * same `idempotencyKey`; a stale version fails with 409 PLAN_VERSION_CONFLICT (see conflictCopy).
 */
export const savePlanDraft = (
  plan: Pick<Plan, 'id' | 'version'>,
  content: PlanContent,
  lastTab: PlanTab | undefined,
  idempotencyKey: string,
) =>
  apiRequest(planSchema, planPath(plan.id, '/draft'), {
    method: 'PUT',
    body: { version: plan.version, content, ...(lastTab ? { lastTab } : {}) },
    headers: { 'idempotency-key': idempotencyKey },
  });

/** The server's copy carried by a 409 PLAN_VERSION_CONFLICT, or null for any other error. */
export function conflictCopy(error: unknown): Plan | null {
  if (typeof error !== 'object' || error === null || !('details' in error)) return null;
  const details = (error as { code?: string; details: unknown }).details;
  if ((error as { code?: string }).code !== 'PLAN_VERSION_CONFLICT') return null;
  const current = (details as { current?: unknown } | undefined)?.current;
  const parsed = planSchema.safeParse(current);
  return parsed.success ? parsed.data : null;
}

/** POST /api/plans/:id/submit — "Ajukan". */
export const submitPlan = (plan: Pick<Plan, 'id' | 'version'>) =>
  apiRequest(planSchema, planPath(plan.id, '/submit'), {
    method: 'POST',
    body: { version: plan.version },
  });

/** POST /api/plans/:id/personal-data/confirm — "Data sudah sesuai". */
export const confirmPersonalData = (planId: string) =>
  apiRequest(planSchema, planPath(planId, '/personal-data/confirm'), { method: 'POST' });

/** PUT /api/plans/:id/personal-data — the once-only local edit of data diri. */
export const editPersonalData = (planId: string, edit: EditPersonalDataRequest) =>
  apiRequest(planSchema, planPath(planId, '/personal-data'), { method: 'PUT', body: edit });

/** GET /api/plans/:id/options — what each tab offers (except Praktik Kinerja). */
export const fetchPlanOptions = (planId: string) =>
  apiRequest(planOptionsResponseSchema, planPath(planId, '/options'));

/** GET /api/plans/:id/practice-options — Rapor Pendidikan recommendations first, then the rest. */
export const fetchPracticeOptions = (planId: string) =>
  apiRequest(practiceOptionsResponseSchema, planPath(planId, '/practice-options'));

/** GET /api/plans/:id/confirm-team — Tim Kinerja and Pejabat Penilai Kinerja (2026 principal). */
export const fetchPlanTeam = (planId: string) =>
  apiRequest(planTeamResponseSchema, planPath(planId, '/confirm-team'));

/** POST /api/plans/:id/confirm-team */
export const confirmPlanTeam = (planId: string) =>
  apiRequest(planSchema, planPath(planId, '/confirm-team'), { method: 'POST' });

/** GET /api/plans/:id/history — submitted versions and decisions, oldest first. */
export const fetchPlanHistory = (planId: string) =>
  apiRequest(planHistoryResponseSchema, planPath(planId, '/history'));

/** Where "Unduh PDF" points (a plain link, so the browser downloads it with the session cookie). */
export const planPdfUrl = (planId: string) => planPath(planId, '/pdf');

/** PUT /api/plans/:id/supervisor-expectations — "Ekspektasi Khusus Pimpinan". */
export const saveSupervisorExpectations = (
  plan: Pick<Plan, 'id' | 'version'>,
  expectations: ExpectationTexts,
) =>
  apiRequest(planSchema, planPath(plan.id, '/supervisor-expectations'), {
    method: 'PUT',
    body: { version: plan.version, expectations },
  });

/** POST /api/plans/:id/approve — "Setujui", writing the expectations in the same step. */
export const approvePlan = (plan: Pick<Plan, 'id' | 'version'>, expectations?: ExpectationTexts) =>
  apiRequest(planSchema, planPath(plan.id, '/approve'), {
    method: 'POST',
    body: {
      version: plan.version,
      ...(expectations ? { supervisorExpectations: expectations } : {}),
    },
  });

/** POST /api/plans/:id/return — "Kembalikan" with a note. */
export const returnPlan = (plan: Pick<Plan, 'id' | 'version'>, note: string) =>
  apiRequest(planSchema, planPath(plan.id, '/return'), {
    method: 'POST',
    body: { version: plan.version, note },
  });

/** GET /api/schools/:id/plans — "Periksa" for a principal. */
export const fetchSchoolPlans = (schoolId: string, status?: PlanStatus) =>
  apiRequest(
    schoolPlanListResponseSchema,
    `/api/schools/${encodeURIComponent(schoolId)}/plans${query({ status })}`,
  );

/** POST /api/schools/:id/plans/approve — approve several plans without remarks. */
export const approvePlansInBulk = (schoolId: string, planIds: string[]) =>
  apiRequest(
    bulkApprovePlansResponseSchema,
    `/api/schools/${encodeURIComponent(schoolId)}/plans/approve`,
    { method: 'POST', body: { planIds } },
  );

/** GET /api/dinas/:id/plans — principals' plans in a Dinas region, paged. */
export const fetchDinasPlans = (
  dinasId: string,
  options: { status?: PlanStatus; limit?: number; offset?: number } = {},
) =>
  apiRequest(
    dinasPlanListResponseSchema,
    `/api/dinas/${encodeURIComponent(dinasId)}/plans${query(options)}`,
  );

/** GET /api/pengawas/plans — the principals of the pengawas's binaan schools. */
export const fetchPengawasPlans = (status?: PlanStatus) =>
  apiRequest(pengawasPlanListResponseSchema, `/api/pengawas/plans${query({ status })}`);
