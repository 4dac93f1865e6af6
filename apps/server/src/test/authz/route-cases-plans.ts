import {
  DINAS_AREA,
  EMPLOYEES,
  PLAN_OWNER,
  PLAN_READER,
  PLAN_SUPERVISOR,
  SCHOOL_AREA,
  only,
  type RouteCase,
} from './route-case.js';

// The authorization matrix, part 2: Perencanaan Kinerja (plans, steps, review, lists, RHK).

const RHK_BODY = { competencyRhkCodes: ['pelatihan_mandiri'], additionalDuties: [] };

/** Routes of modules/plans and modules/rhk-change. */
export const planCases: RouteCase[] = [
  { route: 'GET /api/plans/mine', family: 'self', reach: EMPLOYEES },
  { route: 'POST /api/plans', family: 'self', reach: EMPLOYEES, refused: [403, 404, 422] },
  { route: 'GET /api/plans/:id', family: 'plan', reach: PLAN_READER },
  { route: 'GET /api/plans/:id/history', family: 'plan', reach: PLAN_READER },
  { route: 'GET /api/plans/:id/pdf', family: 'plan', reach: PLAN_READER },
  { route: 'PUT /api/plans/:id/draft', family: 'plan', reach: PLAN_OWNER },
  { route: 'POST /api/plans/:id/submit', family: 'plan', reach: PLAN_OWNER },
  { route: 'POST /api/plans/:id/personal-data/confirm', family: 'plan', reach: PLAN_OWNER },
  { route: 'PUT /api/plans/:id/personal-data', family: 'plan', reach: PLAN_OWNER },
  { route: 'GET /api/plans/:id/options', family: 'plan', reach: PLAN_READER },
  { route: 'GET /api/plans/:id/practice-options', family: 'plan', reach: PLAN_READER },
  { route: 'GET /api/plans/:id/confirm-team', family: 'plan', reach: PLAN_READER },
  { route: 'POST /api/plans/:id/confirm-team', family: 'plan', reach: PLAN_OWNER },
  { route: 'PUT /api/plans/:id/supervisor-expectations', family: 'plan', reach: PLAN_SUPERVISOR },
  { route: 'POST /api/plans/:id/approve', family: 'plan', reach: PLAN_SUPERVISOR },
  { route: 'POST /api/plans/:id/return', family: 'plan', reach: PLAN_SUPERVISOR },
  // The school's list and bulk "Setujui": its definitive head (a Plt's school approves itself).
  {
    route: 'GET /api/schools/:id/plans',
    family: 'school',
    reach: SCHOOL_AREA,
    foreign: [403, 404],
  },
  {
    route: 'POST /api/schools/:id/plans/approve',
    family: 'school',
    // A Plt may ask: its teachers' plans were approved automatically, so nothing is approved.
    reach: { principal: ['smaA'], plt: ['smaB'] },
    foreign: [403, 404],
    fill: (w) => ({ body: { planIds: [w.plans.teacher.planId] } }),
  },
  { route: 'GET /api/dinas/:id/plans', family: 'dinas', reach: DINAS_AREA, foreign: [403, 404] },
  { route: 'GET /api/pengawas/plans', family: 'self', reach: only('pengawas') },
  { route: 'GET /api/plans/:id/rhk', family: 'plan', reach: PLAN_READER },
  {
    route: 'PUT /api/plans/:id/rhk',
    family: 'plan',
    reach: PLAN_OWNER,
    fill: () => ({ body: RHK_BODY }),
  },
];
