import { cleanup, render } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { App } from '../app';
import { preloadSignedInControls } from '../features/shell/components/app-shell';
import { preloadPlanSteps } from '../features/planning/components/plan-flow';
import { preloadPlanTabs } from '../features/planning/components/tab-panel';
import { loadAllMessagePacks } from '../lib/i18n/message-packs';
import { routes } from '../routes';

// The app loads pages, the signed-in header and the session's schemas on demand (routes.tsx,
// issue 15). A test loads them all first, as the eager imports did, so that its waits measure the
// page rather than the first compilation of a module on a busy machine.
await Promise.all([
  loadAllMessagePacks(),
  preloadPlanSteps(),
  preloadPlanTabs(),
  ...Object.values(routes).map((route) => route.page.preload()),
  preloadSignedInControls(),
  import('../lib/session/session-schemas'),
  import('../lib/session/register-rule-sets'),
  import('../features/auth/api/auth-schemas'),
]);

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.localStorage.clear();
});

/** Renders the whole SPA at `path`, as a browser opening that address would. */
export function renderAppAt(path: string) {
  window.history.replaceState(null, '', path);
  window.scrollTo = () => undefined;
  return render(<App />);
}
