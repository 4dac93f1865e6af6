import { useCallback, useEffect, useState } from 'react';

/** A dashboard load: the last data (kept while the next document loads), the error, in flight. */
export type DashboardLoad<T> = { data: T | null; error: unknown; isLoading: boolean };

/**
 * Loads a dashboard whenever `key` (the address with its query) changes, and again on `retry`.
 * The previous data stays on screen while another document loads, so the select keeps its focus.
 */
export function useDashboardLoad<T>(
  key: string,
  load: () => Promise<T>,
): DashboardLoad<T> & { retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<DashboardLoad<T>>({
    data: null,
    error: null,
    isLoading: true,
  });
  useEffect(() => {
    let isCurrent = true;
    setState((previous) => ({ data: previous.data, error: null, isLoading: true }));
    load().then(
      (data) => isCurrent && setState({ data, error: null, isLoading: false }),
      (error: unknown) => isCurrent && setState({ data: null, error, isLoading: false }),
    );
    return () => {
      isCurrent = false;
    };
    // `load` is rebuilt on every render; the key names everything it depends on.
  }, [key, attempt]);
  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  return { ...state, retry };
}
