import { observationRatingSchema, z } from '@kinerja/contract';

// A half-filled observation is kept on the device until the server confirms it, so a reload, a
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

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Keeps the unconfirmed changes of a cycle's observation (replacing the previous copy). */
export function storeObservationBackup(backup: Omit<ObservationBackup, 'storedAt'>): void {
  try {
    storage()?.setItem(
      PREFIX + backup.planId,
      JSON.stringify({ ...backup, storedAt: new Date().toISOString() }),
    );
  } catch {
    // A full or refused storage must not stop the rating; the server save still runs.
  }
}

/** The unconfirmed changes kept on this device for a plan's observation, or null. */
export function readObservationBackup(planId: string): ObservationBackup | null {
  const store = storage();
  if (!store) return null;
  try {
    const raw = store.getItem(PREFIX + planId);
    if (!raw) return null;
    const parsed = backupSchema.safeParse(JSON.parse(raw));
    return parsed.success && parsed.data.planId === planId ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Forgets the kept copy (everything confirmed, or the observation is finished). */
export function clearObservationBackup(planId: string): void {
  try {
    storage()?.removeItem(PREFIX + planId);
  } catch {
    // Nothing to do: the copy simply stays until the next successful save.
  }
}
