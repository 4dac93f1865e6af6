import { useSyncExternalStore } from 'react';
import { ApiError, NETWORK_ERROR } from '../api/client';

// Whether the browser believes it has a connection. `navigator.onLine` false is reliable (no
// network at all); true only means "maybe", so a failed request still counts as offline.

function subscribe(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/** True while the browser has some connection. */
export function isOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine;
}

/** The connection state, re-rendering when it changes. */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, isOnline, () => true);
}

/** A failure for want of a connection (nothing reached the server): the typing waits on the device. */
export function isOffline(error: unknown): boolean {
  return error instanceof ApiError && (error.code === NETWORK_ERROR || error.status === 0);
}
