import {
  EMPLOYEES,
  PLAN_OBSERVER,
  PLAN_OWNER,
  PLAN_PARTICIPANT,
  PLAN_READER,
  PLAN_SUPERVISOR,
  SCHOOL_AREA,
  only,
  type RouteCase,
} from './route-case.js';

// The authorization matrix, part 3: Pelaksanaan (practice cycle, written documents), evidence and
// Bukti Karya.

const PDF = {
  payload: Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'),
  contentType: 'application/pdf',
};
const KARYA_CATEGORY = 'sertifikat';
const owner = (route: string): RouteCase => ({ route, family: 'plan', reach: PLAN_OWNER });
const observer = (route: string): RouteCase => ({ route, family: 'plan', reach: PLAN_SUPERVISOR });
// Steps of the practice cycle are done together; each step's own roles are tested in its module.
const cycle = (route: string): RouteCase => ({ route, family: 'plan', reach: PLAN_PARTICIPANT });
// The world has no uploaded files or evidence slots: an allowed request may find nothing (404).
const MAY_BE_EMPTY = [200, 201, 204, 404, 409, 422];
/** An upload session id nobody opened: every caller, owner or not, gets 404. */
const NO_SESSION = '00000000-0000-4000-8000-000000000000';
const empty = (c: RouteCase): RouteCase => ({ ...c, allowed: MAY_BE_EMPTY });
const reader = (route: string): RouteCase => ({ route, family: 'plan', reach: PLAN_READER });

/** Routes of modules/practice-cycle, execution-documents, evidence and bukti-karya. */
export const executionCases: RouteCase[] = [
  reader('GET /api/plans/:id/practice-cycle'),
  empty(reader('GET /api/plans/:id/practice-cycle/modul-ajar')),
  { ...cycle('PUT /api/plans/:id/practice-cycle/modul-ajar'), fill: () => ({ raw: PDF }) },
  empty(cycle('DELETE /api/plans/:id/practice-cycle/modul-ajar')),
  cycle('PUT /api/plans/:id/practice-cycle/preparation'),
  cycle('POST /api/plans/:id/practice-cycle/preparation/finish'),
  cycle('PATCH /api/plans/:id/practice-cycle/observation'),
  cycle('POST /api/plans/:id/practice-cycle/observation/finish'),
  { route: 'PUT /api/plans/:id/practice-cycle/follow-up', family: 'plan', reach: PLAN_OBSERVER },
  cycle('POST /api/plans/:id/practice-cycle/follow-up/finish'),
  cycle('POST /api/plans/:id/practice-cycle/follow-up/acknowledge'),
  owner('PUT /api/plans/:id/practice-cycle/actions'),
  cycle('POST /api/plans/:id/practice-cycle/actions/finish'),
  owner('PUT /api/plans/:id/practice-cycle/reflection'),
  cycle('POST /api/plans/:id/practice-cycle/reflection/submit'),
  { route: 'PUT /api/plans/:id/practice-cycle/comment', family: 'plan', reach: PLAN_OBSERVER },
  cycle('POST /api/plans/:id/practice-cycle/finish'),
  reader('GET /api/plans/:id/execution'),
  empty(reader('GET /api/plans/:id/documents/:kind')),
  owner('PUT /api/plans/:id/documents/competency-reflection'),
  owner('PUT /api/plans/:id/documents/main-duties-checklist'),
  owner('POST /api/plans/:id/documents/:kind/send'),
  observer('POST /api/plans/:id/documents/main-duties-checklist/confirm'),
  {
    route: 'GET /api/schools/:id/execution',
    family: 'school',
    reach: SCHOOL_AREA,
    foreign: [403, 404],
  },
  { route: 'GET /api/pengawas/execution', family: 'self', reach: only('pengawas') },
  reader('GET /api/plans/:id/evidence'),
  { ...empty(owner('PUT /api/plans/:id/evidence/:slotId/file')), fill: () => ({ raw: PDF }) },
  empty(reader('GET /api/plans/:id/evidence/:slotId/file')),
  // Resumable uploads (issue 17): opened by the plan's owner; a session is then reachable only by
  // whoever opened it (404 for anyone else — evidence-resumable.test.ts; the world has no sessions).
  {
    ...empty(owner('POST /api/plans/:id/evidence/:slotId/uploads')),
    fill: () => ({ body: { fileName: 'bukti.pdf', sizeBytes: 1024, sha256: 'a'.repeat(64) } }),
  },
  {
    route: 'GET /api/uploads/:uploadId',
    family: 'self',
    reach: EMPLOYEES,
    allowed: [404],
    fill: () => ({ params: { uploadId: NO_SESSION } }),
  },
  {
    route: 'PUT /api/uploads/:uploadId/chunk',
    family: 'self',
    reach: EMPLOYEES,
    allowed: [404],
    fill: () => ({ params: { uploadId: NO_SESSION }, raw: PDF, query: { offset: 0 } }),
  },
  {
    route: 'POST /api/uploads/:uploadId/complete',
    family: 'self',
    reach: EMPLOYEES,
    allowed: [404],
    fill: () => ({ params: { uploadId: NO_SESSION } }),
  },
  empty(owner('PUT /api/plans/:id/evidence/:slotId/karya')),
  empty(owner('PUT /api/plans/:id/evidence/:slotId/draft')),
  empty(observer('POST /api/plans/:id/evidence/:slotId/collect')),
  {
    route: 'GET /api/schools/:id/evidence',
    family: 'school',
    reach: SCHOOL_AREA,
    foreign: [403, 404],
  },
  {
    route: 'POST /api/bukti-karya',
    family: 'self',
    reach: EMPLOYEES,
    fill: () => ({ raw: PDF, query: { title: 'Karya Uji', category: KARYA_CATEGORY } }),
  },
  // Bukti Karya is for teachers and heads (domain.md §6.6), not for other school staff such as the
  // operator (Tenaga Administrasi Sekolah).
  { route: 'GET /api/bukti-karya', family: 'self', reach: EMPLOYEES },
  {
    route: 'GET /api/bukti-karya/:id/file',
    family: 'karya',
    reach: { teacher: ['teacher'] },
    allowed: MAY_BE_EMPTY,
  },
  { route: 'DELETE /api/bukti-karya/:id', family: 'karya', reach: { teacher: ['teacher'] } },
];
