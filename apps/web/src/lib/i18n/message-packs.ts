import { messagesId } from './messages-id';

// Each area's Indonesian texts travel with its pages instead of with the first download
// (issue 15 item 5: ≤ 150 KB of script for the first route). English comes as one file (i18n.tsx).

/** The areas whose texts are downloaded on demand, each with its catalogue file. */
const loaders = {
  planning: () => import('./messages-planning').then((m) => m.planningMessagesId),
  review: () => import('./messages-review').then((m) => m.reviewMessagesId),
  notices: () => import('./messages-notices').then((m) => m.noticesMessagesId),
  execution: () => import('./messages-execution').then((m) => m.executionMessagesId),
  evidence: () => import('./messages-evidence').then((m) => m.evidenceMessagesId),
  assessment: () => import('./messages-assessment').then((m) => m.assessmentMessagesId),
  documentVersions: () =>
    import('./messages-document-versions').then((m) => m.documentVersionMessagesId),
  dashboard: () => import('./messages-dashboard').then((m) => m.dashboardMessagesId),
  periods: () => import('./messages-periods').then((m) => m.periodsMessagesId),
  catalogues: () => import('./messages-catalogues').then((m) => m.cataloguesMessagesId),
  journeys: () => import('./messages-journeys').then((m) => m.journeysMessagesId),
} satisfies Record<string, () => Promise<Record<string, string>>>;

/** An area whose Indonesian texts are downloaded with its pages. */
export type MessagePack = keyof typeof loaders;

/** The pack holding a key, by the key's first segment (`ruleChanges.*` lives with the periods). */
const packOfSegment: Record<string, MessagePack> = {
  planning: 'planning',
  review: 'review',
  notices: 'notices',
  execution: 'execution',
  evidence: 'evidence',
  assessment: 'assessment',
  documentVersions: 'documentVersions',
  dashboard: 'dashboard',
  periods: 'periods',
  ruleChanges: 'periods',
  catalogues: 'catalogues',
  journeys: 'journeys',
};

/** The Indonesian texts downloaded so far: the shared ones, then each pack as it arrives. */
export const indonesianMessages: Record<string, string> = { ...messagesId };

const downloads = new Map<MessagePack, Promise<void>>();
const listeners = new Set<() => void>();
let arrivals = 0;

function loadPack(pack: MessagePack): Promise<void> {
  let download = downloads.get(pack);
  if (!download) {
    download = loaders[pack]().then(
      (messages) => {
        Object.assign(indonesianMessages, messages);
        arrivals += 1;
        for (const listener of listeners) listener();
      },
      (error: unknown) => {
        // A failed download (offline, or a release replaced the file) is tried again on next use.
        downloads.delete(pack);
        throw error;
      },
    );
    downloads.set(pack, download);
  }
  return download;
}

/** Downloads the texts of these areas once; a page's loader waits for them (routes.tsx). */
export async function loadMessagePacks(packs: readonly MessagePack[]): Promise<void> {
  await Promise.all(packs.map(loadPack));
}

/** Every area's texts (tests render components without their page loaders). */
export function loadAllMessagePacks(): Promise<void> {
  return loadMessagePacks(Object.keys(loaders) as MessagePack[]);
}

/**
 * For a key whose area has not arrived (a page that did not name it): starts the download; the
 * provider re-renders when it is here. Returns whether a download could hold the key.
 */
export function requestPackOf(key: string): boolean {
  const pack = packOfSegment[key.slice(0, key.indexOf('.'))];
  if (pack) void loadPack(pack).catch(() => undefined);
  return pack !== undefined;
}

/** Calls `listener` whenever a pack has arrived; returns the unsubscribe. */
export function subscribeMessagePacks(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** How many packs have arrived: changes whenever texts were added. */
export function messagePackArrivals(): number {
  return arrivals;
}
