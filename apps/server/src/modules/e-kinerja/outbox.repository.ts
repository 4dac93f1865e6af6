import type { EKinerjaSyncStatus } from '@kinerja/contract';
import type { SchoolLevel } from '@kinerja/domain';
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/database.js';
import { schoolLevelInSql } from '../plans/dinas-jurisdiction.js';

/**
 * The outbox topics the e-Kinerja relay delivers: the agreed SKP (planning), the SKP again after
 * "Ubah Rencana Hasil Kerja", the final predikat and its periodic assessments ("Tetapkan").
 */
export const SYNC_TOPICS = [
  'plan.approved',
  'plan.rhk_changed',
  'assessment.final',
  'assessment.periodic',
] as const;

/** The topics that carry the SKP itself; everything else of a plan waits for them. */
const SKP_TOPICS = sql`('plan.approved', 'plan.rhk_changed')`;
const ALL_TOPICS = sql`('plan.approved', 'plan.rhk_changed', 'assessment.final', 'assessment.periodic')`;

/** A delivered topic. */
export type SyncTopic = (typeof SYNC_TOPICS)[number];

/** A row claimed for one delivery attempt. */
export type ClaimedRow = { id: number; topic: SyncTopic; payloadText: string; attempts: number };

/**
 * Claims due rows for one attempt each (FOR UPDATE SKIP LOCKED, so several app instances share the
 * work): the attempt is counted and the row leased until `leaseUntil`, after which a crashed
 * attempt is simply retried with the same idempotency key. A row never tried (or retried by an
 * operator) is due at once; anything after an SKP (a changed SKP, a predikat, a periodic
 * assessment) waits until the plan's earlier SKP rows are delivered, in order.
 */
export async function claimDueRows(
  db: Db,
  options: { now: Date; leaseUntil: Date; limit: number },
): Promise<ClaimedRow[]> {
  const { rows } = await sql<ClaimedRow>`
    update outbox set attempts = attempts + 1, available_at = ${options.leaseUntil}
     where id in (
       select o.id from outbox o
        where o.topic in ${ALL_TOPICS}
          and o.processed_at is null and o.failed_at is null
          and (o.attempts = 0 or o.available_at <= ${options.now})
          and not exists (
                select 1 from outbox s
                 where s.topic in ${SKP_TOPICS} and s.processed_at is null and s.id < o.id
                   and s.payload ->> 'planId' = o.payload ->> 'planId')
        order by o.id
        limit ${options.limit}
        for update of o skip locked)
    returning id, topic, payload::text as payload_text, attempts`.execute(db);
  return rows.sort((a, b) => a.id - b.id);
}

/** What one attempt came to, as stored. */
export type AttemptRecord = {
  outboxId: number;
  attempt: number;
  idempotencyKey: string;
  startedAt: Date;
  durationMs: number;
  outcome: 'delivered' | 'duplicate' | 'retry' | 'failed';
  httpStatus: number | null;
  errorCode: string | null;
  message: string | null;
};

/** The row's state after an attempt. */
export type RowUpdate =
  | { kind: 'delivered'; at: Date }
  | { kind: 'retry'; availableAt: Date; code: string; message: string }
  | { kind: 'failed'; at: Date; code: string; message: string };

/** Stores an attempt and the row's new state in one transaction. */
export async function recordAttempt(
  db: Db,
  options: { attempt: AttemptRecord; update: RowUpdate },
): Promise<void> {
  const { attempt, update } = options;
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('eKinerjaSyncAttempts').values(attempt).execute();
    const query = trx.updateTable('outbox').where('id', '=', attempt.outboxId);
    if (update.kind === 'delivered') {
      await query
        .set({ processedAt: update.at, failedAt: null, lastError: null, lastErrorCode: null })
        .execute();
    } else if (update.kind === 'retry') {
      await query
        .set({
          availableAt: update.availableAt,
          lastError: update.message,
          lastErrorCode: update.code,
        })
        .execute();
    } else {
      await query
        .set({ failedAt: update.at, lastError: update.message, lastErrorCode: update.code })
        .execute();
    }
  });
}

