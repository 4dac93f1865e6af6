import type { Plan, PlanContent, PlanTab } from '@kinerja/contract';
import { ApiError, NETWORK_ERROR } from '../../../lib/api/client';
import { isOffline } from '../../../lib/offline/use-online';
import { conflictCopy } from '../../../lib/plans/plans-api';
import { clearStoredDrafts, storeDraft, type StoredDraft } from './draft-storage';
import { contentKey, normalizeContent } from './stable-json';

// Autosave of the plan draft (issue #4 items 1 and 8): every change is saved after a short pause,
// at once on a tab change or "Simpan Draf"; network and server failures are retried with backoff
// using the same Idempotency-Key for the same content; a stale version never overwrites the other
// device's work silently — the person chooses.

/** Where the draft stands against the server. */
export type SaveStatus =
  | { kind: 'clean' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  /** `fromDevice`: the save carried typing that waited on the device for a connection. */
  | { kind: 'saved'; at: Date; fromDevice?: boolean }
  | { kind: 'retrying'; attempt: number; error: unknown }
  | { kind: 'failed'; error: unknown }
  | { kind: 'conflict'; server: Plan };

/** What the editor renders: the last server copy, the content on screen, the tab, the status. */
export type DraftSnapshot = {
  plan: Plan;
  content: PlanContent;
  tab: PlanTab;
  status: SaveStatus;
  /** True while something typed is not confirmed by the server (warn before leaving). */
  hasUnsavedChanges: boolean;
};

/** The I/O the engine needs; tests and the app pass their own. */
export type DraftSyncDeps = {
  save: (plan: Plan, content: PlanContent, tab: PlanTab, idempotencyKey: string) => Promise<Plan>;
  newKey?: () => string;
  now?: () => Date;
};

/** Pause after the last keystroke, and the waits between retries of a failed save. */
export const draftTimings = {
  debounceMs: 800,
  retryDelaysMs: [1000, 2000, 4000, 8000, 15000, 30000],
};

/** How the engine waits (the browser's timers); tests put a manual clock in its place. */
export const draftScheduler = {
  setTimer: (run: () => void, ms: number): unknown => setTimeout(run, ms),
  clearTimer: (timer: unknown): void => clearTimeout(timer as ReturnType<typeof setTimeout>),
};

/** A random Idempotency-Key; getRandomValues also works on plain-HTTP school servers. */
function randomKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Failures worth retrying by themselves: no connection, timeouts, overload, server errors. */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  return (
    error.code === NETWORK_ERROR ||
    error.status === 0 ||
    error.status === 408 ||
    error.status === 429 ||
    error.status >= 500
  );
}

/** A failure for want of a connection (shared with the other offline editors). */
export { isOffline };

/** The draft engine behind the planning tabs; React reads it with useSyncExternalStore. */
export class DraftSync {
  private snapshot: DraftSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly deps: Required<DraftSyncDeps>;
  private timer: unknown = null;
  private inFlight: Promise<void> | null = null;
  private attempt = 0;
  private lastKey: { json: string; version: number; key: string } | null = null;
  /** Contents sent whose outcome is unknown (a lost answer): a conflict with one is our own write. */
  private readonly unacknowledged = new Set<string>();
  private savedTab: PlanTab | null;
  private isStopped = false;
  /** A save failed for want of a connection since the last confirmed save (issue 17). */
  private waitedOffline = false;

  constructor(plan: Plan, tab: PlanTab, deps: DraftSyncDeps) {
    this.deps = { newKey: randomKey, now: () => new Date(), ...deps };
    this.savedTab = plan.lastTab;
    this.snapshot = {
      plan,
      content: plan.content,
      tab,
      status: { kind: 'clean' },
      hasUnsavedChanges: false,
    };
  }

  /** Subscribes a listener (useSyncExternalStore). */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The current snapshot (a new object after every change). */
  getSnapshot = (): DraftSnapshot => this.snapshot;

  private get isContentDirty(): boolean {
    return contentKey(this.snapshot.content) !== contentKey(this.snapshot.plan.content);
  }

  private get needsSave(): boolean {
    return this.isContentDirty || this.snapshot.tab !== this.savedTab;
  }

