import {
  planContentSchema,
  planTabSchema,
  z,
  type PlanContent,
  type PlanTab,
} from '@kinerja/contract';
import { keptKeys, readKept, removeKept, writeKept } from '../../../lib/offline/device-store';

// Unsaved typing is kept on the device (IndexedDB, lib/offline/device-store), keyed by plan id and the version it was typed on, so a
// reload, a crash or a dead battery never loses it (issue #4 item 1, "nothing typed is ever lost").

const PREFIX = 'kinerja.planDraft.';

const storedDraftSchema = z.object({
  planId: z.string(),
  version: z.number().int(),
  content: planContentSchema,
  tab: planTabSchema.nullable(),
  storedAt: z.string(),
});

/** A draft kept on this device that the server has not confirmed yet. */
export type StoredDraft = z.infer<typeof storedDraftSchema>;

const keyOf = (planId: string, version: number) => `${PREFIX}${planId}.${version}`;

/** Keeps the unsaved draft typed on `version`; older copies of the same plan are dropped. */
export function storeDraft(draft: {
  planId: string;
  version: number;
  content: PlanContent;
  tab: PlanTab | null;
}): void {
  const key = keyOf(draft.planId, draft.version);
  for (const other of keptKeys(`${PREFIX}${draft.planId}.`)) if (other !== key) removeKept(other);
  writeKept(key, JSON.stringify({ ...draft, storedAt: new Date().toISOString() }));
}

/** The newest unsaved draft of a plan kept on this device, or null. */
export function readStoredDraft(planId: string): StoredDraft | null {
  let newest: StoredDraft | null = null;
  for (const key of keptKeys(`${PREFIX}${planId}.`)) {
    try {
      const parsed = storedDraftSchema.safeParse(JSON.parse(readKept(key) ?? ''));
      if (parsed.success && (!newest || parsed.data.version > newest.version)) {
        newest = parsed.data;
      }
    } catch {
      removeKept(key);
    }
  }
  return newest;
}

/** Forgets every unsaved copy of a plan (saved, submitted, or thrown away by the person). */
export function clearStoredDrafts(planId: string): void {
  for (const key of keptKeys(`${PREFIX}${planId}.`)) removeKept(key);
}
