import type { RouteOptions } from 'fastify';
import type { World } from './authz-world.js';
import { limitsOf, validValue, type Random } from './zod-values.js';

// Test support only: requests for the bounded fuzz test (issue #12), generated from each route's
// contract schemas (params, querystring, body) and mutated with boundary and hostile values.

/** How a request was made, to group failures by cause. */
export type Strategy =
  | 'valid'
  | 'boundary'
  | 'hostile-string'
  | 'wrong-type'
  | 'extra-fields'
  | 'malformed-json'
  | 'wrong-content-type'
  | 'hostile-param'
  | 'hostile-query';

/** One generated request. */
export type FuzzRequest = {
  strategy: Strategy;
  /** The hostile value's kind (e.g. "nul", "sql"), when one was used. */
  detail: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
};

/** Hostile strings by kind: NUL bytes, huge, unicode, SQL/HTML fragments, path traversal. */
export const HOSTILE: Record<string, () => string> = {
  nul: () => 'a\u0000b',
  'nul-only': () => '\u0000',
  long: () => 'x'.repeat(100_000),
  unicode: () => '\u202eكِنِيرجا\u{1F600}\uFFFF\uD800',
  sql: () => "' OR 1=1; DROP TABLE plans; --",
  html: () => '<script>alert(1)</script><img src=x onerror=alert(1)>',
  traversal: () => '../../../../etc/passwd',
  'percent-nul': () => '%00',
  empty: () => '',
  spaces: () => '   ',
  'huge-number': () => '1e309',
};

const WRONG_TYPES: unknown[] = [
  0,
  -1,
  1e308,
  Number.MAX_SAFE_INTEGER + 2,
  1.5,
  true,
  null,
  [],
  [[[]]],
  {},
  { $gt: '' },
  'teks',
];

