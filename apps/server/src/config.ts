import { z } from 'zod';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((v) => (v === undefined || v === '' ? undefined : v === 'true' || v === '1'));

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATABASE_READ_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'harus URL postgres://… replika baca' })
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  READ_PRIMARY_AFTER_WRITE_SECONDS: z.coerce.number().int().min(0).max(3600).default(10),
  MAX_IN_FLIGHT_REQUESTS: z.coerce.number().int().min(0).max(100_000).default(64),
  KINERJA_DATA_DIR: z.string().default('./data'),
  PUBLIC_URL: z.url().optional(),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .min(1)
    .max(24 * 30)
    .default(12),
  COOKIE_SECURE: booleanFromEnv,
  TRUST_PROXY: booleanFromEnv,
  SEED_DEMO: booleanFromEnv,
  SEED_DEMO_YEAR: z
    .enum(['living', 'empty'], { error: 'harus living atau empty' })
    .default('living'),
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_ALLOWED_DOMAINS: z.string().default('belajar.id'),
  OIDC_ALLOW_INSECURE: booleanFromEnv,
  BLOB_STORE: z.enum(['local', 's3']).default('local'),
  S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  S3_BUCKET: z.string().trim().min(3).max(63).optional(),
  S3_REGION: z.string().trim().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: booleanFromEnv,
  E_KINERJA_URL: z.url({ protocol: /^https?$/, error: 'harus URL http(s)://…' }).optional(),
  E_KINERJA_TOKEN: z.string().trim().min(1).optional(),
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'harus URL smtp://… atau smtps://…' }).optional(),
  SMTP_HOST: z.string().trim().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  SMTP_USER: z.string().min(1).optional(),
  SMTP_PASS: z.string().min(1).optional(),
  SMTP_SECURE: booleanFromEnv,
  SMTP_FROM: z
    .string()
    .trim()
    .regex(/^(.*<)?[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>?$/, {
      error: 'harus alamat email, mis. "Kinerja <noreply@dinas.go.id>"',
    })
    .optional(),
  METRICS_TOKEN: z.string().trim().min(16, { error: 'minimal 16 karakter' }).optional(),
  KINERJA_START_CLOCK_AT: z.iso
    .datetime({ offset: true, error: 'harus waktu ISO 8601, mis. 2026-01-15T08:00:00+07:00' })
    .optional(),
});

/** Validated server configuration. */
export type Config = {
  port: number;
  host: string;
  env: 'development' | 'production' | 'test';
  logLevel: string;
  databaseUrl: string | undefined;
  /**
   * A PostgreSQL streaming replica for dashboard and list reads (issue 16 item 2); writes, and the
   * reads of a session that wrote in the last `readPrimaryAfterWriteSeconds`, stay on the primary.
   */
  databaseReadUrl: string | undefined;
  readPrimaryAfterWriteSeconds: number;
  databasePoolSize: number;
  /** Requests in flight past which new ones get 503 + Retry-After; 0 = never shed (issue 15). */
  maxInFlightRequests: number;
  dataDir: string;
  publicUrl: string;
  sessionTtlHours: number;
  cookieSecure: boolean;
  trustProxy: boolean;
  seedDemo: boolean;
  /** Demo: 'living' seeds the year at today's stage (issue 13), 'empty' only people and schools. */
  seedDemoYear: 'living' | 'empty';
  /** Demo/test only: the server's clock starts at this instant and runs on from there. */
  startClockAt: Date | undefined;
  /** Bearer token for GET /metrics; unset: only direct loopback clients may read it (docs/OPERATIONS.md). */
  metricsToken: string | undefined;
  /** Where evidence files live (architecture.md §4): local disk under dataDir, or S3-compatible. */
  blobStore: BlobStoreConfig;
  /** Where email goes (issue 16 item 3, docs/OPERATIONS.md); off when no SMTP server is set. */
  smtp: SmtpConfig | undefined;
  /** The e-Kinerja endpoint the sync outbox pushes to (docs/E-KINERJA.md); off when unset. */
  eKinerja: { url: string; token: string | undefined } | undefined;
  oidc:
    | {
        issuer: string;
        clientId: string;
        clientSecret: string | undefined;
        allowedDomains: string[];
        allowInsecure: boolean;
      }
    | undefined;
};

/** The blob store: local disk (default) or an S3-compatible bucket. */
export type BlobStoreConfig =
  | { kind: 'local' }
  | {
      kind: 's3';
      endpoint: string | undefined;
      bucket: string;
      region: string;
      accessKeyId: string | undefined;
      secretAccessKey: string | undefined;
      forcePathStyle: boolean;
    };

/** The SMTP server and sender of notification email. */
export type SmtpConfig = {
  /** A nodemailer connection URL (smtp:// or smtps://), credentials included. */
  url: string;
  from: string;
};

type Env = z.infer<typeof envSchema>;