  private update(partial: Partial<Omit<DraftSnapshot, 'hasUnsavedChanges'>>): void {
    const next = { ...this.snapshot, ...partial };
    const busy = next.status.kind !== 'clean' && next.status.kind !== 'saved';
    this.snapshot = { ...next, hasUnsavedChanges: false };
    this.snapshot = { ...this.snapshot, hasUnsavedChanges: this.isContentDirty || busy };
    this.listeners.forEach((listener) => listener());
  }

  private keepOnDevice(): void {
    const { plan, content, tab } = this.snapshot;
    if (this.isContentDirty) storeDraft({ planId: plan.id, version: plan.version, content, tab });
    else clearStoredDrafts(plan.id);
  }

  private clearTimer(): void {
    if (this.timer !== null) draftScheduler.clearTimer(this.timer);
    this.timer = null;
  }

  private schedule(ms: number): void {
    this.clearTimer();
    if (this.isStopped) return;
    this.timer = draftScheduler.setTimer(() => {
      this.timer = null;
      void this.saveNow();
    }, ms);
  }

  /** Changes the content on screen; it is kept on the device at once and saved after a pause. */
  edit(change: (content: PlanContent) => PlanContent): void {
    this.update({ content: change(this.snapshot.content) });
    this.keepOnDevice();
    const { status } = this.snapshot;
    // A conflict waits for the person's choice; a retry already has its own timer.
    if (status.kind === 'conflict' || status.kind === 'retrying') return;
    if (!this.needsSave) {
      if (status.kind === 'pending') this.update({ status: { kind: 'clean' } });
      this.clearTimer();
      return;
    }
    if (status.kind !== 'saving') this.update({ status: { kind: 'pending' } });
    this.schedule(draftTimings.debounceMs);
  }

  /** Shows another tab and saves at once (the server remembers it as the last tab). */
  setTab(tab: PlanTab): Promise<boolean> {
    this.update({ tab });
    if (this.isContentDirty) this.keepOnDevice();
    return this.flush();
  }

  /** Saves now ("Simpan Draf", tab change, before "Ajukan"); true when the server has it all. */
  async flush(): Promise<boolean> {
    this.clearTimer();
    for (let round = 0; round < 3; round += 1) {
      if (this.inFlight) await this.inFlight;
      if (this.snapshot.status.kind === 'conflict') return false;
      if (!this.needsSave) return true;
      await this.saveNow();
      const status = this.statusKind();
      if (status === 'retrying' || status === 'failed' || status === 'conflict') return false;
    }
    return !this.needsSave;
  }

  /** The status now (a method, so TypeScript does not keep a narrowing across an await). */
  private statusKind(): SaveStatus['kind'] {
    return this.snapshot.status.kind;
  }

