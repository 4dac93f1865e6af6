import { evidenceSlotKey, type EvidenceSlotSpec } from '@kinerja/domain';
import type { Selectable, Updateable } from 'kysely';
import type { Db } from '../../db/database.js';
import type { DB } from '../../db/schema.js';

/** A stored evidence slot. */
export type SlotRow = Selectable<DB['evidenceSlots']>;

/** The plan facts a slot copies (keys for the (period, school) and (period, employee) queries). */
export type SlotPlanKeys = {
  planId: string;
  periodId: string;
  employeeId: string;
  schoolId: string;
  provinceCode: string;
};

/** Every slot of a plan, current ones first in plan order, then superseded ones newest first. */
export async function listPlanSlots(db: Db, planId: string): Promise<SlotRow[]> {
  return db
    .selectFrom('evidenceSlots')
    .selectAll()
    .where('planId', '=', planId)
    .orderBy('createdAt')
    .orderBy('instance')
    .orderBy('id')
    .execute();
}

/** One slot of a plan (locked for the transaction when asked). */
export async function findPlanSlot(
  db: Db,
  key: { planId: string; slotId: string },
  options: { forUpdate?: boolean } = {},
): Promise<SlotRow | undefined> {
  let query = db
    .selectFrom('evidenceSlots')
    .selectAll()
    .where('id', '=', key.slotId)
    .where('planId', '=', key.planId);
  if (options.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

/**
 * Creates the current slots an approved plan asks for that do not exist yet (idempotent: the
 * partial unique index on current slots makes a concurrent second call insert nothing).
 */
export async function insertMissingSlots(
  db: Db,
  options: {
    keys: SlotPlanKeys;
    specs: readonly EvidenceSlotSpec[];
    existing: readonly SlotRow[];
    now: Date;
    change?: { id: string } | undefined;
  },
): Promise<number> {
  const current = new Set(
    options.existing.filter((slot) => slot.supersededAt === null).map(evidenceSlotKey),
  );
  const missing = options.specs.filter((spec) => !current.has(evidenceSlotKey(spec)));
  if (missing.length === 0) return 0;
  const { now, keys } = options;
  const result = await db
    .insertInto('evidenceSlots')
    .values(
      missing.map((spec) => ({
        ...keys,
        kind: spec.kind,
        code: spec.code,
        instance: spec.instance,
        skReference: spec.skReference,
        changedByEmployee: options.change !== undefined,
        createdByChange: options.change?.id ?? null,
        createdAt: now,
        updatedAt: now,
      })),
    )
    .onConflict((oc) =>
      oc
        .columns(['planId', 'kind', 'code', 'instance'])
        .where('supersededAt', 'is', null)
        .doNothing(),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

/** Updates one slot and bumps its version (inside the caller's transaction). */
export async function updateSlot(
  trx: Db,
  slot: SlotRow,
  patch: Omit<Updateable<DB['evidenceSlots']>, 'id' | 'version'>,
): Promise<void> {
  await trx
    .updateTable('evidenceSlots')
    .set({ ...patch, version: slot.version + 1 })
    .where('id', '=', slot.id)
    .execute();
}
