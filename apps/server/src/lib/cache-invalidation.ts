/**
 * Invalidation of the in-process caches of what an administrator edits rarely (issue 15): periods
 * today. An edit calls `invalidateCache`; every cache of that topic in this process forgets at once,
 * and the relay, when one is set, tells the other instances.
 *
 * Multi-node hook point (kept small on purpose): a relay publishes the topic — e.g. PostgreSQL
 * `NOTIFY kinerja_cache, '<topic>'` on a dedicated connection — and, for what the other instances
 * publish (`LISTEN kinerja_cache`), calls `receiveInvalidation(topic)`, which forgets locally without
 * publishing again. Without a relay each instance still forgets on its own edits, and time-limited
 * caches (periods: 30 s) bound how stale another instance can be.
 */
export type CacheTopic = 'periods';

type Listener = (topic: CacheTopic) => void;

const listeners = new Set<Listener>();
let relay: ((topic: CacheTopic) => void) | undefined;

/** Subscribes a cache to its topic's invalidations; returns the unsubscribe function. */
export function onCacheInvalidated(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** An edit changed the topic: forget it here and tell the other instances through the relay. */
export function invalidateCache(topic: CacheTopic): void {
  receiveInvalidation(topic);
  relay?.(topic);
}

/** Another instance changed the topic (delivered by the relay): forget it here only. */
export function receiveInvalidation(topic: CacheTopic): void {
  for (const listener of listeners) listener(topic);
}

/** Sets (or clears) the relay that publishes invalidations to the other instances. */
export function setInvalidationRelay(next: ((topic: CacheTopic) => void) | undefined): void {
  relay = next;
}
