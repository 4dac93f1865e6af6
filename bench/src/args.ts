/** Which database a run targets. */
export type DbKind = 'pglite' | 'postgres';

/** Which scenario a run performs. */
export type ScenarioName =
  'auth' | 'import' | 'planning' | 'upload' | 'national' | 'deadline' | 'bytes';

/** Options of one `npm run bench` invocation. */
export type BenchArgs = {
  databases: DbKind[];
  scenarios: ScenarioName[];
  durationSeconds: number;
  warmupSeconds: number;
  connections: number;
  repeats: number;
  schools: number;
  teachers: number;
  rosterRows: number;
  rosterSchools: number;
  /** National scenario (PostgreSQL only): size of the generated country and where it is kept. */
  nationalTeachers: number;
  nationalSchools: number;
  nationalDb: string;
  /** Regenerate the kept national database even when its marker matches. */
  regenerate: boolean;
  /** Deadline scenario: the arrival rates stepped through, its schools, the server's shedding limit. */
  rates: number[];
  deadlineSchools: number;
  maxInFlight: number;
  postgresUrl: string;
};

/** `--quick`: the deadline scenario in a few minutes (short steps, one floor run, fewer schools). */
const QUICK = { duration: 4, warmup: 1, repeats: 1, deadlineSchools: 10 };

const USAGE = `Usage: npm run bench -- [--db=pglite|postgres|both] [--scenario=auth,import,planning,upload,national,deadline,bytes]
  [--duration=10] [--warmup=2] [--connections=20] [--repeats=3]
  [--schools=500] [--teachers=10000] [--rows=100000] [--roster-schools=2000]
  [--national-teachers=3400000] [--national-schools=440000] [--national-db=kinerja_bench_national] [--regenerate]
  [--rates=10,20,30,...] [--deadline-schools=60] [--max-in-flight=64] [--quick]
PostgreSQL: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres).`;

/** Parses `--key=value` flags; throws with the usage text on anything unknown or malformed. */
export function parseArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): BenchArgs {
  const flags = new Map<string, string>();
  let regenerate = false;
  let quick = false;
  for (const arg of argv) {
    if (arg === '--regenerate' || arg === '--quick') {
      if (arg === '--quick') quick = true;
      else regenerate = true;
      continue;
    }
    const match = /^--([a-z-]+)=(.+)$/.exec(arg);
    if (!match?.[1] || !match[2]) throw new Error(`Unknown argument: ${arg}\n${USAGE}`);
    flags.set(match[1], match[2]);
  }
  const known = ['db', 'scenario', 'duration', 'warmup', 'connections', 'repeats', 'schools'];
  known.push('teachers', 'rows', 'roster-schools', 'national-teachers', 'national-schools');
  known.push('national-db', 'rates', 'deadline-schools', 'max-in-flight');
  for (const key of flags.keys()) {
    if (!known.includes(key)) throw new Error(`Unknown argument: --${key}\n${USAGE}`);
  }
  const num = (key: string, fallback: number) => positiveInt(key, flags.get(key), fallback);
  return {
    databases: parseDatabases(flags.get('db') ?? 'both'),
    scenarios: parseScenarios(flags.get('scenario') ?? 'auth,import,planning,upload'),
    durationSeconds: num('duration', quick ? QUICK.duration : 10),
    warmupSeconds: num('warmup', quick ? QUICK.warmup : 2),
    connections: num('connections', 20),
    repeats: num('repeats', quick ? QUICK.repeats : 3),
    schools: num('schools', 500),
    teachers: num('teachers', 10_000),
    rosterRows: num('rows', 100_000),
    rosterSchools: num('roster-schools', 2_000),
    nationalTeachers: num('national-teachers', 3_400_000),
    nationalSchools: num('national-schools', 440_000),
    nationalDb: parseDbName(flags.get('national-db') ?? 'kinerja_bench_national'),
    regenerate,
    rates: parseRates(flags.get('rates') ?? DEFAULT_RATES),
    deadlineSchools: num('deadline-schools', quick ? QUICK.deadlineSchools : 60),
    maxInFlight: nonNegativeInt('max-in-flight', flags.get('max-in-flight'), 64),
    postgresUrl: env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  };
}

function positiveInt(key: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`--${key} must be a positive integer, not "${raw}"\n${USAGE}`);
  }
  return value;
}

const DEFAULT_RATES = '10,20,30,50,75,100,150,200,300,400,500,600,700,800,1000';

function parseRates(raw: string): number[] {
  const rates = raw.split(',').map((r) => positiveInt('rates', r.trim(), 0));
  return [...new Set(rates)].sort((a, b) => a - b);
}

function nonNegativeInt(key: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`--${key} must be 0 or a positive integer, not "${raw}"\n${USAGE}`);
  }
  return value;
}

function parseDatabases(raw: string): DbKind[] {
  if (raw === 'both') return ['pglite', 'postgres'];
  if (raw === 'pglite' || raw === 'postgres') return [raw];
  throw new Error(`--db must be pglite, postgres or both, not "${raw}"\n${USAGE}`);
}

function parseScenarios(raw: string): ScenarioName[] {
  const names = raw.split(',').map((s) => s.trim());
  for (const name of names) {
    if (!['auth', 'import', 'planning', 'upload', 'national', 'deadline', 'bytes'].includes(name)) {
      throw new Error(
        `--scenario takes auth, import, planning, upload, national, deadline and/or bytes, not "${name}"\n${USAGE}`,
      );
    }
  }
  return [...new Set(names)] as ScenarioName[];
}

/** A database name used unquoted in CREATE/DROP DATABASE: lower-case letters, digits, underscores. */
function parseDbName(raw: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(raw)) {
    throw new Error(`--national-db must be a plain lower-case name, not "${raw}"\n${USAGE}`);
  }
  return raw;
}
