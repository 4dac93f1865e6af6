import type { WrittenDocument } from '@kinerja/contract';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isOffline } from '../../../lib/offline/use-online';
import { documentConflictCopy } from '../api/execution-api';
import { clearDocumentCopy, keepDocumentCopy, readDocumentCopy } from './document-device-copy';
import { isRetryable } from './retryable';
import type { SaveStateValue } from './save-state';
import { useLeaveWarning } from './use-leave-warning';

/** Pause after the last change before the draft is saved, and the wait before a retry. */
export const documentTimings = { debounceMs: 2000, retryMs: 5000 };

type Options<V> = {
  doc: WrittenDocument;
  valueOf: (doc: WrittenDocument) => V;
  same: (a: V, b: V) => boolean;
  save: (doc: WrittenDocument, value: V) => Promise<WrittenDocument>;
  /** Hears about every newer server copy (saved, or another device's after a conflict). */
  onDocument: (doc: WrittenDocument) => void;
  /** Checks a value kept on the device (issue 17); null when it is not one. */
  fromDevice: (raw: unknown) => V | null;
};

/** Typing kept on the device from an earlier visit: sent as is, or a choice when the server moved on. */
function restoredFromDevice<V>(
  doc: WrittenDocument,
  { valueOf, same, fromDevice }: Pick<Options<V>, 'valueOf' | 'same' | 'fromDevice'>,
): { value: V; state: SaveStateValue; version: number } | null {
  const copy = readDocumentCopy(doc, fromDevice);
  if (!copy) return null;
  if (doc.state === 'sent' || same(copy.value, valueOf(doc)) || copy.version > doc.version) {
    clearDocumentCopy(doc);
    return null;
  }
  const state: SaveStateValue =
    copy.version === doc.version ? { kind: 'pending' } : { kind: 'conflict' };
  return { value: copy.value, state, version: copy.version };
}

/**
 * The draft of one written document ("Simpan Draf", domain.md §3.6): saved by itself after a
 * pause, retried when the connection drops; when another device saved first, the text on screen
 * stays and the person chooses (save theirs over it, or take the newer copy).
 */
export function useDocumentDraft<V>({
  doc,
  valueOf,
  same,
  save,
  onDocument,
  fromDevice,
}: Options<V>) {
  const [restored] = useState(() => restoredFromDevice(doc, { valueOf, same, fromDevice }));
  const [value, setValueState] = useState<V>(() => restored?.value ?? valueOf(doc));
  const [server, setServer] = useState(doc);
  const [state, setState] = useState<SaveStateValue>(restored?.state ?? { kind: 'clean' });
  /** The version the kept typing was made on (kept through a conflict until the person chooses). */
  const typedOn = useRef(restored?.version ?? doc.version);
  /** A save failed for want of a connection since the last confirmed one (issue 17). */
  const waitedOffline = useRef(restored !== null);
  const valueRef = useRef(value);
  const serverRef = useRef(doc);
  const stateRef = useRef<SaveStateValue>(state);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<WrittenDocument | null> | null>(null);
  const options = useRef({ valueOf, same, save, onDocument });
  options.current = { valueOf, same, save, onDocument };

  const changeState = (next: SaveStateValue) => {
    stateRef.current = next;
    setState(next);
  };
  const takeServer = (next: WrittenDocument) => {
    serverRef.current = next;
    setServer(next);
    options.current.onDocument(next);
  };
  const isDirtyNow = () => {
    const { same: eq, valueOf: of } = options.current;
    return !eq(valueRef.current, of(serverRef.current));
  };
  const keepOnDevice = () => {
    if (isDirtyNow()) keepDocumentCopy(serverRef.current, typedOn.current, valueRef.current);
    else clearDocumentCopy(serverRef.current);
  };
  const savedNow = (): SaveStateValue => {
    const fromDevice = waitedOffline.current;
    waitedOffline.current = false;
    return { kind: 'saved', at: new Date(), ...(fromDevice ? { fromDevice } : {}) };
  };
  const clearTimer = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  };

  const saveOnce = useCallback(async (): Promise<WrittenDocument | null> => {
    if (!isDirtyNow()) {
      if (stateRef.current.kind === 'pending') changeState({ kind: 'clean' });
      return serverRef.current;
    }
    const sent = valueRef.current;
    changeState({ kind: 'saving' });
    try {
      const saved = await options.current.save(serverRef.current, sent);
      takeServer(saved);
      typedOn.current = saved.version;
      keepOnDevice();
      changeState(isDirtyNow() ? { kind: 'pending' } : savedNow());
      return saved;
    } catch (error) {
      const current = documentConflictCopy(error);
      if (current) {
        takeServer(current);
        if (!isDirtyNow()) typedOn.current = current.version;
        keepOnDevice();
        changeState(isDirtyNow() ? { kind: 'conflict' } : savedNow());
        return isDirtyNow() ? null : current;
      }
      if (isRetryable(error)) {
        if (isOffline(error)) waitedOffline.current = true;
        changeState({ kind: 'retrying', error });
        clearTimer();
        timer.current = setTimeout(() => void saveNowRef.current(), documentTimings.retryMs);
      } else {
        changeState({ kind: 'failed', error });
      }
      return null;
    }
  }, []);

  /** Saves what is on screen now; the saved copy, or null when it could not be saved. */
  const saveNow = useCallback(async (): Promise<WrittenDocument | null> => {
    clearTimer();
    if (inFlight.current) await inFlight.current;
    if (stateRef.current.kind === 'conflict') return null;
    const run = saveOnce().finally(() => {
      inFlight.current = null;
    });
    inFlight.current = run;
    const saved = await run;
    // Typing during the flight: save that too before answering.
    if (saved && isDirtyNow() && stateRef.current.kind === 'pending') return saveNow();
    return saved;
  }, [saveOnce]);
  const saveNowRef = useRef(saveNow);
  saveNowRef.current = saveNow;

  const setValue = useCallback((next: V) => {
    valueRef.current = next;
    setValueState(next);
    const kind = stateRef.current.kind;
    keepOnDevice();
    if (kind === 'conflict') return;
    if (kind !== 'saving') changeState({ kind: 'pending' });
    clearTimer();
    timer.current = setTimeout(() => void saveNowRef.current(), documentTimings.debounceMs);
  }, []);

  /** "Simpan Draf" after a conflict: the text on screen replaces the other device's. */
  const keepMine = useCallback(() => {
    typedOn.current = serverRef.current.version;
    changeState({ kind: 'pending' });
    return saveNowRef.current();
  }, []);

  /** Shows the newer copy saved on another device and forgets the text typed here. */
  const takeTheirs = useCallback(() => {
    clearTimer();
    const next = options.current.valueOf(serverRef.current);
    valueRef.current = next;
    setValueState(next);
    typedOn.current = serverRef.current.version;
    clearDocumentCopy(serverRef.current);
    changeState({ kind: 'clean' });
  }, []);

  // Typing put back from the device goes out at once; back online, a waiting save goes too.
  useEffect(() => {
    if (stateRef.current.kind === 'pending') void saveNowRef.current();
    const onOnline = () => {
      if (stateRef.current.kind === 'retrying') void saveNowRef.current();
    };
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, []);

  // Leaving the editor: one last save of what is typed.
  useEffect(
    () => () => {
      if (timer.current !== null && stateRef.current.kind !== 'conflict') {
        clearTimer();
        void saveNowRef.current();
      }
    },
    [],
  );

  const isDirty = !same(value, valueOf(server));
  useLeaveWarning(isDirty || state.kind === 'saving');

  return { value, setValue, server, state, isDirty, saveNow, keepMine, takeTheirs };
}
