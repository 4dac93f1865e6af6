import { useEffect, useState } from 'react';

// What the review page hands back to its list: the success sentence ("Perencanaan Kinerja …
// disetujui."), shown once, and the list's address with its filter. Module variables, because
// the router keeps no navigation state.

let pending: string | null = null;

/** Remembers a sentence for the next list page to show. */
export function setReviewFlash(message: string): void {
  pending = message;
}

/** The sentence left for this list page, read once on mount and then forgotten. */
export function useReviewFlash(): [string | null, (message: string | null) => void] {
  const [message, setMessage] = useState<string | null>(() => pending);
  useEffect(() => {
    pending = null;
  }, []);
  return [message, setMessage];
}

let lastList: string | null = null;

/** Remembers the list address with its filter, so "Kembali ke daftar" returns to the same view. */
export function rememberListPath(path: string): void {
  lastList = path;
}

/** The remembered list address when it belongs to `base` (the active role's list), else `base`. */
export function listPathOr(base: string): string {
  if (!lastList) return base;
  const path = lastList.split('?')[0];
  return path === base ? lastList : base;
}
