// Typing kept on the device until the server confirms it (issue 17: plan draft, observation) lives
// in IndexedDB, which a phone keeps far more reliably than localStorage and which is not limited to
// 5 MB. The editors read it synchronously while they build their first screen, so the whole store
// is read into memory once before the app renders (`openDeviceStore`) and every change is written
// through to IndexedDB. Where IndexedDB is missing or refused (private modes, tests) localStorage
// keeps the same keys, so nothing typed is lost either way.

const DATABASE = 'kinerja-device';
const TABLE = 'kept';
/** Key prefixes of the entries kept before IndexedDB; moved over once, then removed. */
const LOCAL_STORAGE_PREFIXES = ['kinerja.planDraft.', 'kinerja.observation.'];

let memory: Map<string, string> | null = null;
let database: IDBDatabase | null = null;

function request<T>(call: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    call.onsuccess = () => resolve(call.result);
    call.onerror = () => reject(call.error ?? new Error('IndexedDB request failed'));
  });
}

function localStore(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function openDatabase(): Promise<IDBDatabase> {
  const opening = indexedDB.open(DATABASE, 1);
  opening.onupgradeneeded = () => {
    if (!opening.result.objectStoreNames.contains(TABLE)) opening.result.createObjectStore(TABLE);
  };
  return request(opening);
}

/** Entries of the earlier localStorage store not yet in IndexedDB. */
function legacyEntries(kept: Map<string, string>): Array<[string, string]> {
  const store = localStore();
  if (!store) return [];
  const found: Array<[string, string]> = [];
  for (let index = 0; index < store.length; index += 1) {
    const key = store.key(index);
    if (!key || !LOCAL_STORAGE_PREFIXES.some((prefix) => key.startsWith(prefix))) continue;
    const value = store.getItem(key);
    if (value !== null && !kept.has(key)) found.push([key, value]);
  }
  return found;
}

/** Reads everything kept on this device into memory, moving older localStorage entries over once. */
export async function openDeviceStore(): Promise<void> {
  if (memory || typeof indexedDB === 'undefined') return;
  try {
    const db = await openDatabase();
    const read = db.transaction(TABLE, 'readonly').objectStore(TABLE);
    const [keys, values] = await Promise.all([
      request(read.getAllKeys()),
      request(read.getAll() as IDBRequest<string[]>),
    ]);
    const kept = new Map<string, string>();
    keys.forEach((key, index) => {
      const value = values[index];
      if (typeof key === 'string' && typeof value === 'string') kept.set(key, value);
    });
    const legacy = legacyEntries(kept);
    if (legacy.length > 0) {
      const write = db.transaction(TABLE, 'readwrite');
      for (const [key, value] of legacy) write.objectStore(TABLE).put(value, key);
      await new Promise<void>((resolve, reject) => {
        write.oncomplete = () => resolve();
        write.onerror = () => reject(write.error ?? new Error('IndexedDB write failed'));
      });
      // Only once IndexedDB holds them: a failure above leaves them where they were.
      for (const [key, value] of legacy) {
        kept.set(key, value);
        localStore()?.removeItem(key);
      }
    }
    database = db;
    memory = kept;
  } catch {
    // Refused or broken IndexedDB: localStorage keeps working as before.
  }
}

function writeThrough(change: (table: IDBObjectStore) => void): void {
  try {
    const db = database;
    if (db) change(db.transaction(TABLE, 'readwrite').objectStore(TABLE));
  } catch {
    // The copy in memory still holds it for this visit; the server save runs regardless.
  }
}

/** The kept value of `key`, or null. */
export function readKept(key: string): string | null {
  if (memory) return memory.get(key) ?? null;
  return localStore()?.getItem(key) ?? null;
}

/** Keeps `value` under `key` (replacing what was there). */
export function writeKept(key: string, value: string): void {
  if (memory) {
    memory.set(key, value);
    writeThrough((table) => table.put(value, key));
    return;
  }
  try {
    localStore()?.setItem(key, value);
  } catch {
    // A full or refused storage must not stop the typing; the server save still runs.
  }
}

/** Forgets what is kept under `key`. */
export function removeKept(key: string): void {
  if (memory) {
    memory.delete(key);
    writeThrough((table) => table.delete(key));
    return;
  }
  localStore()?.removeItem(key);
}

/** Every kept key that starts with `prefix`. */
export function keptKeys(prefix: string): string[] {
  const keys: string[] = [];
  if (memory) {
    for (const key of memory.keys()) if (key.startsWith(prefix)) keys.push(key);
    return keys;
  }
  const store = localStore();
  if (!store) return keys;
  for (let index = 0; index < store.length; index += 1) {
    const key = store.key(index);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys;
}