  private saveNow(): Promise<void> {
    if (this.inFlight) return this.inFlight;
    if (this.isStopped || this.snapshot.status.kind === 'conflict') return Promise.resolve();
    this.inFlight = this.saveLoop().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  private keyFor(json: string, version: number): string {
    const last = this.lastKey;
    if (last && last.json === json && last.version === version) return last.key;
    const key = this.deps.newKey();
    this.lastKey = { json, version, key };
    return key;
  }

  private async saveLoop(): Promise<void> {
    let unexpected = 0;
    while (!this.isStopped && this.needsSave) {
      const { plan, tab } = this.snapshot;
      const content = normalizeContent(this.snapshot.content);
      const json = contentKey(content);
      const key = this.keyFor(json, plan.version);
      this.unacknowledged.add(json);
      this.update({ status: { kind: 'saving' } });
      try {
        const saved = await this.deps.save(plan, content, tab, key);
        this.acknowledge(saved, tab);
        // The server keeps exactly what was sent; anything else twice in a row is a bug, not a loop.
        if (contentKey(saved.content) !== json && (unexpected += 1) > 1) {
          this.update({ status: { kind: 'failed', error: new Error('draft not kept') } });
          return;
        }
      } catch (error) {
        if (!this.handleFailure(error)) return;
      }
      // New typing during the flight waits for its own pause unless someone is flushing.
      if (this.timer !== null) {
        if (this.snapshot.status.kind === 'saving') this.update({ status: { kind: 'pending' } });
        return;
      }
    }
    if (!this.isStopped && !this.needsSave && this.snapshot.status.kind === 'saving') {
      this.update({ status: this.savedStatus() });
    }
  }

  private acknowledge(saved: Plan, tab: PlanTab | null): void {
    this.unacknowledged.clear();
    this.attempt = 0;
    this.savedTab = saved.lastTab ?? tab;
    this.update({ plan: saved });
    this.keepOnDevice();
    if (!this.needsSave) this.update({ status: this.savedStatus() });
  }

  /** "Saved now", marked when the typing had waited on the device for a connection. */
  private savedStatus(): SaveStatus {
    const fromDevice = this.waitedOffline;
    this.waitedOffline = false;
    return { kind: 'saved', at: this.deps.now(), ...(fromDevice ? { fromDevice } : {}) };
  }

  /** Decides what a failed save means; true to keep the save loop going. */
  private handleFailure(error: unknown): boolean {
    const server = conflictCopy(error);
    if (server) {
      // Our own earlier save whose answer was lost: take its version and carry on.
      if (this.unacknowledged.has(contentKey(server.content))) {
        this.acknowledge(server, server.lastTab);
        return true;
      }
      this.update({ status: { kind: 'conflict', server } });
      return false;
    }
    if (isRetryable(error)) {
      if (isOffline(error)) this.waitedOffline = true;
      const delays = draftTimings.retryDelaysMs;
      const delay = delays[Math.min(this.attempt, delays.length - 1)] ?? 30000;
      this.attempt += 1;
      this.update({ status: { kind: 'retrying', attempt: this.attempt, error } });
      this.schedule(delay);
      return false;
    }
    this.update({ status: { kind: 'failed', error } });
    return false;
  }

  /** Retries a failed or waiting save at once (the "Coba lagi" button, the browser back online). */
  retryNow(): Promise<boolean> {
    const { status } = this.snapshot;
    if (status.kind === 'retrying' || status.kind === 'failed') {
      this.update({ status: { kind: 'pending' } });
    }
    return this.flush();
  }

  /** "Pakai isian saya": saves the content on screen on top of the server's newer version. */
  keepMine(): Promise<boolean> {
    const { status } = this.snapshot;
    if (status.kind !== 'conflict') return Promise.resolve(false);
    this.savedTab = status.server.lastTab;
    this.update({ plan: status.server, status: { kind: 'pending' } });
    this.keepOnDevice();
    return this.flush();
  }

  /** "Pakai versi terbaru": shows the server's copy and forgets the content typed here. */
  takeTheirs(): void {
    const { status } = this.snapshot;
    if (status.kind !== 'conflict') return;
    this.replacePlan(status.server);
  }

  /** Puts back a draft kept on this device after a reload or a crash, and saves it. */
  restore(stored: StoredDraft): void {
    // Offline, the page may open on an older cached copy than the one the typing was based on:
    // the typing is sent on top of the version it was typed on, so a newer save elsewhere is
    // still a conflict and our own earlier saves are not (issue 17).
    const { plan } = this.snapshot;
    if (stored.version > plan.version) this.update({ plan: { ...plan, version: stored.version } });
    this.edit(() => stored.content);
  }

  /** Starts over from a server copy (after "Ajukan", or when taking the newest version). */
  replacePlan(plan: Plan): void {
    this.clearTimer();
    this.unacknowledged.clear();
    this.attempt = 0;
    this.savedTab = plan.lastTab;
    clearStoredDrafts(plan.id);
    this.update({
      plan,
      content: plan.content,
      tab: this.snapshot.tab,
      status: { kind: 'saved', at: this.deps.now() },
    });
    if (plan.abilities.canEdit && this.snapshot.tab !== this.savedTab) void this.flush();
  }

  /** Resumes timers after mount (React may mount twice in development). */
  start(): void {
    this.isStopped = false;
    const { status } = this.snapshot;
    if (this.needsSave && (status.kind === 'pending' || status.kind === 'retrying')) {
      this.schedule(0);
    }
  }

  /** Stops timers on unmount; unsaved typing stays on the device. */
  stop(): void {
    this.isStopped = true;
    this.clearTimer();
  }
}
