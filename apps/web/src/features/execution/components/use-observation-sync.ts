import type { PracticeCycle } from '@kinerja/contract';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { saveObservation } from '../api/practice-api';
import { ObservationSync, type ObservationSnapshot } from './observation-sync';
import { useLeaveWarning } from './use-leave-warning';

/** The observation engine of one cycle with its browser hooks (online again, app hidden, leaving). */
export function useObservationSync(cycle: PracticeCycle): [ObservationSync, ObservationSnapshot] {
  const [sync] = useState(
    () => new ObservationSync(cycle, { save: (base, patch) => saveObservation(base, patch) }),
  );
  const snapshot = useSyncExternalStore(sync.subscribe, sync.getSnapshot);

  useEffect(() => {
    sync.start();
    const onOnline = () => {
      if (sync.getSnapshot().status.kind === 'retrying') void sync.retryNow();
    };
    // A phone switching apps may never come back: save what is there right away.
    const onHidden = () => {
      if (document.visibilityState === 'hidden' && sync.getSnapshot().hasUnsavedChanges) {
        void sync.flush();
      }
    };
    window.addEventListener('online', onOnline);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('online', onOnline);
      document.removeEventListener('visibilitychange', onHidden);
      sync.leave();
    };
  }, [sync]);

  useLeaveWarning(snapshot.hasUnsavedChanges);
  return [sync, snapshot];
}
