import type { Db } from '../db/database.js';

/** One audit row: who did what to which entity, before and after. */
export type AuditEntry = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
  requestId?: string | undefined;
  /** The injected clock's instant (ctx.clock), never the database's now() — issue 13 item 5. */
  at: Date;
};

/** The insert of one audit row, for a caller sending it with other writes (issue 15). */
export function auditInsert(trx: Db, entry: AuditEntry) {
  return trx.insertInto('auditLog').values({
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
    requestId: entry.requestId ?? null,
    at: entry.at,
  });
}

/** Writes one audit row inside the caller's transaction (architecture.md §3). */
export async function writeAudit(trx: Db, entry: AuditEntry): Promise<void> {
  await auditInsert(trx, entry).execute();
}
