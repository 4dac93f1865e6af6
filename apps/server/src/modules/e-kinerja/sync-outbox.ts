import type { EKinerjaRecord } from '@kinerja/contract';
import type { AppContext } from '../../lib/context.js';
import { pushRecord, type PushResult } from './e-kinerja-client.js';
import { transportMessage } from './e-kinerja-errors.js';
import {
  claimDueRows,
  recordAttempt,
  type ClaimedRow,
  type RowUpdate,
} from './outbox.repository.js';
import { periodicBodyOf, type PeriodicPayload } from './periodic-body.js';
import { skpAsOf } from './skp-as-of.js';
import { loadRecords, newCaches, type RecordCaches } from './sync-records.js';

/** How the relay pushes: where, and how patient it is. */
export type SyncSettings = {
  url: string;
  token: string | undefined;
  /** Per request (AbortSignal); default 10 s. */
  timeoutMs?: number;
  /** Attempts before a row is marked failed; default 8. */
  maxAttempts?: number;
  /** First retry delay, doubled on every attempt up to `maxDelayMs`; default 1 minute. */
  baseDelayMs?: number;
  /** Default 6 hours. */
  maxDelayMs?: number;
  /** Rows claimed per run; default 50. */
  batchSize?: number;
};

/** What one run did. */
export type SyncRunResult = {
  claimed: number;
  delivered: number;
  retried: number;
  failed: number;
};

type Payload = PeriodicPayload & {
  planId: string;
  versionNumber?: number;
  assessmentId?: string;
  changeId?: string;
  /** The fact's own key (changed SKP, periodic assessment) — migration 0021. */
  factKey?: string;
};

const LEASE_MS = 5 * 60 * 1000;

/**
 * The idempotency key of a row: the same for every attempt of the same fact, so e-Kinerja can drop
 * a repeated delivery (an answer lost on the way, a crash after sending) — docs/E-KINERJA.md.
 */
export function idempotencyKeyOf(topic: string, payload: Payload): string {
  if (payload.factKey) return payload.factKey;
  return topic === 'assessment.final'
    ? `kinerja:penilaian:${payload.assessmentId ?? ''}`
    : `kinerja:skp:${payload.planId}:v${payload.versionNumber ?? 0}`;
}

async function bodyOf(
  ctx: AppContext,
  row: ClaimedRow,
  payload: Payload,
  caches: RecordCaches,
): Promise<{ path: string; body: unknown } | null> {
  const { records } = await loadRecords(ctx.db, {
    filter: { kind: 'plan', planId: payload.planId },
    after: null,
    limit: 1,
    caches,
  });
  const record: EKinerjaRecord | undefined = records[0];
  if (!record) return null;
  if (row.topic === 'plan.approved' || row.topic === 'plan.rhk_changed') {
    const skp = await skpAsOf(ctx.db, { record, changeId: payload.changeId ?? null, caches });
    return skp ? { path: 'skp', body: { jenis: 'skp', ...record, skp, penilaian: [] } } : null;
  }
  if (row.topic === 'assessment.periodic') return periodicBodyOf(record, payload);
  const penilaian = record.penilaian.filter((item) => item.assessmentId === payload.assessmentId);
  if (penilaian.length === 0) return null;
  return { path: 'penilaian', body: { jenis: 'penilaian', ...record, penilaian } };
}

function nextState(
  result: PushResult,
  row: ClaimedRow,
  settings: Required<Omit<SyncSettings, 'url' | 'token'>>,
  now: Date,
): RowUpdate {
  if (result.outcome === 'delivered' || result.outcome === 'duplicate') {
    return { kind: 'delivered', at: now };
  }
  if (result.outcome === 'failed') {
    return { kind: 'failed', at: now, code: result.code, message: result.message };
  }
  if (row.attempts >= settings.maxAttempts) {
    const message = transportMessage.gaveUp(result.message, row.attempts);
    return { kind: 'failed', at: now, code: result.code, message };
  }
  const backoff = Math.min(settings.baseDelayMs * 2 ** (row.attempts - 1), settings.maxDelayMs);
  const delay = result.retryAfterMs ?? backoff;
  return {
    kind: 'retry',
    availableAt: new Date(now.getTime() + delay),
    code: result.code,
    message: result.message,
  };
}

async function deliver(
  ctx: AppContext,
  row: ClaimedRow,
  settings: Required<Omit<SyncSettings, 'url' | 'token'>> & Pick<SyncSettings, 'url' | 'token'>,
  caches: RecordCaches,
): Promise<RowUpdate['kind']> {
  const payload = JSON.parse(row.payloadText) as Payload;
  const key = idempotencyKeyOf(row.topic, payload);
  const startedAt = ctx.clock();
  const started = performance.now();
  const built = await bodyOf(ctx, row, payload, caches);
  const result: PushResult = built
    ? await pushRecord({
        baseUrl: settings.url,
        token: settings.token,
        path: built.path,
        idempotencyKey: key,
        body: built.body,
        timeoutMs: settings.timeoutMs,
      })
    : {
        outcome: 'failed',
        status: 0,
        code: 'DATA_TIDAK_ADA',
        message:
          'Data yang akan dikirim tidak ditemukan lagi di Kinerja; periksa rencana dan penilaiannya.',
      };
  const update = nextState(result, row, settings, ctx.clock());
  const error = 'code' in result ? result : null;
  await recordAttempt(ctx.db, {
    attempt: {
      outboxId: row.id,
      attempt: row.attempts,
      idempotencyKey: key,
      startedAt,
      durationMs: Math.round(performance.now() - started),
      outcome: update.kind === 'failed' ? 'failed' : result.outcome,
      httpStatus: result.status === 0 ? null : result.status,
      errorCode: error?.code ?? null,
      message: update.kind === 'delivered' ? null : update.message,
    },
    update,
  });
  return update.kind;
}

/**
 * One run of the e-Kinerja relay: claim the due outbox rows, push each with its idempotency key
 * and a timeout, and record every attempt; errors are retried with exponential backoff up to a
 * maximum, documented data errors wait for the operator (domain.md §6.4, docs/E-KINERJA.md).
 */
export async function syncOutbox(ctx: AppContext, options: SyncSettings): Promise<SyncRunResult> {
  const settings = {
    timeoutMs: 10_000,
    maxAttempts: 8,
    baseDelayMs: 60_000,
    maxDelayMs: 6 * 3600_000,
    batchSize: 50,
    ...options,
  };
  const now = ctx.clock();
  const rows = await claimDueRows(ctx.db, {
    now,
    leaseUntil: new Date(now.getTime() + LEASE_MS),
    limit: settings.batchSize,
  });
  const result: SyncRunResult = { claimed: rows.length, delivered: 0, retried: 0, failed: 0 };
  const caches = newCaches();
  for (const row of rows) {
    const kind = await deliver(ctx, row, settings, caches);
    if (kind === 'delivered') result.delivered += 1;
    else if (kind === 'retry') result.retried += 1;
    else result.failed += 1;
  }
  return result;
}
