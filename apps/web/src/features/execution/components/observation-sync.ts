import type {
  ObservationRatingDto,
  PracticeCycle,
  SaveObservationRequest,
} from '@kinerja/contract';
import { isOffline } from '../../../lib/offline/use-online';
import { practiceConflictCopy } from '../api/practice-api';
import { isRetryable } from './retryable';
import {
  clearObservationBackup,
  readObservationBackup,
  storeObservationBackup,
  type ObservationEntry,
} from './observation-storage';

// Autosave of the Observasi Kinerja (step B, issue #5 item 4): every rating and note is kept on
// the device at once and PATCHed after a short pause with only the behaviours changed, so two
// devices rating different behaviours both keep theirs. Failures are retried with backoff; a
// behaviour changed on another device never overwrites, or is overwritten by, the ratings typed
// here without the observer choosing.

/** Where the observation stands against the server. */
export type ObservationStatus =
  | { kind: 'clean' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  /** `fromDevice`: the save carried ratings that waited on the device for a connection. */
  | { kind: 'saved'; at: Date; fromDevice?: boolean }
  | { kind: 'retrying'; attempt: number; error: unknown }
  | { kind: 'failed'; error: unknown }
  | { kind: 'conflict' };

/** A behaviour rated differently here and on another device since this device last read it. */
export type ObservationConflict = {
  code: string;
  text: string;
  mine: ObservationEntry;
  theirs: ObservationEntry;
};

/** What the observation form renders. */
export type ObservationSnapshot = {
  /** The last server copy. */
  cycle: PracticeCycle;
  /** What is on screen per behaviour: the server's value or the change made here. */
  entries: Readonly<Record<string, ObservationEntry>>;
  generalNote: string;
  status: ObservationStatus;
  conflicts: readonly ObservationConflict[];
  /** Rated behaviours on screen, of all. */
  rated: number;
  total: number;
  /** True while something changed here is not confirmed by the server. */
  hasUnsavedChanges: boolean;
  /** Changes kept on this device from an earlier visit were put back. */
  wasRestored: boolean;
};

/** The I/O the engine needs; tests and the app pass their own. */
export type ObservationSyncDeps = {
  save: (
    cycle: PracticeCycle,
    patch: Omit<SaveObservationRequest, 'version'>,
  ) => Promise<PracticeCycle>;
  now?: () => Date;
};

/** Pauses before saving (a tap on a rating, typing a note) and the waits between retries. */
export const observationTimings = {
  ratingDelayMs: 250,
  typingDelayMs: 1000,
  retryDelaysMs: [1000, 2000, 4000, 8000, 15000, 30000],
};

/** How the engine waits (the browser's timers); tests may put their own in place. */
export const observationScheduler = {
  setTimer: (run: () => void, ms: number): unknown => setTimeout(run, ms),
  clearTimer: (timer: unknown): void => clearTimeout(timer as ReturnType<typeof setTimeout>),
};

type Change<T> = { base: T; local: T };

const sameEntry = (a: ObservationEntry, b: ObservationEntry) =>
  a.rating === b.rating && a.note === b.note;

/** A behaviour's value in a server copy. */
function serverEntry(cycle: PracticeCycle, code: string): ObservationEntry {
  const item = cycle.observation.ratings.find((entry) => entry.code === code);
  return { rating: item?.rating ?? null, note: item?.note ?? '' };
}

/** The observation engine of one cycle; React reads it with useSyncExternalStore. */
export class ObservationSync {
  private cycle: PracticeCycle;
  private readonly items = new Map<string, Change<ObservationEntry>>();
  private note: Change<string> | null = null;
  /** Values sent whose answer never came: finding one on the server means it was our own write. */
  private readonly unanswered = new Map<string, ObservationEntry[]>();
  private unansweredNote: string[] = [];
  private status: ObservationStatus = { kind: 'clean' };
  private conflicts: ObservationConflict[] = [];
  private wasRestored = false;
  private snapshot: ObservationSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly deps: Required<ObservationSyncDeps>;
  private timer: unknown = null;
  private inFlight: Promise<void> | null = null;
  private attempt = 0;
  private isStopped = false;
  /** A save failed for want of a connection since the last confirmed save (issue 17). */
  private waitedOffline = false;

  constructor(cycle: PracticeCycle, deps: ObservationSyncDeps) {
    this.deps = { now: () => new Date(), ...deps };
    this.cycle = cycle;
    this.restoreBackup();
    this.snapshot = this.build();
  }

  /** Subscribes a listener (useSyncExternalStore). */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The current snapshot (a new object after every change). */
  getSnapshot = (): ObservationSnapshot => this.snapshot;

  private get hasChanges(): boolean {
    return this.items.size > 0 || this.note !== null;
  }

  private build(): ObservationSnapshot {
    const entries: Record<string, ObservationEntry> = {};
    for (const item of this.cycle.observation.ratings) {
      entries[item.code] = this.items.get(item.code)?.local ?? serverEntry(this.cycle, item.code);
    }
    const rated = Object.values(entries).filter((entry) => entry.rating !== null).length;
    const busy = !['clean', 'saved'].includes(this.status.kind);
    return {
      cycle: this.cycle,
      entries,
      generalNote: this.note?.local ?? this.cycle.observation.generalNote,
      status: this.status,
      conflicts: this.conflicts,
      rated,
      total: this.cycle.observation.ratings.length,
      hasUnsavedChanges: this.hasChanges || busy,
      wasRestored: this.wasRestored,
    };
  }

  private emit(): void {
    this.snapshot = this.build();
    this.listeners.forEach((listener) => listener());
  }

  private setStatus(status: ObservationStatus): void {
    this.status = status;
    this.emit();
  }

  /** Puts back changes kept on this device that the server never confirmed. */
  private restoreBackup(): void {
    const planId = this.cycle.planId;
    const backup = readObservationBackup(planId);
    if (!backup) return;
    if (this.cycle.state !== 'observation') {
      // The observation is finished: nothing can be put back any more.
      clearObservationBackup(planId);
      return;
    }
    // Not recordable now (e.g. outside the window): keep the copy for later.
    if (!this.cycle.abilities.canRecordObservation) return;
    const codes = new Set(this.cycle.observation.ratings.map((item) => item.code));
    for (const [code, change] of Object.entries(backup.items)) {
      if (codes.has(code)) this.items.set(code, change);
    }
    this.note = backup.generalNote;
    this.reconcile();
    this.wasRestored = this.hasChanges;
    if (this.conflicts.length > 0) this.status = { kind: 'conflict' };
    else if (this.hasChanges) this.status = { kind: 'pending' };
    this.keepOnDevice();
  }

  private keepOnDevice(): void {
    const planId = this.cycle.planId;
    if (!this.hasChanges) {
      clearObservationBackup(planId);
      return;
    }
    storeObservationBackup({
      planId,
      version: this.cycle.version,
      items: Object.fromEntries(this.items),
      generalNote: this.note,
    });
  }

  /**
   * Compares the changes made here with a newer server copy: confirmed ones are dropped, ones the
   * server still has at their old value stay to be sent, and ones changed elsewhere to another
   * value become conflicts (our own unanswered writes count as ours).
   */
  private reconcile(): void {
    const conflicts: ObservationConflict[] = [];
    for (const [code, change] of [...this.items]) {
      const theirs = serverEntry(this.cycle, code);
      const ours = this.unanswered.get(code) ?? [];
      if (sameEntry(theirs, change.local)) {
        this.items.delete(code);
      } else if (sameEntry(theirs, change.base) || ours.some((sent) => sameEntry(sent, theirs))) {
        this.items.set(code, { base: theirs, local: change.local });
      } else {
        const text =
          this.cycle.observation.ratings.find((item) => item.code === code)?.text ?? code;
        conflicts.push({ code, text, mine: change.local, theirs });
      }
    }
    if (this.note) {
      const theirs = this.cycle.observation.generalNote;
      // A general note changed on both devices keeps the text on this screen (free text the
      // observer sees while typing), so no choice is asked for it.
      this.note = theirs === this.note.local ? null : { base: theirs, local: this.note.local };
    }
    this.unanswered.clear();
    this.unansweredNote = [];
    this.conflicts = conflicts;
  }

  private clearTimer(): void {
    if (this.timer !== null) observationScheduler.clearTimer(this.timer);
    this.timer = null;
  }

  private schedule(ms: number): void {
    this.clearTimer();
    if (this.isStopped) return;
    this.timer = observationScheduler.setTimer(() => {
      this.timer = null;
      void this.saveNow();
    }, ms);
  }

  private changed(delayMs: number): void {
    this.keepOnDevice();
    if (this.status.kind === 'conflict' || this.status.kind === 'retrying') {
      this.emit();
      return;
    }
    if (this.status.kind !== 'saving') this.status = { kind: 'pending' };
    this.emit();
    this.schedule(delayMs);
  }

  private changeItem(code: string, change: (entry: ObservationEntry) => ObservationEntry): void {
    const existing = this.items.get(code);
    const base = existing?.base ?? serverEntry(this.cycle, code);
    const local = change(existing?.local ?? base);
    if (sameEntry(local, base) && !this.unanswered.has(code)) this.items.delete(code);
    else this.items.set(code, { base, local });
  }

  /** Rates one behaviour (Belum Dilakukan / Dilakukan tapi Belum Efektif / Dilakukan dan Efektif). */
  rate(code: string, rating: ObservationRatingDto | null): void {
    this.changeItem(code, (entry) => ({ ...entry, rating }));
    this.changed(observationTimings.ratingDelayMs);
  }

  /** Types the note of one behaviour. */
  setNote(code: string, note: string): void {
    this.changeItem(code, (entry) => ({ ...entry, note }));
    this.changed(observationTimings.typingDelayMs);
  }

  /** Types the general note of the observation. */
  setGeneralNote(text: string): void {
    const base = this.note?.base ?? this.cycle.observation.generalNote;
    this.note = text === base && this.unansweredNote.length === 0 ? null : { base, local: text };
    this.changed(observationTimings.typingDelayMs);
  }

  /** Saves now (before "Selesai observasi", on leaving); true when the server has everything. */
  async flush(): Promise<boolean> {
    this.clearTimer();
    for (let round = 0; round < 3; round += 1) {
      if (this.inFlight) await this.inFlight;
      if (this.status.kind === 'conflict') return false;
      if (!this.hasChanges) return true;
      await this.saveNow();
      const kind = this.statusKind();
      if (kind === 'retrying' || kind === 'failed' || kind === 'conflict') return false;
    }
    return !this.hasChanges;
  }

  private statusKind(): ObservationStatus['kind'] {
    return this.status.kind;
  }

  private saveNow(): Promise<void> {
    if (this.inFlight) return this.inFlight;
    if (this.isStopped || this.status.kind === 'conflict') return Promise.resolve();
    this.inFlight = this.saveLoop().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  /** The changes to send, remembered as unanswered until the server's copy comes back. */
  private nextPatch(): Omit<SaveObservationRequest, 'version'> {
    const ratings: Record<string, ObservationEntry> = {};
    for (const [code, change] of this.items) {
      ratings[code] = change.local;
      this.unanswered.set(code, [...(this.unanswered.get(code) ?? []), change.local]);
    }
    const patch: Omit<SaveObservationRequest, 'version'> = { ratings };
    if (this.note) {
      patch.generalNote = this.note.local;
      this.unansweredNote.push(this.note.local);
    }
    return patch;
  }

  private async saveLoop(): Promise<void> {
    while (!this.isStopped && this.hasChanges) {
      const patch = this.nextPatch();
      this.setStatus({ kind: 'saving' });
      try {
        const saved = await this.deps.save(this.cycle, patch);
        this.attempt = 0;
        this.accept(saved);
        if (this.statusKind() === 'conflict') return;
      } catch (error) {
        if (!this.handleFailure(error)) return;
      }
      // New typing during the flight waits for its own pause unless someone is flushing.
      if (this.timer !== null) {
        if (this.status.kind === 'saving') this.setStatus({ kind: 'pending' });
        return;
      }
    }
    if (!this.isStopped && !this.hasChanges && this.status.kind === 'saving') {
      this.setStatus(this.savedStatus());
    }
  }

  /** Takes a newer server copy and keeps what is still unsaved here on top of it. */
  private accept(cycle: PracticeCycle): void {
    this.cycle = cycle;
    this.reconcile();
    this.keepOnDevice();
    if (this.conflicts.length > 0) this.status = { kind: 'conflict' };
    else if (!this.hasChanges) this.status = this.savedStatus();
    this.emit();
  }

  /** "Saved now", marked when the ratings had waited on the device for a connection. */
  private savedStatus(): ObservationStatus {
    const fromDevice = this.waitedOffline;
    this.waitedOffline = false;
    return { kind: 'saved', at: this.deps.now(), ...(fromDevice ? { fromDevice } : {}) };
  }

  /** Decides what a failed save means; true to keep the save loop going. */
  private handleFailure(error: unknown): boolean {
    const server = practiceConflictCopy(error);
    if (server) {
      this.accept(server);
      // Nothing changed elsewhere that we also changed: send ours again on the new version.
      return this.status.kind !== 'conflict';
    }
    if (isRetryable(error)) {
      if (isOffline(error)) this.waitedOffline = true;
      const delays = observationTimings.retryDelaysMs;
      const delay = delays[Math.min(this.attempt, delays.length - 1)] ?? 30000;
      this.attempt += 1;
      this.setStatus({ kind: 'retrying', attempt: this.attempt, error });
      this.schedule(delay);
      return false;
    }
    this.setStatus({ kind: 'failed', error });
    return false;
  }

  /** "Coba lagi": retries a waiting or failed save at once (also when the browser is back online). */
  retryNow(): Promise<boolean> {
    if (this.status.kind === 'retrying' || this.status.kind === 'failed') {
      this.clearTimer();
      this.setStatus({ kind: 'pending' });
    }
    return this.flush();
  }

  /** "Pakai penilaian saya": the ratings typed here replace the other device's, and are saved. */
  keepMine(): Promise<boolean> {
    if (this.status.kind !== 'conflict') return Promise.resolve(false);
    for (const conflict of this.conflicts) {
      this.items.set(conflict.code, { base: conflict.theirs, local: conflict.mine });
    }
    this.conflicts = [];
    this.status = { kind: 'pending' };
    this.keepOnDevice();
    this.emit();
    return this.flush();
  }

  /** "Pakai penilaian perangkat lain": drops the conflicting changes made here, saves the rest. */
  takeTheirs(): Promise<boolean> {
    if (this.status.kind !== 'conflict') return Promise.resolve(false);
    for (const conflict of this.conflicts) this.items.delete(conflict.code);
    this.conflicts = [];
    this.status = this.hasChanges ? { kind: 'pending' } : this.savedStatus();
    this.keepOnDevice();
    this.emit();
    return this.flush();
  }

  /** Starts over from a server copy (after "Selesai observasi" or a reload); keeps nothing typed. */
  replaceCycle(cycle: PracticeCycle): void {
    this.clearTimer();
    this.items.clear();
    this.note = null;
    this.unanswered.clear();
    this.unansweredNote = [];
    this.conflicts = [];
    this.attempt = 0;
    this.cycle = cycle;
    clearObservationBackup(cycle.planId);
    this.status = { kind: 'clean' };
    this.emit();
  }

  /** Resumes timers after mount (React may mount twice in development). */
  start(): void {
    this.isStopped = false;
    const kind = this.status.kind;
    if (this.hasChanges && (kind === 'pending' || kind === 'retrying')) this.schedule(0);
  }

  /** Stops timers on unmount; unsaved ratings stay on the device. */
  stop(): void {
    this.isStopped = true;
    this.clearTimer();
  }

  /** Leaving the page: stops, and sends what is unsaved once more (the device keeps a copy). */
  leave(): void {
    this.stop();
    if (!this.hasChanges || this.status.kind === 'conflict' || this.inFlight) return;
    void this.deps.save(this.cycle, this.nextPatch()).then(
      (saved) => this.accept(saved),
      () => undefined,
    );
  }
}
