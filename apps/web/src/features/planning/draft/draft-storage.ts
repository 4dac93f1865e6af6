import {
  planContentSchema,
  planTabSchema,
  z,
  type PlanContent,
  type PlanTab,
} from '@kinerja/contract';

// Unsaved typing is kept on the device, keyed by plan id and the version it was typed on, so a
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

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function keysOfPlan(store: Storage, planId: string): string[] {
  const keys: string[] = [];
  for (let index = 0; index < store.length; index += 1) {
    const key = store.key(index);
    if (key?.startsWith(`${PREFIX}${planId}.`)) keys.push(key);
  }
  return keys;
}

/** Keeps the unsaved draft typed on `version`; older copies of the same plan are dropped. */
export function storeDraft(draft: {
  planId: string;
  version: number;
  content: PlanContent;
  tab: PlanTab | null;
}): void {
  const store = storage();
  if (!store) return;
  const key = keyOf(draft.planId, draft.version);
  try {
    for (const other of keysOfPlan(store, draft.planId)) if (other !== key) store.removeItem(other);
    store.setItem(key, JSON.stringify({ ...draft, storedAt: new Date().toISOString() }));
  } catch {
    // A full or refused storage must not stop the typing; the server save still runs.
  }
}

/** The newest unsaved draft of a plan kept on this device, or null. */
export function readStoredDraft(planId: string): StoredDraft | null {
  const store = storage();
  if (!store) return null;
  let newest: StoredDraft | null = null;
  for (const key of keysOfPlan(store, planId)) {
    try {
      const parsed = storedDraftSchema.safeParse(JSON.parse(store.getItem(key) ?? ''));
      if (parsed.success && (!newest || parsed.data.version > newest.version)) {
        newest = parsed.data;
      }
    } catch {
      store.removeItem(key);
    }
  }
  return newest;
}

/** Forgets every unsaved copy of a plan (saved, submitted, or thrown away by the person). */
export function clearStoredDrafts(planId: string): void {
  const store = storage();
  if (!store) return;
  for (const key of keysOfPlan(store, planId)) store.removeItem(key);
}
