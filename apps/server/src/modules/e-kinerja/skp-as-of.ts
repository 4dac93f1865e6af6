import type { EKinerjaRecord } from '@kinerja/contract';
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { listRhkChanges, type RhkSelection } from '../rhk-change/rhk-change.repository.js';
import { listPlanRecords } from './sync-records.repository.js';
import { cataloguesOf, skpOf, type RecordCaches } from './sync-records.js';

/** The SKP sent for a change: which change it is and when it was made. */
export type ChangedSkp = EKinerjaRecord['skp'] & { perubahanKe?: number; diubahPada?: string };

/**
 * A plan's changes in the order they were made: the order of their outbox rows (a serial id written
 * in each change's transaction), since two changes may carry the same instant.
 */
async function changesInOrder(db: Db, planId: string) {
  const changes = await listRhkChanges(db, planId);
  const rows = await db
    .selectFrom('outbox')
    .select(sql<string>`payload ->> 'changeId'`.as('changeId'))
    .where('topic', '=', 'plan.rhk_changed')
    .where(sql<string>`payload ->> 'planId'`, '=', planId)
    .orderBy('id')
    .execute();
  const order = new Map(rows.map((row, index) => [row.changeId, index]));
  const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  return [...changes].sort((a, b) => rank(a.id) - rank(b.id));
}

/**
 * The SKP as it stood at one fact: the first approval (before any "Ubah Rencana Hasil Kerja"), or
 * right after a given change. Each queued SKP row therefore sends its own content, even when a
 * later change was made before it was delivered (domain.md §3.4, §6.4; docs/E-KINERJA.md).
 */
export async function skpAsOf(
  db: Db,
  options: { record: EKinerjaRecord; changeId: string | null; caches: RecordCaches },
): Promise<ChangedSkp | null> {
  const { record, changeId } = options;
  const changes = await changesInOrder(db, record.skp.planId);
  if (changes.length === 0) return changeId === null ? record.skp : null;
  const index = changeId === null ? -1 : changes.findIndex((change) => change.id === changeId);
  if (changeId !== null && index < 0) return null;
  const change = changes[Math.max(index, 0)]!;
  const selection: RhkSelection = index < 0 ? change.before : change.after;
  const [plan] = await listPlanRecords(db, {
    filter: { kind: 'plan', planId: record.skp.planId },
    after: null,
    limit: 1,
  });
  if (!plan) return null;
  const draft = { ...(JSON.parse(plan.draftText) as object), ...selection };
  const catalogues = await cataloguesOf(db, options.caches, plan);
  const skp = skpOf({ ...plan, draftText: JSON.stringify(draft) }, catalogues);
  if (index < 0) return skp;
  return { ...skp, perubahanKe: index + 1, diubahPada: change.changedAt.toISOString() };
}
