// The service worker's source (issue 17), written out by offline-app.ts with this release's file
// list. Kept as text: it runs in the worker's own global scope, which the app's DOM types do not
// describe; the browser tests (e2e/src/offline.test.ts) exercise it.
//
// Rules it follows:
// - The app shell of one release lives in its own cache, filled completely at install; pages are
//   served only from the cache of the worker that controls them, so a release is never mixed with
//   another ("never half-applied"). A new worker waits until the person taps "muat ulang".
// - Data (GET /api/…, JSON only) goes to the network first; its last answer is kept so a page
//   opens offline with what was last seen. Signing in or out empties that cache (a shared phone).
// - Everything else (writes, files, /api/docs) passes straight through, and so does where a
//   resumable upload stands (/api/uploads/…): a kept answer would send chunks at a stale offset.

/** The worker's JavaScript for a release `version` whose shell is `shell` (absolute paths). */
export function serviceWorkerSource(version: string, shell: string[]): string {
  return `'use strict';
const VERSION = ${JSON.stringify(version)};
const SHELL = ${JSON.stringify(['/', ...shell])};
const SHELL_CACHE = 'kinerja-shell-' + VERSION;
const DATA_CACHE = 'kinerja-data';

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL_CACHE).then((cache) => cache.addAll(SHELL)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith('kinerja-shell-') && key !== SHELL_CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'kinerja:activate') self.skipWaiting();
  if (event.data === 'kinerja:forget-data') event.waitUntil(caches.delete(DATA_CACHE));
});

async function fromShell(request) {
  const cache = await caches.open(SHELL_CACHE);
  const hit = await cache.match(request, { ignoreSearch: request.mode === 'navigate' });
  return hit || fetch(request);
}

async function networkFirst(request) {
  const cache = await caches.open(DATA_CACHE);
  try {
    const response = await fetch(request);
    const type = response.headers.get('content-type') || '';
    if (response.ok && type.startsWith('application/json')) {
      await cache.put(request, response.clone());
    }
    return response;
  } catch (error) {
    const hit = await cache.match(request);
    if (hit) return hit;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const isApi = url.pathname.startsWith('/api/');
  if (request.method !== 'GET') {
    if (url.pathname === '/api/auth/login' || url.pathname === '/api/auth/logout') {
      event.waitUntil(caches.delete(DATA_CACHE));
    }
    return;
  }
  if (request.mode === 'navigate' && !isApi) {
    event.respondWith(fromShell(new Request('/')));
    return;
  }
  if (isApi) {
    const live = url.pathname.startsWith('/api/docs') || url.pathname.startsWith('/api/uploads/');
    if (!live) event.respondWith(networkFirst(request));
    return;
  }
  if (SHELL.includes(url.pathname)) event.respondWith(fromShell(request));
});
`;
}
