import type { FastifyInstance, RouteOptions } from 'fastify';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/database.js';
import { signIn } from '../factories.js';
import { useTestApp } from '../test-app.js';
import { buildWorld, ROLES, type Role, type World } from './authz-world.js';
import { PLAN_READER, SUBJECTS, type RouteCase } from './route-case.js';
import { validValue } from './zod-values.js';

// Test support only: runs a table of route cases as role × subject requests (issue #12).

/** The app's route table (HEAD twins of GET routes left out). */
export type RouteTable = Map<string, RouteOptions>;

/** Collects the route table while the test app is built. */
export function routeCollector(): { table: RouteTable; onRoute: (route: RouteOptions) => void } {
  const table: RouteTable = new Map();
  return {
    table,
    onRoute: (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      for (const method of methods) {
        if (method !== 'HEAD') table.set(`${method} ${route.url}`, route);
      }
    },
  };
}

// Sessions, throttling and dashboard rollups change on reads; roster_imports is written by the
// import job after POST /api/roster-imports has answered (every write there is audited too).
const SKIPPED = new Set([
  'roster_imports',
  'sessions',
  'login_failures',
  'oidc_login_states',
  'dashboard_school_counts',
  'dashboard_dirty_schools',
  'schema_migrations',
]);

/** A digest of every stored row that a request could change (cheap on this small world). */
export async function stateDigest(db: Db): Promise<Record<string, string>> {
  const tables = (
    await sql<{ name: string }>`
      select table_name as name from information_schema.tables
       where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`.execute(db)
  ).rows
    .map((r) => r.name)
    .filter((name) => !SKIPPED.has(name));
  const parts = tables.map(
    (name) =>
      `select '${name}' as name, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from ${name} t`,
  );
  const rows = (
    await sql.raw<{ name: string; digest: string }>(parts.join(' union all ')).execute(db)
  ).rows;
  return Object.fromEntries(rows.map((r) => [r.name, r.digest]));
}

