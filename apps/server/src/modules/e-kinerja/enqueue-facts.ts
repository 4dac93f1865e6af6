import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

/** The topics whose rows name their fact in `payload.factKey` (unique, migration 0021). */
export type FactTopic = 'plan.rhk_changed' | 'assessment.periodic';

/**
 * Writes one outbox row for a fact e-Kinerja must learn, inside the caller's transaction; a fact
 * already queued is left alone (unique `factKey`), so queuing is idempotent — docs/E-KINERJA.md.
 */
export async function enqueueFact(
  trx: Db,
  options: {
    topic: FactTopic;
    payload: { factKey: string; planId: string; label: string };
    now: Date;
  },
): Promise<boolean> {
  const { rows } = await sql<{ id: number }>`
    insert into outbox (topic, payload, created_at, available_at)
    values (${options.topic}, ${JSON.stringify(options.payload)}::jsonb, ${options.now}, ${options.now})
    on conflict do nothing
    returning id`.execute(trx);
  return rows.length > 0;
}

/** The idempotency key of the SKP as changed by one "Ubah Rencana Hasil Kerja". */
export const skpChangeKey = (planId: string, changeId: string) =>
  `kinerja:skp:${planId}:ubah:${changeId}`;

/**
 * Queues the changed SKP for e-Kinerja in the transaction of "Ubah Rencana Hasil Kerja": without
 * it e-Kinerja would keep the RHK of the first approval (issue 14 item 6; domain.md §3.4, §6.4).
 */
export async function enqueueSkpChange(
  trx: Db,
  options: {
    planId: string;
    periodId: string;
    employeeId: string;
    versionNumber: number;
    changeId: string;
    now: Date;
  },
): Promise<void> {
  const { now, ...rest } = options;
  const counted = await trx
    .selectFrom('rhkChanges')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('planId', '=', options.planId)
    .executeTakeFirstOrThrow();
  const label = `Perubahan ke-${Number(counted.count)} (Ubah Rencana Hasil Kerja)`;
  await enqueueFact(trx, {
    topic: 'plan.rhk_changed',
    payload: { ...rest, label, factKey: skpChangeKey(options.planId, options.changeId) },
    now,
  });
}
