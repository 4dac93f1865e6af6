import { TEST_PASSWORD } from '../factories.js';
import { ALL, DINAS_AREA, SIGNED_IN, only, type RouteCase } from './route-case.js';

// The authorization matrix, part 1: public routes, sign-in, the session, people and registries.

const BOUNDARY = 'uji-batas-authz';
const MULTIPART = {
  payload: `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="ptk.csv"\r\nContent-Type: text/csv\r\n\r\nnpsn,nama\r\n\r\n--${BOUNDARY}--\r\n`,
  contentType: `multipart/form-data; boundary=${BOUNDARY}`,
};
const ANY = [200, 204, 301, 302, 304, 400, 401, 404, 409, 422];

/** Routes of health, docs, auth, me, people, periods, registries, notifications and directory. */
export const coreCases: RouteCase[] = [
  { route: 'GET /api/docs', family: 'self', reach: {}, public: ANY },
  { route: 'GET /api/docs/static/*', family: 'self', reach: {}, public: ANY },
  { route: 'GET /api/docs/static/index.html', family: 'self', reach: {}, public: ANY },
  { route: 'GET /api/docs/static/swagger-initializer.js', family: 'self', reach: {}, public: ANY },
  { route: 'GET /api/docs/json', family: 'self', reach: {}, public: [200] },
  { route: 'GET /api/docs/yaml', family: 'self', reach: {}, public: [200] },
  { route: 'GET /api/openapi.json', family: 'self', reach: {}, public: [200] },
  { route: 'GET /api/health', family: 'self', reach: {}, public: [200] },
  // Operations (issue 16 item 5): probes are public; /metrics answers a direct loopback client
  // (every injected request is one) or the METRICS_TOKEN bearer — refusals in ops/ops.test.ts.
  { route: 'GET /health/live', family: 'self', reach: {}, public: [200] },
  { route: 'GET /health/ready', family: 'self', reach: {}, public: [200] },
  { route: 'GET /metrics', family: 'self', reach: {}, public: [200] },
  { route: 'GET /ops/backup/database', family: 'self', reach: {}, public: [200, 409] },
  { route: 'GET /api/periods', family: 'self', reach: SIGNED_IN },
  // Periods and their windows are national settings: administrators only (issue 13 item 1).
  { route: 'GET /api/admin/periods', family: 'self', reach: only('admin') },
  {
    route: 'POST /api/admin/periods',
    family: 'self',
    reach: only('admin'),
    // Valid shape, refused by the domain's schedule checks for the admin (422): nothing is created.
    fill: () => ({ body: { id: 'uji-authz', ruleSetVersion: '2026' } }),
  },
  {
    route: 'PUT /api/admin/periods/:periodId/windows',
    family: 'self',
    reach: only('admin'),
    // Reversed planning dates: a 422 for the admin, so the world's periods stay as seeded.
    fill: () => ({
      params: { periodId: '2027' },
      body: {
        windows: {
          prePlanning: { opensOn: '2026-12-29', closesOn: '2027-01-07' },
          planning: { opensOn: '2027-01-31', closesOn: '2027-01-08' },
          execution: { opensOn: '2027-02-01', closesOn: '2027-11-30' },
          assessment: { opensOn: '2027-12-01', closesOn: '2027-12-31' },
        },
      },
    }),
  },
  // What changed between rule sets: heads (definitive or Plt), the Dinas and admins (issue 13 item 2).
  {
    route: 'GET /api/rule-sets/changes',
    family: 'self',
    reach: only('principal', 'plt', 'dinasProv', 'dinasKab', 'admin'),
  },
  // Wrong password for a made-up address: the same 401 for everyone (signing in is public).
  { route: 'POST /api/auth/login', family: 'self', reach: {}, public: [401, 429] },
  { route: 'GET /api/auth/oidc/config', family: 'self', reach: {}, public: [200] },
  { route: 'GET /api/auth/oidc/start', family: 'self', reach: {}, public: [302, 404] },
  { route: 'GET /api/auth/oidc/callback', family: 'self', reach: {}, public: [302, 400, 404] },
  { route: 'GET /api/me', family: 'self', reach: SIGNED_IN },
  {
    route: 'POST /api/me/period',
    family: 'self',
    reach: SIGNED_IN,
    freshSession: true,
    fill: () => ({ body: { periodId: '2026' } }),
  },
  { route: 'POST /api/me/role', family: 'self', reach: SIGNED_IN, freshSession: true },
  { route: 'POST /api/auth/logout', family: 'self', reach: SIGNED_IN, freshSession: true },
  {
    route: 'POST /api/auth/change-password',
    family: 'self',
    reach: SIGNED_IN,
    freshSession: true,
    // A wrong current password: refused for everyone, and nothing changes.
    fill: () => ({
      body: { currentPassword: `${TEST_PASSWORD}-salah`, newPassword: 'kata-sandi-baru-uji' },
    }),
    allowed: [400, 401, 422],
  },
  { route: 'GET /api/home', family: 'self', reach: SIGNED_IN },
  { route: 'GET /api/notifications', family: 'self', reach: SIGNED_IN },
  { route: 'POST /api/notifications/read-all', family: 'self', reach: SIGNED_IN },
  // Email settings (issue 16 item 3): one's own choice only; the emailed unsubscribe link works
  // signed out with its signed token (a bad one: 400; forged tokens in email-delivery.test.ts).
  { route: 'GET /api/me/email-preference', family: 'self', reach: SIGNED_IN },
  {
    route: 'PUT /api/me/email-preference',
    family: 'self',
    reach: SIGNED_IN,
    fill: () => ({ body: { enabled: true, frequency: 'daily' } }),
  },
  {
    route: 'POST /api/email/unsubscribe',
    family: 'self',
    reach: {},
    public: [400],
    fill: () => ({ body: { token: 'bukan.token' } }),
  },
  {
    route: 'POST /api/notifications/:id/read',
    family: 'notification',
    reach: { teacher: ['teacher'] },
  },
  // Staff lists: the operator and the head of the school (or its Plt).
  {
    route: 'GET /api/schools/:id/staff',
    family: 'school',
    reach: { operator: ['smaA'], principal: ['smaA'], plt: ['smaB'], admin: ALL },
    foreign: [403, 404],
  },
  // The list shows one's own imports: empty for everyone else.
  {
    route: 'GET /api/roster-imports',
    family: 'self',
    reach: only('admin'),
    hides: (r) =>
      r.statusCode === 200 && (JSON.parse(r.body) as { imports: unknown[] }).imports.length === 0,
  },
  {
    route: 'POST /api/roster-imports',
    family: 'self',
    // Admins import any school; an operator its own school's NPSN (checked per row).
    reach: only('admin', 'operator'),
    fill: () => ({ raw: MULTIPART }),
  },
  { route: 'GET /api/roster-imports/:id', family: 'rosterImport', reach: { admin: ALL } },
  { route: 'GET /api/catalogues/competency-indicators', family: 'self', reach: SIGNED_IN },
  {
    route: 'PUT /api/catalogues/competency-indicators/:periodId/:groupCode',
    family: 'self',
    reach: only('admin'),
  },
  // The catalogue editor (issue 13 item 3): entries, history and edits are the Admin's alone.
  {
    route: 'GET /api/catalogues/:periodId/entries',
    family: 'self',
    reach: only('admin'),
    fill: () => ({ params: { periodId: '2026' } }),
  },
  {
    route: 'PUT /api/catalogues/:periodId/practice/:employeeKind/:code',
    family: 'self',
    reach: only('admin'),
    fill: () => ({
      params: { periodId: '2026', employeeKind: 'teacher', code: 'aktivasi_interaktif' },
      body: {
        name: 'Aktivasi Interaktif',
        description: null,
        targets: [],
        source: 'uji authz',
        confidence: 'S',
      },
    }),
  },
  {
    route: 'PUT /api/catalogues/:periodId/additional-duties/:code',
    family: 'self',
    reach: only('admin'),
    fill: () => ({
      params: { periodId: '2026', code: 'pembina_pramuka' },
      body: {
        name: 'Pembina Pramuka',
        schoolLevels: ['sd'],
        weeklyJp: 2,
        legalBasis: 'Permendikbud 63/2014',
        source: 'uji authz',
        confidence: 'I',
      },
    }),
  },
  {
    route: 'PUT /api/catalogues/:periodId/competency-rhk/:code',
    family: 'self',
    reach: only('admin'),
    fill: () => ({
      params: { periodId: '2024-S1', code: 'peserta_berbagi_praktik_baik' },
      body: {
        role: 'Peserta berbagi praktik baik yang diselenggarakan komunitas belajar',
        conversion: '1 kegiatan 2–3 jam',
        evidenceKinds: ['certificate'],
        points: 4,
        source: 'uji authz',
        confidence: 'I',
      },
    }),
  },
  {
    route: 'POST /api/rapor-pendidikan/imports',
    family: 'self',
    reach: only('admin'),
    fill: () => ({ body: 'npsn,kode\r\n' }),
  },
  // Deadline extensions for a person: admins everywhere, a Dinas for its level and region.
  {
    route: 'POST /api/deadline-extensions',
    family: 'person',
    reach: { dinasProv: ['spare', 'principal', 'teacherB'], dinasKab: ['teacherS'], admin: ALL },
    fill: (_w, id) => ({ body: { personId: id, periodId: '2026', until: '2026-12-31' } }),
  },
  {
    route: 'GET /api/deadline-extensions',
    family: 'person',
    // A person sees their own extensions (the head of SMA A is one of the subjects); the 403 to the
    // head for others discloses no more than the staff list does.
    foreign: [403, 404],
    reach: {
      principal: ['principal'],
      dinasProv: ['spare', 'principal', 'teacherB'],
      dinasKab: ['teacherS'],
      admin: ALL,
    },
    fill: (_w, id) => ({ query: { personId: id } }),
  },
  {
    route: 'GET /api/deadline-extensions/overview',
    family: 'self',
    reach: only('dinasProv', 'dinasKab', 'admin'),
  },
  // Tim Kinerja of a school: its operator, the Dinas of its level and region, admins.
  {
    route: 'GET /api/tim-kinerja',
    family: 'school',
    reach: { operator: ['smaA'], dinasProv: ['smaA', 'smaB'], dinasKab: ['sdS'], admin: ALL },
    fill: (_w, id) => ({ query: { schoolId: id } }),
  },
  {
    route: 'POST /api/tim-kinerja',
    family: 'person',
    reach: {
      operator: ['principal', 'spare'],
      dinasProv: ['principal', 'spare', 'teacherB'],
      admin: ALL,
    },
    fill: (w, id) => ({ body: { employeeId: id, memberId: w.people.pengawas.id } }),
  },
  // Finding 3: a member from another school is refused for everyone (SMA A teacher, SMA C member).
  {
    route: 'POST /api/tim-kinerja',
    family: 'self',
    reach: {},
    refused: [400, 403, 404, 409, 422],
    fill: (w) => ({ body: { employeeId: w.people.spare.id, memberId: w.people.teacherC.id } }),
  },
  {
    route: 'DELETE /api/tim-kinerja/:id',
    family: 'timMember',
    reach: { operator: ['smaA'], dinasProv: ['smaA'], admin: ALL },
    // The first allowed role removes the member; the others then find nothing.
    allowed: [200, 204, 404],
  },
  // Finding 2: lookup reaches only the caller's jurisdiction (the operator: own school).
  {
    route: 'GET /api/people/lookup',
    family: 'person',
    reach: {
      operator: ['spare', 'principal'],
      dinasProv: ['spare', 'principal', 'teacherB'],
      dinasKab: ['teacherS'],
      admin: ALL,
    },
    fill: (w, id) => ({ query: { q: Object.values(w.people).find((p) => p.id === id)!.email! } }),
    // Allowed: the person is found; outside the reach: not found (404 or an empty list).
    allowed: [200],
    hides: (r) =>
      r.statusCode === 200 && (JSON.parse(r.body) as { people: unknown[] }).people.length === 0,
  },
  // Last: a reset ends the person's sessions. Finding 1: the operator resets staff of their school
  // without approving or assessing powers — never the head (spare: a teacher of SMA A). Admins
  // reset anyone; a refusal may be 403 (the operator sees the head in the staff list).
  {
    route: 'POST /api/people/:id/reset-password',
    family: 'person',
    reach: { operator: ['spare'], admin: ALL },
    foreign: [403, 404],
    freshSession: true,
  },
];

/** Dinas-wide registries use DINAS_AREA; re-exported for the other tables. */
export { DINAS_AREA };
