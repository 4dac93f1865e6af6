import {
  ALL,
  DINAS_AREA,
  PLAN_ASSESSOR,
  SCHOOL_AREA,
  SIGNED_IN,
  only,
  type Reach,
  type RouteCase,
} from './route-case.js';

// The authorization matrix, part 4: Penilaian (assessments, documents, ZIPs), angka kredit,
// e-Kinerja exports and outbox, dashboards.

/**
 * Who reads a draft assessment: the assessor, the Dinas of level and region, the pengawas (Tim
 * Kinerja of the school's head), admins — not the employee until it is final (domain.md §5).
 */
const ASSESSMENT_READER: Reach = {
  principal: ['teacher', 'colleague'],
  pengawas: ['principal'],
  plt: ['teacherB'],
  dinasProv: ['teacher', 'colleague', 'principal', 'teacherB'],
  dinasKab: ['teacherS', 'principalS'],
  admin: ALL,
};

/** A person's angka kredit: the person, the head of their school, the Dinas of level and region. */
const PERSON_READER: Reach = {
  principal: ['spare', 'principal'],
  plt: ['teacherB'],
  dinasProv: ['spare', 'principal', 'teacherB'],
  dinasKab: ['teacherS'],
  admin: ALL,
};

const OUTBOX: Reach = {
  operator: ['teacher'],
  dinasProv: ['teacher', 'teacherB'],
  dinasKab: ['teacherS'],
  admin: ALL,
};

/** Assessment routes take the assessment id; the family's subjects are the plans it belongs to. */
const byAssessment = (route: string, reach: Reach): RouteCase => ({
  route,
  family: 'plan',
  reach,
  fill: (w, planId) => ({
    params: { id: Object.values(w.plans).find((p) => p.planId === planId)!.assessmentId },
  }),
});

/** Routes of modules/assessments, angka-kredit, e-kinerja and dashboards. */
export const assessmentCases: RouteCase[] = [
  { route: 'GET /api/plans/:id/assessment', family: 'plan', reach: ASSESSMENT_READER },
  { route: 'PUT /api/plans/:id/assessment', family: 'plan', reach: PLAN_ASSESSOR },
  // The school's pengawas recommends on its head as Tim Kinerja (domain.md §1.1).
  {
    route: 'POST /api/plans/:id/assessment/recommendations',
    family: 'plan',
    reach: { pengawas: ['principal'] },
  },
  byAssessment('GET /api/assessments/:id', ASSESSMENT_READER),
  byAssessment('GET /api/assessments/:id/pdf', ASSESSMENT_READER),
  byAssessment('POST /api/assessments/:id/finalize', PLAN_ASSESSOR),
  // "Terbitkan versi baru": whoever may set the assessment; the employee and readers are refused.
  byAssessment('POST /api/assessments/:id/document-versions', PLAN_ASSESSOR),
  { route: 'GET /api/assessments/mine', family: 'self', reach: SIGNED_IN },
  {
    route: 'GET /api/schools/:id/assessments',
    family: 'school',
    reach: SCHOOL_AREA,
    foreign: [403, 404],
  },
  // Finding 4: ZIPs and e-Kinerja exports by level and region (kabupaten Dinas: SD; provincial: SMA).
  {
    route: 'GET /api/schools/:id/assessments/documents.zip',
    family: 'school',
    reach: SCHOOL_AREA,
    foreign: [403, 404],
  },
  {
    route: 'GET /api/dinas/:id/assessments/documents.zip',
    family: 'dinas',
    reach: DINAS_AREA,
    foreign: [403, 404],
  },
  {
    route: 'GET /api/schools/:id/e-kinerja/export',
    family: 'school',
    reach: SCHOOL_AREA,
    foreign: [403, 404],
  },
  {
    route: 'GET /api/dinas/:id/e-kinerja/export',
    family: 'dinas',
    reach: DINAS_AREA,
    foreign: [403, 404],
  },
  { route: 'GET /api/angka-kredit/mine', family: 'self', reach: SIGNED_IN },
  { route: 'GET /api/people/:id/angka-kredit', family: 'person', reach: PERSON_READER },
  {
    route: 'GET /api/e-kinerja/outbox',
    family: 'self',
    reach: only('operator', 'dinasProv', 'dinasKab', 'admin'),
  },
  { route: 'GET /api/e-kinerja/outbox/:id', family: 'outbox', reach: OUTBOX },
  { route: 'POST /api/e-kinerja/outbox/:id/retry', family: 'outbox', reach: OUTBOX },
  {
    route: 'GET /api/schools/:id/dashboard',
    family: 'school',
    reach: SCHOOL_AREA,
    foreign: [403, 404],
  },
  {
    route: 'GET /api/dinas/:id/dashboard',
    family: 'dinas',
    reach: DINAS_AREA,
    foreign: [403, 404],
  },
  {
    route: 'GET /api/dinas/:id/dashboard.xlsx',
    family: 'dinas',
    reach: DINAS_AREA,
    foreign: [403, 404],
  },
  {
    route: 'GET /api/dinas/:id/principals',
    family: 'dinas',
    reach: DINAS_AREA,
    foreign: [403, 404],
  },
  {
    route: 'GET /api/dinas/:id/schools-without-principal',
    family: 'dinas',
    reach: DINAS_AREA,
    foreign: [403, 404],
  },
  { route: 'GET /api/admin/storage', family: 'self', reach: only('admin') },
  { route: 'GET /api/dashboards/provinces', family: 'self', reach: only('admin') },
  { route: 'GET /api/dashboards/provinces.xlsx', family: 'self', reach: only('admin') },
  {
    route: 'GET /api/dashboards/provinces/:code',
    family: 'province',
    reach: { dinasProv: ['32'], admin: ALL },
    foreign: [403, 404],
  },
  {
    route: 'GET /api/dashboards/provinces/:code.xlsx',
    family: 'province',
    reach: { dinasProv: ['32'], admin: ALL },
    foreign: [403, 404],
  },
];
