import { cleanup, render } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { App } from '../app';

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