const MALFORMED = [
  '{"a":',
  '[',
  '{"periodId":"2026",}',
  'null',
  '"x"',
  '{}}',
  '\u0000',
  '['.repeat(5000),
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Replaces one random leaf (or the root) of a JSON value. */
function mutateLeaf(value: Json, random: Random, make: () => Json): Json {
  if (value !== null && typeof value === 'object' && random.next() < 0.85) {
    const keys: Array<string | number> = Array.isArray(value)
      ? value.map((_, i) => i)
      : Object.keys(value);
    if (keys.length > 0) {
      const key = random.pick(keys);
      const copy: Json = Array.isArray(value) ? [...value] : { ...value };
      (copy as Record<string | number, Json>)[key] = mutateLeaf(
        (value as Record<string | number, Json>)[key]!,
        random,
        make,
      );
      return copy;
    }
  }
  return make();
}

/** Boundary values of a schema's limits: at the limit and one past it. */
function boundaryOf(schema: unknown, random: Random): Json {
  const limits = limitsOf(schema);
  const min = (limits.minimum as number | undefined) ?? 0;
  const max = (limits.maximum as number | undefined) ?? 1000;
  return random.pick<Json>([
    'a'.repeat(255),
    'a'.repeat(256),
    'a'.repeat(10_001),
    'a'.repeat(Math.max(0, min - 1)),
    'a'.repeat(Math.min(max + 1, 200_000)),
    min - 1,
    max + 1,
    -2147483649,
    2147483648,
    '',
    [],
  ]);
}

/** Ids that exist in the world (so requests reach real rows), or a random UUID. */
function someId(w: World, random: Random): string {
  const pools = [
    Object.values(w.plans).map((p) => p.planId),
    Object.values(w.plans).map((p) => p.assessmentId),
    Object.values(w.schools).map((s) => s.id),
    Object.values(w.dinas).map((d) => d.id),
    [w.people.spare.id, w.people.colleague.id, w.people.teacherB.id, w.people.teacherC.id],
    ['00000000-0000-4000-8000-000000000000', '32', '1', 'competency-reflection', '2026'],
  ];
  return random.pick(random.pick(pools));
}

// Lone surrogates cannot be percent-encoded; a browser would send U+FFFD.
const safeEncode = (value: string) =>
  encodeURIComponent(value.replace(/[\uD800-\uDFFF]/g, '\uFFFD'));

const encodeQuery = (query: Record<string, unknown>) =>
  new URLSearchParams(
    Object.entries(query).map(([k, v]): [string, string] => [
      k,
      typeof v === 'string' ? v : JSON.stringify(v),
    ]),
  ).toString();

/** One request to a route, shaped by a randomly chosen strategy. */
export function fuzzRequest(
  w: World,
  route: RouteOptions,
  key: string,
  random: Random,
): FuzzRequest {
  const [method, url] = key.split(' ') as [string, string];
  const schema = (route.schema ?? {}) as Record<string, unknown>;
  const hasBody = method !== 'GET' && method !== 'DELETE';
  const strategies: Strategy[] = [
    'valid',
    'valid',
    'hostile-param',
    'hostile-query',
    'wrong-content-type',
  ];
  if (hasBody)
    strategies.push(
      'boundary',
      'hostile-string',
      'hostile-string',
      'wrong-type',
      'extra-fields',
      'malformed-json',
    );
  const strategy = random.pick(strategies);
  let detail = '';
  const hostile = () => {
    detail = random.pick(Object.keys(HOSTILE));
    return HOSTILE[detail]!();
  };
  const params: Record<string, string> = {};
  for (const name of [...url.matchAll(/:(\w+)/g)].map((m) => m[1]!))
    params[name] = someId(w, random);
  if (strategy === 'hostile-param' && Object.keys(params).length > 0) {
    params[random.pick(Object.keys(params))] = hostile();
  }
  const path = url
    .replace(/:(\w+)/g, (_, name: string) => safeEncode(params[name]!))
    .replace('*', 'x');
  const query = (schema.querystring ? validValue(schema.querystring, random) : {}) as Record<
    string,
    unknown
  >;
  if (strategy === 'hostile-query')
    query[random.pick([...Object.keys(query), 'periodId', 'q'])] = hostile();
  const search = encodeQuery(query);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  let payload: string | Buffer | undefined;
  if (hasBody) {
    let body = (schema.body ? validValue(schema.body, random) : {}) as Json;
    if (strategy === 'boundary')
      body = mutateLeaf(body, random, () => boundaryOf(schema.body ?? {}, random));
    if (strategy === 'hostile-string') body = mutateLeaf(body, random, hostile);
    if (strategy === 'wrong-type')
      body = mutateLeaf(body, random, () => random.pick(WRONG_TYPES) as Json);
    if (strategy === 'extra-fields' && body && typeof body === 'object' && !Array.isArray(body)) {
      body = { ...body, extra: hostile(), ['__proto__']: { isAdmin: true }, constructor: 'x' };
    }
    payload = JSON.stringify(body ?? {});
    if (strategy === 'malformed-json') payload = random.pick(MALFORMED);
    if (!schema.body && !['malformed-json', 'wrong-content-type'].includes(strategy)) {
      // Raw uploads (evidence, Modul Ajar, Bukti Karya, roster files): a small body of bytes.
      headers['content-type'] = random.pick([
        'application/pdf',
        'text/csv',
        'application/octet-stream',
      ]);
      headers['x-file-name'] = encodeURIComponent(
        random.pick(['a.pdf', '../../a.pdf', '\u0000.pdf']),
      );
      payload = Buffer.from(random.pick(['%PDF-1.4\n%%EOF\n', 'npsn,nama\r\n', '\u0000\u0001']));
    }
  }
  if (strategy === 'wrong-content-type') {
    detail = random.pick([
      'text/plain',
      'application/xml',
      'multipart/form-data',
      'application/x-www-form-urlencoded',
      '',
    ]);
    headers['content-type'] = detail;
    payload ??= 'a=1';
  }
  return {
    strategy,
    detail,
    method,
    url: search ? `${path}?${search}` : path,
    headers,
    ...(payload === undefined ? {} : { payload }),
  };
}
