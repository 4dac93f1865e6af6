import type { RosterImport } from '@kinerja/contract';
import { useEffect, useState } from 'react';
import { fetchRosterImport, isFinished } from '../api/roster-import-api';

const POLL_MS = 1000;

/** Polls GET /api/roster-imports/:id every second until it completes or fails. */
export function useImportPoll(id: string | null): { item: RosterImport | null; error: unknown } {
  const [item, setItem] = useState<RosterImport | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    setItem(null);
    setError(null);
    if (!id) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let isActive = true;
    const tick = async () => {
      try {
        const next = await fetchRosterImport(id);
        if (!isActive) return;
        setItem(next);
        if (!isFinished(next)) timer = setTimeout(() => void tick(), POLL_MS);
      } catch (caught) {
        if (isActive) setError(caught);
      }
    };
    void tick();
    return () => {
      isActive = false;
      clearTimeout(timer);
    };
  }, [id]);
  return { item, error };
}
