// Test support only: values generated from the contract's zod schemas, read through zod 4's public
// definition objects (`_zod.def`, `_zod.bag`), for the authorization suite and the fuzz test (issue #12).

/** A zod 4 schema as seen from outside: its definition and its merged check bag. */
type AnySchema = {
  _zod: {
    def: Record<string, unknown> & { type: string };
  };
  safeParse: (value: unknown) => { success: boolean };
};

/** A seeded pseudo-random source (mulberry32), so every run can be replayed from its seed. */
export type Random = { next: () => number; int: (n: number) => number; pick: <T>(xs: T[]) => T };

/** A seeded PRNG. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: (xs) => xs[int(xs.length)]! };
}

const asSchema = (value: unknown): AnySchema => value as AnySchema;

/** The object keys of a schema (through optional/nullable/default/pipe wrappers), or []. */
export function objectKeys(schema: unknown): string[] {
  const inner = unwrap(schema);
  if (!inner || inner._zod.def.type !== 'object') return [];
  return Object.keys(inner._zod.def.shape as Record<string, unknown>);
}

function unwrap(schema: unknown): AnySchema | undefined {
  let s = schema ? asSchema(schema) : undefined;
  while (
    s &&
    ['optional', 'nullable', 'default', 'prefault', 'pipe', 'readonly'].includes(s._zod.def.type)
  ) {
    const def = s._zod.def;
    s = asSchema(def.type === 'pipe' ? def.in : def.innerType);
  }
  return s;
}

const UUID = '00000000-0000-4000-8000-000000000000';

/** Limits of a schema gathered from its checks: minimum/maximum (length or value), format, patterns. */
export function limitsOf(schema: unknown): Record<string, unknown> {
  const def = (schema as Partial<AnySchema> | undefined)?._zod?.def;
  if (!def) return { patterns: [] };
  const bag: Record<string, unknown> = { format: def.format, patterns: [] as RegExp[] };
  for (const check of (def.checks as AnySchema[] | undefined) ?? []) {
    const c = check._zod.def as Record<string, unknown>;
    if (c.check === 'min_length') bag.minimum = c.minimum;
    if (c.check === 'max_length') bag.maximum = c.maximum;
    if (c.check === 'length_equals') bag.minimum = bag.maximum = c.length;
    if (c.check === 'greater_than') bag.minimum = (c.value as number) + (c.inclusive ? 0 : 1);
    if (c.check === 'less_than') bag.maximum = (c.value as number) - (c.inclusive ? 0 : 1);
    if (c.check === 'string_format' && c.format === 'regex')
      (bag.patterns as RegExp[]).push(c.pattern as RegExp);
    else if (c.check === 'string_format') bag.format = c.format;
  }
  return bag;
}

function stringValue(bag: Record<string, unknown>, random: Random | undefined): string {
  const format = bag.format as string | undefined;
  if (format === 'uuid' || format === 'guid') return UUID;
  if (format === 'email') return 'uji.fuzz@guru.sma.belajar.id';
  if (format === 'url') return 'https://example.org/a';
  if (format === 'date') return '2026-03-02';
  if (format === 'datetime') return '2026-03-02T03:00:00.000Z';
  const patterns = bag.patterns as RegExp[];
  const min = (bag.minimum as number | undefined) ?? 1;
  const max = (bag.maximum as number | undefined) ?? 40;
  const candidates = ['2026', 'a', '20219901', '198508222010012011', 'kompeten', 'Uji', '07:30'];
  if (random) candidates.unshift(`Uji ${random.int(1000)}`);
  for (const c of candidates) {
    const padded = c.length < min ? c.padEnd(min, c.slice(-1)) : c;
    if (padded.length <= max && [...patterns].every((p) => p.test(padded))) return padded;
  }
  return 'Uji teks'.padEnd(min, 'a').slice(0, Math.max(min, Math.min(max, 8)));
}

/** A small value that the schema accepts (best effort; the suite checks it with safeParse). */
export function validValue(schema: unknown, random?: Random, depth = 0): unknown {
  const s = asSchema(schema);
  const def = s._zod.def;
  const bag = limitsOf(s);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'readonly':
    case 'nonoptional':
      return validValue(def.innerType, random, depth);
    case 'default':
    case 'prefault':
      return validValue(def.innerType, random, depth);
    case 'pipe': {
      const value = validValue(def.in, random, depth);
      if (accepts(s, value)) return value;
      return ['true', 'uji.fuzz@guru.sma.belajar.id', '32'].find((v) => accepts(s, v)) ?? value;
    }
    case 'lazy':
      return depth > 4 ? null : validValue((def.getter as () => unknown)(), random, depth + 1);
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(def.shape as Record<string, unknown>)) {
        if (unwrap(field) === undefined) continue;
        const optional = (asSchema(field)._zod as { optin?: string }).optin === 'optional';
        if (optional && (!random || random.next() < 0.5)) continue;
        out[key] = validValue(field, random, depth + 1);
      }
      return out;
    }
    case 'string': {
      const value = stringValue(bag, random);
      if (accepts(s, value)) return value;
      return ['uji.fuzz@guru.sma.belajar.id', '32', '07:30'].find((v) => accepts(s, v)) ?? value;
    }
    case 'number':
    case 'int': {
      const min = (bag.minimum as number | undefined) ?? 1;
      const max = (bag.maximum as number | undefined) ?? min + 10;
      return Math.max(min, Math.min(max, 1));
    }
    case 'bigint':
      return 1n;
    case 'boolean':
      return random ? random.next() < 0.5 : true;
    case 'enum': {
      const values = Object.values(def.entries as Record<string, string>);
      return random ? random.pick(values) : values[0];
    }
    case 'literal':
      return (def.values as unknown[])[0];
    case 'array': {
      const min = (bag.minimum as number | undefined) ?? 0;
      const n = Math.max(min, depth > 3 ? 0 : 1);
      return Array.from({ length: n }, () => validValue(def.element, random, depth + 1));
    }
    case 'tuple':
      return (def.items as unknown[]).map((item) => validValue(item, random, depth + 1));
    case 'union': {
      const options = def.options as unknown[];
      return validValue(random ? random.pick(options) : options[0], random, depth);
    }
    case 'intersection':
      return {
        ...(validValue(def.left, random, depth) as object),
        ...(validValue(def.right, random, depth) as object),
      };
    case 'record':
      return {};
    case 'null':
      return null;
    case 'date':
      return new Date('2026-03-02T03:00:00Z');
    default:
      return null;
  }
}

/** True when the schema accepts the value. */
export const accepts = (schema: unknown, value: unknown): boolean =>
  asSchema(schema).safeParse(value).success;
