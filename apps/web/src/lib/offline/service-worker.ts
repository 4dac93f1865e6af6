// Registration of the offline service worker (issue 17; the worker itself is written by
// apps/web/build/service-worker-source.ts). A new release installs in the background and waits;
// the app announces it and switches only when the person asks, by reloading the whole page.

/** True when this build can run the worker: a production build in a browser that has them. */
export function canUseServiceWorker(): boolean {
  return import.meta.env.PROD && typeof navigator !== 'undefined' && 'serviceWorker' in navigator;
}

/** Registers /sw.js; `onWaiting` hears of a new release that is fully installed and waiting. */
export async function registerServiceWorker(
  onWaiting: (worker: ServiceWorker) => void,
): Promise<void> {
  if (!canUseServiceWorker()) return;
  const registration = await navigator.serviceWorker.register('/sw.js', {
    scope: '/',
    updateViaCache: 'none',
  });
  // A first install has no page to update: only a worker replacing another is announced.
  const announce = (worker: ServiceWorker | null) => {
    if (worker && navigator.serviceWorker.controller) onWaiting(worker);
  };
  announce(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') announce(installing);
    });
  });
  // A phone keeps the app open for days: look for a release whenever it comes back to the front.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void registration.update().catch(() => undefined);
  });
}

/** Switches to the waiting release and reloads the page once it controls it. */
export function applyWaitingRelease(worker: ServiceWorker): void {
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
    once: true,
  });
  worker.postMessage('kinerja:activate');
}
