import { useSyncExternalStore } from 'react';

// Same breakpoint as the stylesheet's desktop layout (48rem).
const QUERY = '(min-width: 48rem)';

function subscribe(listener: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => undefined;
  const list = window.matchMedia(QUERY);
  list.addEventListener('change', listener);
  return () => list.removeEventListener('change', listener);
}

const snapshot = () => typeof window.matchMedia === 'function' && window.matchMedia(QUERY).matches;

/** True on desktop widths: lists become tables; phones (and no matchMedia) get cards. */
export function useWideScreen(): boolean {
  return useSyncExternalStore(subscribe, snapshot, () => false);
}