/** Rows in audit_log. */
export async function auditCount(db: Db): Promise<number> {
  const row = await db
    .selectFrom('auditLog')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The tables whose digest differs. */
export const changedTables = (a: Record<string, string>, b: Record<string, string>) =>
  Object.keys(a).filter((name) => a[name] !== b[name]);

/** The id of a subject key in the world. */
function subjectId(w: World, family: RouteCase['family'], key: string): string {
  switch (family) {
    case 'plan':
      return w.plans[key as keyof World['plans']].planId;
    case 'school':
      return w.schools[key as keyof World['schools']].id;
    case 'dinas':
      return w.dinas[key as keyof World['dinas']].id;
    case 'person':
      return w.people[key as keyof World['people']].id;
    case 'notification':
    case 'karya':
    case 'outbox':
    case 'timMember':
    case 'rosterImport':
      return (w.records[family] as Record<string, string>)[key]!;
    default:
      return key;
  }
}

const DEFAULT_PARAMS: Record<string, string> = {
  slotId: '00000000-0000-4000-8000-000000000001',
  kind: 'competency-reflection',
  periodId: '2026',
  groupCode: 'pedagogik',
};

/** Builds the inject options of one request of a case. */
export function requestOf(
  w: World,
  c: RouteCase,
  route: RouteOptions,
  key: string,
): { method: string; url: string; payload?: string | Buffer; headers: Record<string, string> } {
  const [method, pattern] = c.route.split(' ') as [string, string];
  const schema = (route.schema ?? {}) as Record<string, unknown>;
  const id = subjectId(w, c.family, key);
  const parts = c.fill?.(w, id) ?? {};
  const params: Record<string, string> = { ...DEFAULT_PARAMS, id, code: id, ...parts.params };
  const url = pattern.replace(/:(\w+)/g, (_, name: string) =>
    encodeURIComponent(params[name] ?? id),
  );
  const query = {
    ...(schema.querystring ? (validValue(schema.querystring) as object) : {}),
    ...parts.query,
  };
  const search = new URLSearchParams(
    Object.entries(query).map(([k, v]): [string, string] => [k, String(v)]),
  ).toString();
  const headers: Record<string, string> = {};
  let payload: string | Buffer | undefined;
  if (parts.raw) {
    payload = parts.raw.payload;
    headers['content-type'] = parts.raw.contentType;
    headers['x-file-name'] = 'uji.pdf';
  } else if (schema.body || parts.body !== undefined) {
    const generated = schema.body ? validValue(schema.body) : {};
    const body =
      parts.body !== undefined && typeof parts.body === 'object' && !Array.isArray(parts.body)
        ? { ...(generated as object), ...(parts.body as object) }
        : (parts.body ?? generated);
    payload = typeof body === 'string' ? body : JSON.stringify(body ?? {});
    headers['content-type'] = typeof body === 'string' ? 'text/plain' : 'application/json';
  }
  return {
    method,
    url: search ? `${url}?${search}` : url,
    headers,
    ...(payload === undefined ? {} : { payload }),
  };
}

/** The role × subject pairs a case sends; a role with no reach (and the signed-out) tries the first and last subject. */
export function pairsOf(c: RouteCase) {
  const subjects = SUBJECTS[c.family];
  const tried = (role: Role) =>
    role === 'anon' || !c.reach[role]?.length
      ? [...new Set([subjects[0], subjects[subjects.length - 1]!])]
      : subjects;
  return ROLES.flatMap((role) =>
    tried(role).map((key) => ({ role, key, want: expectationOf(c, role, key) })),
  );
}

/** What a role × subject pair must get. */
export function expectationOf(
  c: RouteCase,
  role: Role,
  key: string,
): 'allowed' | readonly number[] {
  if (c.public) return c.public;
  if (role === 'anon') return [401];
  const reach = c.reach[role];
  if (!reach || reach.length === 0) return c.refused ?? [403, 404];
  if (reach.includes('*') || reach.includes(key)) return 'allowed';
  if (c.foreign) return c.foreign;
  // A subject the role may see (e.g. a plan it reads but may not write): 403 discloses nothing.
  const visible = c.family === 'plan' ? PLAN_READER[role] : undefined;
  // Flow rules checked before the owner check (409/422) disclose nothing to a reader either.
  return visible && (visible.includes('*') || visible.includes(key)) ? [403, 404, 409, 422] : [404];
}

// 403s that mean "you may not" (authorization), as opposed to a rule of the flow (window closed…).
const AUTHZ_CODES = new Set([
  'FORBIDDEN',
  'NOT_OWN_RECORD',
  'ROLE_NOT_ALLOWED',
  'NOT_ASSESSOR',
  'NOT_TIM_KINERJA',
  'OTHER_REGION',
  'OTHER_SCHOOL',
  'CSRF_INVALID',
  'PASSWORD_CHANGE_REQUIRED',
]);
const errorCode = (body: string): string | undefined => {
  try {
    return (JSON.parse(body) as { error?: { code?: string } }).error?.code;
  } catch {
    return undefined;
  }
};

/** Allowed: the request passed authorization (a flow rule may still say no, with 403/409/422). */
const isAllowed = (c: RouteCase, r: { statusCode: number; body: string }) => {
  if (c.allowed) return c.allowed.includes(r.statusCode);
  if (r.statusCode === 403) return !AUTHZ_CODES.has(errorCode(r.body) ?? 'FORBIDDEN');
  return r.statusCode < 500 && ![401, 404].includes(r.statusCode);
};

/** One seen mismatch of the matrix. */
export type Mismatch = {
  route: string;
  role: Role;
  subject: string;
  status: number;
  expected: string;
  body: string;
};

type Send = (
  app: FastifyInstance,
  headers: Record<string, string>,
  r: ReturnType<typeof requestOf>,
) => Promise<{ statusCode: number; body: string }>;

const send: Send = (app, auth, r) =>
  app.inject({
    method: r.method as 'GET',
    url: r.url,
    headers: { ...auth, ...r.headers },
    ...(r.payload === undefined ? {} : { payload: r.payload }),
  });

/** Registers one test per case: refusals first (state unchanged), then the allowed requests. */
export function runMatrix(name: string, cases: readonly RouteCase[]): void {
  const { table, onRoute } = routeCollector();
  const t = useTestApp({ onRoute });
  let w: World;
  beforeAll(async () => {
    w = await buildWorld(t().app, t().ctx.db);
  });
  describe(name, () => {
    for (const c of cases) {
      it(c.route, async () => {
        const { app, ctx } = t();
        const route = table.get(c.route);
        expect(route, `${c.route} is not a route of the app`).toBeDefined();
        const auth = { ...w.headers };
        if (c.freshSession) {
          for (const role of ROLES)
            if (role !== 'anon') auth[role] = await freshHeaders(app, w, role);
        }
        const pairs = pairsOf(c);
        const mismatches: Mismatch[] = [];
        const before = await stateDigest(ctx.db);
        let wronglyServed = false;
        for (const { role, key, want } of pairs.filter((p) => p.want !== 'allowed')) {
          const request = requestOf(w, c, route!, key);
          const isWrite = request.method !== 'GET';
          const audit = isWrite ? await auditCount(ctx.db) : 0;
          const response = await send(app, auth[role], request);
          const refusedOk =
            (want as readonly number[]).includes(response.statusCode) || c.hides?.(response);
          if (response.statusCode < 400) wronglyServed = true;
          if (isWrite && response.statusCode >= 400 && (await auditCount(ctx.db)) !== audit) {
            mismatches.push({
              route: c.route,
              role,
              subject: key,
              status: response.statusCode,
              expected: 'no audit row for a refusal',
              body: response.body.slice(0, 160),
            });
          }
          if (!refusedOk) {
            mismatches.push({
              route: c.route,
              role,
              subject: key,
              status: response.statusCode,
              expected: (want as readonly number[]).join('|'),
              body: response.body.slice(0, 160),
            });
          }
        }
        // A wrongly served request is reported above and may change state; otherwise nothing may.
        const changed =
          c.public || wronglyServed ? [] : changedTables(before, await stateDigest(ctx.db));
        for (const { role, key } of pairs.filter((p) => p.want === 'allowed')) {
          const response = await send(app, auth[role], requestOf(w, c, route!, key));
          if (!isAllowed(c, response)) {
            mismatches.push({
              route: c.route,
              role,
              subject: key,
              status: response.statusCode,
              expected: 'allowed',
              body: response.body.slice(0, 160),
            });
          }
        }
        expect(changed, `refused requests to ${c.route} changed tables`).toEqual([]);
        expect(
          mismatches.map(
            (m) => `${m.role} × ${m.subject}: got ${m.status}, expected ${m.expected} — ${m.body}`,
          ),
        ).toEqual([]);
      });
    }
  });
}

async function freshHeaders(app: FastifyInstance, w: World, role: Exclude<Role, 'anon'>) {
  const person = role === 'teacher' ? w.people.teacher : w.people[role as keyof World['people']];
  return signIn(app, person.email!);
}
