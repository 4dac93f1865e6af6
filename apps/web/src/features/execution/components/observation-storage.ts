import { observationRatingSchema, z } from '@kinerja/contract';
import { readKept, removeKept, writeKept } from '../../../lib/offline/device-store';

// A half-filled observation is kept on the device (IndexedDB, lib/offline/device-store) until the server confirms it, so a reload, a
// dead battery or a lost connection in the classroom never loses a rating (issue #5 item 4).

const PREFIX = 'kinerja.observation.';

const entrySchema = z.object({ rating: observationRatingSchema.nullable(), note: z.string() });

/** One behaviour's rating and note. */
export type ObservationEntry = z.infer<typeof entrySchema>;

const backupSchema = z.object({
  planId: z.string(),
  /** The cycle version the changes were made on. */
  version: z.number().int(),
  /** Per behaviour: the server's value when first changed here (`base`) and the value typed. */
  items: z.record(z.string(), z.object({ base: entrySchema, local: entrySchema })),
  generalNote: z.object({ base: z.string(), local: z.string() }).nullable(),
  storedAt: z.string(),
});

/** Unconfirmed observation changes kept on this device. */
export type ObservationBackup = z.infer<typeof backupSchema>;

/** Keeps the unconfirmed changes of a cycle's observation (replacing the previous copy). */
export function storeObservationBackup(backup: Omit<ObservationBackup, 'storedAt'>): void {
  writeKept(
    PREFIX + backup.planId,
    JSON.stringify({ ...backup, storedAt: new Date().toISOString() }),
  );
}

/** The unconfirmed changes kept on this device for a plan's observation, or null. */
export function readObservationBackup(planId: string): ObservationBackup | null {
  try {
    const raw = readKept(PREFIX + planId);
    if (!raw) return null;
    const parsed = backupSchema.safeParse(JSON.parse(raw));
    return parsed.success && parsed.data.planId === planId ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Forgets the kept copy (everything confirmed, or the observation is finished). */
export function clearObservationBackup(planId: string): void {
  removeKept(PREFIX + planId);
}
