/**
 * Invalidation of the in-process caches of what an administrator edits rarely (issue 15): periods
 * today. An edit calls `invalidateCache`; every cache of that topic in this process forgets at once,
 * and the relay, when one is set, tells the other instances.
 *
 * On PostgreSQL the server sets the relay of lib/postgres-invalidation-relay.ts (issue 16 item 1):
 * `NOTIFY kinerja_cache` to publish, `LISTEN kinerja_cache` to receive, which calls
 * `receiveInvalidation(topic)` — it forgets locally without publishing again. PGlite is one process:
 * no relay. Time-limited caches (periods: 30 s) still bound how stale an instance can be while its
 * listening connection is down.
 *
 * Rule sets and catalogues need no topic: rule sets are registered at start and never edited at
 * run time, and the catalogue cache holds only numbered pins, which never change (load-catalogues).
 */
export type CacheTopic = 'periods';

/** Every topic, for an instance that may have missed invalidations (its listener reconnected). */
export const CACHE_TOPICS: readonly CacheTopic[] = ['periods'];

type Listener = (topic: CacheTopic) => void;

const listeners = new Set<Listener>();
let relay: ((topic: CacheTopic) => Promise<void>) | undefined;

/** Subscribes a cache to its topic's invalidations; returns the unsubscribe function. */
export function onCacheInvalidated(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * An edit changed the topic: forget it here and tell the other instances through the relay. Call
 * it after the commit; it resolves once the relay has published, so the edit's answer leaves after.
 */
export async function invalidateCache(topic: CacheTopic): Promise<void> {
  receiveInvalidation(topic);
  await relay?.(topic);
}

/** Another instance changed the topic (delivered by the relay): forget it here only. */
export function receiveInvalidation(topic: CacheTopic): void {
  for (const listener of listeners) listener(topic);
}

/** Sets (or clears) the relay that publishes invalidations to the other instances. */
export function setInvalidationRelay(
  next: ((topic: CacheTopic) => Promise<void>) | undefined,
): void {
  relay = next;
}