/** An outbox row with the plan it belongs to, for the operator's list. */
export type OutboxListRow = {
  id: number;
  topic: SyncTopic;
  payloadText: string;
  attempts: number;
  createdAt: Date;
  availableAt: Date;
  processedAt: Date | null;
  failedAt: Date | null;
  lastError: string | null;
  lastErrorCode: string | null;
  periodId: string;
  schoolId: string;
  regencyCode: string;
  jenjang: string;
  employeeId: string;
  employeeName: string;
  nip: string | null;
  schoolName: string;
  npsn: string;
};

/** Which part of the outbox an actor sees: everything, some schools, some regions of some levels. */
export type OutboxReach = {
  isAll: boolean;
  schoolIds: string[];
  regions: Array<{ code: string; levels: readonly SchoolLevel[] }>;
};

function reachSql(reach: OutboxReach): RawBuilder<unknown> {
  if (reach.isAll) return sql`true`;
  const parts = [
    ...reach.schoolIds.map((id) => sql`pl.school_id = ${id}`),
    // A Dinas sees its region's schools of the levels it governs only — domain.md §1.1.
    ...reach.regions.map(
      (region) =>
        sql`(pl.regency_code like ${`${region.code}%`} and ${schoolLevelInSql(region.levels)})`,
    ),
  ];
  return parts.length === 0 ? sql`false` : sql`(${sql.join(parts, sql` or `)})`;
}

const STATUS_SQL: Record<EKinerjaSyncStatus | 'all', RawBuilder<unknown>> = {
  all: sql`true`,
  delivered: sql`o.processed_at is not null`,
  failed: sql`o.processed_at is null and o.failed_at is not null`,
  retrying: sql`o.processed_at is null and o.failed_at is null and o.attempts > 0`,
  pending: sql`o.processed_at is null and o.failed_at is null and o.attempts = 0`,
};

const FROM = sql`
  from outbox o
  join plans pl on pl.id::text = o.payload ->> 'planId'
  join people p on p.id = pl.employee_id
  join schools s on s.id = pl.school_id
 where o.topic in ${ALL_TOPICS}`;

/** A page of the outbox within an actor's reach, newest first. */
export async function listOutbox(
  db: Db,
  options: {
    reach: OutboxReach;
    status: EKinerjaSyncStatus | 'all';
    limit: number;
    offset: number;
    id?: number;
  },
): Promise<OutboxListRow[]> {
  const byId = options.id === undefined ? sql`` : sql`and o.id = ${options.id}`;
  const { rows } = await sql<OutboxListRow>`
    select o.id, o.topic, o.payload::text as payload_text, o.attempts, o.created_at,
           o.available_at, o.processed_at, o.failed_at, o.last_error, o.last_error_code,
           pl.period_id, pl.school_id, pl.regency_code, s.jenjang, p.id as employee_id,
           p.name as employee_name, p.nip, s.name as school_name, s.npsn
      ${FROM} and ${reachSql(options.reach)} and ${STATUS_SQL[options.status]} ${byId}
     order by o.id desc
     limit ${options.limit} offset ${options.offset}`.execute(db);
  return rows;
}

/** How many rows of each status are within reach. */
export async function countOutbox(
  db: Db,
  reach: OutboxReach,
): Promise<Record<EKinerjaSyncStatus, number>> {
  const { rows } = await sql<Record<EKinerjaSyncStatus, number>>`
    select count(*) filter (where ${STATUS_SQL.pending})::int as pending,
           count(*) filter (where ${STATUS_SQL.retrying})::int as retrying,
           count(*) filter (where ${STATUS_SQL.failed})::int as failed,
           count(*) filter (where ${STATUS_SQL.delivered})::int as delivered
      ${FROM} and ${reachSql(reach)}`.execute(db);
  return rows[0] ?? { pending: 0, retrying: 0, failed: 0, delivered: 0 };
}

/** Every attempt of a row, oldest first. */
export async function listAttempts(db: Db, outboxId: number) {
  return db
    .selectFrom('eKinerjaSyncAttempts')
    .select(['attempt', 'startedAt', 'durationMs', 'outcome', 'httpStatus', 'errorCode', 'message'])
    .where('outboxId', '=', outboxId)
    .orderBy('id')
    .execute();
}

/** "Kirim ulang": the row is due again at once, with a fresh attempt budget. */
export async function resetForRetry(trx: Db, options: { id: number; now: Date }): Promise<void> {
  await trx
    .updateTable('outbox')
    .set({ failedAt: null, attempts: 0, availableAt: options.now })
    .where('id', '=', options.id)
    .where('processedAt', 'is', null)
    .execute();
}