// SMTP_URL, or SMTP_HOST with optional port, user/pass and TLS; either needs SMTP_FROM.
function smtpConfig(e: Env): SmtpConfig | undefined {
  const problems: string[] = [];
  if (e.SMTP_URL && e.SMTP_HOST)
    problems.push('  SMTP_HOST: isi SMTP_URL atau SMTP_HOST, bukan keduanya');
  if (Boolean(e.SMTP_USER) !== Boolean(e.SMTP_PASS)) {
    problems.push('  SMTP_USER / SMTP_PASS: isi keduanya, atau kosongkan keduanya');
  }
  const isSet = Boolean(e.SMTP_URL || e.SMTP_HOST);
  if (!isSet && (e.SMTP_PORT || e.SMTP_USER || e.SMTP_FROM)) {
    problems.push(
      '  SMTP_HOST: wajib diisi (atau SMTP_URL) bila SMTP_PORT, SMTP_USER atau SMTP_FROM diisi',
    );
  }
  if (isSet && !e.SMTP_FROM) problems.push('  SMTP_FROM: wajib diisi bila email diaktifkan');
  if (problems.length > 0) throw new Error(`Konfigurasi tidak valid:\n${problems.join('\n')}`);
  if (!isSet) return undefined;
  let url = e.SMTP_URL;
  if (!url) {
    const secure = e.SMTP_SECURE ?? e.SMTP_PORT === 465;
    const auth = e.SMTP_USER
      ? `${encodeURIComponent(e.SMTP_USER)}:${encodeURIComponent(e.SMTP_PASS ?? '')}@`
      : '';
    url = `${secure ? 'smtps' : 'smtp'}://${auth}${e.SMTP_HOST}:${e.SMTP_PORT ?? (secure ? 465 : 587)}`;
  }
  return { url, from: e.SMTP_FROM ?? '' };
}

// BLOB_STORE=s3 needs a bucket, and the two keys come together (or neither: the SDK's default chain).
function blobStoreConfig(e: Env): BlobStoreConfig {
  if (e.BLOB_STORE === 'local') return { kind: 'local' };
  const missing: string[] = [];
  if (!e.S3_BUCKET) missing.push('  S3_BUCKET: wajib diisi bila BLOB_STORE=s3');
  if (Boolean(e.S3_ACCESS_KEY_ID) !== Boolean(e.S3_SECRET_ACCESS_KEY)) {
    missing.push(
      '  S3_ACCESS_KEY_ID / S3_SECRET_ACCESS_KEY: isi keduanya, atau kosongkan keduanya untuk kredensial bawaan AWS',
    );
  }
  if (missing.length > 0) throw new Error(`Konfigurasi tidak valid:\n${missing.join('\n')}`);
  return {
    kind: 's3',
    endpoint: e.S3_ENDPOINT,
    bucket: e.S3_BUCKET ?? '',
    region: e.S3_REGION,
    accessKeyId: e.S3_ACCESS_KEY_ID,
    secretAccessKey: e.S3_SECRET_ACCESS_KEY,
    // A custom endpoint (MinIO, Ceph, s3rver) usually needs path-style addressing.
    forcePathStyle: e.S3_FORCE_PATH_STYLE ?? e.S3_ENDPOINT !== undefined,
  };
}

/** Reads and validates the environment; throws one message listing every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Konfigurasi tidak valid:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  if (e.OIDC_ISSUER && !e.OIDC_CLIENT_ID) {
    throw new Error(
      'Konfigurasi tidak valid:\n  OIDC_CLIENT_ID: wajib diisi bila OIDC_ISSUER diisi',
    );
  }
  if (e.E_KINERJA_TOKEN && !e.E_KINERJA_URL) {
    throw new Error(
      'Konfigurasi tidak valid:\n  E_KINERJA_TOKEN: hanya berlaku bila E_KINERJA_URL diisi',
    );
  }
  if (e.DATABASE_READ_URL && !e.DATABASE_URL) {
    throw new Error(
      'Konfigurasi tidak valid:\n  DATABASE_READ_URL: hanya berlaku bila DATABASE_URL (server utama PostgreSQL) diisi',
    );
  }
  if (e.KINERJA_START_CLOCK_AT && e.NODE_ENV === 'production') {
    throw new Error(
      'Konfigurasi tidak valid:\n  KINERJA_START_CLOCK_AT: hanya untuk demo dan pengujian, tidak boleh diisi bila NODE_ENV=production',
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    env: e.NODE_ENV,
    logLevel: e.LOG_LEVEL,
    databaseUrl: e.DATABASE_URL,
    databaseReadUrl: e.DATABASE_READ_URL,
    readPrimaryAfterWriteSeconds: e.READ_PRIMARY_AFTER_WRITE_SECONDS,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    maxInFlightRequests: e.MAX_IN_FLIGHT_REQUESTS,
    dataDir: e.KINERJA_DATA_DIR,
    publicUrl,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    cookieSecure: e.COOKIE_SECURE ?? publicUrl.startsWith('https://'),
    trustProxy: e.TRUST_PROXY ?? false,
    seedDemo: e.SEED_DEMO ?? e.NODE_ENV !== 'test',
    seedDemoYear: e.SEED_DEMO_YEAR,
    startClockAt: e.KINERJA_START_CLOCK_AT ? new Date(e.KINERJA_START_CLOCK_AT) : undefined,
    metricsToken: e.METRICS_TOKEN,
    blobStore: blobStoreConfig(e),
    smtp: smtpConfig(e),
    eKinerja: e.E_KINERJA_URL
      ? { url: e.E_KINERJA_URL.replace(/\/$/, ''), token: e.E_KINERJA_TOKEN }
      : undefined,
    oidc: e.OIDC_ISSUER
      ? {
          issuer: e.OIDC_ISSUER,
          clientId: e.OIDC_CLIENT_ID ?? '',
          clientSecret: e.OIDC_CLIENT_SECRET,
          allowedDomains: e.OIDC_ALLOWED_DOMAINS.split(',')
            .map((d) => d.trim().toLowerCase())
            .filter(Boolean),
          allowInsecure: e.OIDC_ALLOW_INSECURE ?? false,
        }
      : undefined,
  };
}
