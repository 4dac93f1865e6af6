import type { Role, World } from './authz-world.js';

// Test support only: how the authorization suite describes a route (issue #12). A case names the
// family of its subject and, per role, the subjects that role may act on through this route
// (its jurisdiction). Every other role × subject pair must be refused: 401 signed out, 404 for a
// subject outside a role's reach when the role acts on others of its kind, 403 or 404 for a role
// with no reach at all — and a refused request changes nothing.

/** The subjects of each family, by key (ids come from the world). */
export const SUBJECTS = {
  // Plans (and their assessments) of: the teacher, a colleague at the same SMA, the SMA's head,
  // a teacher of the Plt's SMA, an SD teacher and head (kabupaten Dinas), SMA/SD of province 33.
  plan: ['teacher', 'colleague', 'principal', 'teacherB', 'teacherS', 'principalS', 'teacherC'],
  school: ['smaA', 'smaB', 'sdS', 'smaC', 'sdD'],
  dinas: ['prov32', 'kab3204', 'prov33', 'kab3301'],
  person: ['spare', 'principal', 'teacherB', 'teacherS', 'teacherC'],
  province: ['32', '33'],
  self: ['self'],
  notification: ['teacher', 'colleague'],
  karya: ['teacher', 'colleague'],
  outbox: ['teacher', 'teacherB', 'teacherS', 'teacherC'],
  timMember: ['smaA', 'smaC'],
  rosterImport: ['admin'],
} as const;

/** A subject family. */
export type Family = keyof typeof SUBJECTS;

/** Which subjects of the family each role may act on through a route (absent: none). */
export type Reach = Partial<Record<Exclude<Role, 'anon'>, readonly string[]>>;

/** The parts of a request a case may set; the rest is generated from the route's schemas. */
export type RequestParts = {
  params?: Record<string, string>;
  query?: Record<string, unknown>;
  body?: unknown;
  /** A raw body with its content type (uploads). */
  raw?: { payload: Buffer | string; contentType: string };
};

/** One route of the app in the matrix. */
export type RouteCase = {
  /** "METHOD /url" exactly as registered. */
  route: string;
  family: Family;
  /** Role → reachable subjects; `'*'` in a list means every subject of the family. */
  reach: Reach;
  /** Everyone (even signed out) gets one of these statuses: a public route. */
  public?: readonly number[];
  /** Request parts for a subject id (default: `:id` = the subject id). */
  fill?: (w: World, subjectId: string) => RequestParts;
  /** Statuses that count as "allowed" (default: below 500 and not 401/403/404). */
  allowed?: readonly number[];
  /** Foreign subjects of this family are refused with these (default 404; 403/404 for public registries). */
  foreign?: readonly number[];
  /** A refused pair also passes when the response hides the subject this way (e.g. an empty list). */
  hides?: (response: { statusCode: number; body: string }) => boolean;
  /** Roles without reach are refused with these (default 403 or 404). */
  refused?: readonly number[];
  /** The request mutates the session (role, period, logout, password): use a fresh sign-in. */
  freshSession?: boolean;
};

/** Every plan subject; short for admin-like reach. */
export const ALL = ['*'] as const;

/** Reach of the plans-of-one's-own-school supervision (domain.md §1.2). */
export const PLAN_OWNER: Reach = { teacher: ['teacher'], principal: ['principal'] };

/**
 * A school head supervises its teachers, a Plt its school's; the Dinas of level and region is the
 * atasan of heads (domain.md §1.1, §1.2).
 */
export const PLAN_SUPERVISOR: Reach = {
  principal: ['teacher', 'colleague'],
  plt: ['teacherB'],
  dinasProv: ['principal'],
  dinasKab: ['principalS'],
};

/**
 * Who may read a plan: its owner, the head of the school, the Dinas of the school's level and
 * region (provincial: SMA; kabupaten: SD — domain.md §1.1), the pengawas of the school and admins.
 */
export const PLAN_READER: Reach = {
  teacher: ['teacher'],
  principal: ['teacher', 'colleague', 'principal'],
  plt: ['teacherB'],
  pengawas: ['principal'],
  dinasProv: ['teacher', 'colleague', 'principal', 'teacherB'],
  dinasKab: ['teacherS', 'principalS'],
  admin: ALL,
};

/**
 * Pelaksanaan participants: the employee and the observer — the head for teachers (a Plt for its
 * school), the school's pengawas for heads (domain.md §1.1, §1.2). The Dinas is not an observer.
 */
export const PLAN_PARTICIPANT: Reach = {
  teacher: ['teacher'],
  principal: ['teacher', 'colleague', 'principal'],
  plt: ['teacherB'],
  pengawas: ['principal'],
};

/** The observer of a practice cycle (see PLAN_PARTICIPANT). */
export const PLAN_OBSERVER: Reach = {
  principal: ['teacher', 'colleague'],
  plt: ['teacherB'],
  pengawas: ['principal'],
};

/** Who assesses: the head for teachers, the Dinas of the level and region for heads (§1.2). */
export const PLAN_ASSESSOR: Reach = {
  principal: ['teacher', 'colleague'],
  dinasProv: ['principal'],
  dinasKab: ['principalS'],
};

/** A school's pages: its head (or Plt), the Dinas of its level and region, admins. */
export const SCHOOL_AREA: Reach = {
  principal: ['smaA'],
  plt: ['smaB'],
  dinasProv: ['smaA', 'smaB'],
  dinasKab: ['sdS'],
  admin: ALL,
};

/** A Dinas office's pages: its own officials and admins (a provincial Dinas does not govern SD). */
export const DINAS_AREA: Reach = {
  dinasProv: ['prov32'],
  dinasKab: ['kab3204'],
  admin: ALL,
};

/** Every signed-in role. */
export const SIGNED_IN: Reach = {
  teacher: ['self'],
  principal: ['self'],
  plt: ['self'],
  pengawas: ['self'],
  operator: ['self'],
  dinasProv: ['self'],
  dinasKab: ['self'],
  admin: ['self'],
};

/** Only these roles (a route without a subject). */
export const only = (...roles: Array<Exclude<Role, 'anon'>>): Reach =>
  Object.fromEntries(roles.map((role) => [role, ['self']]));

/** Roles that have a Pelaksanaan/plan of their own (teacher, definitive head). */
export const EMPLOYEES = only('teacher', 'principal', 'plt');
