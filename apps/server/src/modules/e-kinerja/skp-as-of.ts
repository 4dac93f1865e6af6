import type { EKinerjaRecord } from '@kinerja/contract';
import type { Db } from '../../db/database.js';
import { listRhkChanges, type RhkSelection } from '../rhk-change/rhk-change.repository.js';
import { listPlanRecords } from './sync-records.repository.js';
import { cataloguesOf, skpOf, type RecordCaches } from './sync-records.js';

/** The SKP sent for a change: which change it is and when it was made. */
export type ChangedSkp = EKinerjaRecord['skp'] & { perubahanKe?: number; diubahPada?: string };

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
  const changes = await listRhkChanges(db, record.skp.planId);
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
  const catalogues = await cataloguesOf(db, options.caches, plan.periodId);
  const skp = skpOf({ ...plan, draftText: JSON.stringify(draft) }, catalogues);
  if (index < 0) return skp;
  return { ...skp, perubahanKe: index + 1, diubahPada: change.changedAt.toISOString() };
}
