import type { Plan, PlanTab } from '@kinerja/contract';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { savePlanDraft } from '../../../lib/plans/plans-api';
import { DraftSync, type DraftSnapshot } from './draft-sync';

/** The draft engine of one plan for the editor, with its browser hooks (leave warning, online). */
export function useDraftSync(plan: Plan, initialTab: PlanTab): [DraftSync, DraftSnapshot] {
  const [sync] = useState(
    () =>
      new DraftSync(plan, initialTab, {
        save: (base, content, tab, key) => savePlanDraft(base, content, tab, key),
      }),
  );
  const snapshot = useSyncExternalStore(sync.subscribe, sync.getSnapshot);

  useEffect(() => {
    sync.start();
    const onOnline = () => {
      const kind = sync.getSnapshot().status.kind;
      if (kind === 'retrying') void sync.retryNow();
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
      // Leaving the page inside the app: one last save; unsaved typing also stays on the device.
      const last = sync.getSnapshot();
      if (last.hasUnsavedChanges && last.status.kind !== 'conflict') {
        void sync.flush().finally(() => sync.stop());
      } else {
        sync.stop();
      }
    };
  }, [sync]);

  // Warn before closing or reloading with typing the server has not confirmed yet.
  const hasUnsaved = snapshot.hasUnsavedChanges;
  useEffect(() => {
    if (!hasUnsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [hasUnsaved]);

  return [sync, snapshot];
}
