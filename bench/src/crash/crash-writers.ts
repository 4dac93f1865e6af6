import { createHash, randomBytes } from 'node:crypto';

/** A deterministic random source (mulberry32) so a run can be repeated with its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Work = { id: string; title: string; sha256: string };
type Pending = { kind: 'upload'; title: string; sha256: string } | { kind: 'delete'; id: string };

/** One demo teacher writing to Bukti Karya, with everything the server acknowledged. */
export type Writer = {
  email: string;
  /** Works whose upload was acknowledged (201) and not deleted since. */
  live: Map<string, Work>;
  /** Works whose deletion was acknowledged (200). */
  deleted: Set<string>;
  /** The write in flight when the server died: it may or may not have happened. */
  pending: Pending | null;
  acknowledged: number;
  /** Works that existed before the load (demo data), never counted as phantoms. */
  baseline: Set<string>;
};

/** What one verification found. */
export type Check = {
  lost: number;
  resurrected: number;
  phantom: number;
  uncertainApplied: number;
};

const PASSWORD = 'kinerja-demo-2026';
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

type Session = { cookie: string; csrf: string };

async function signIn(baseUrl: string, email: string): Promise<Session> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (!response.ok) throw new Error(`login ${email}: ${response.status} ${await response.text()}`);
  const cookie = /kinerja_session=[^;]+/.exec(response.headers.get('set-cookie') ?? '')?.[0];
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  if (!cookie) throw new Error(`login ${email}: no session cookie`);
  return { cookie, csrf: csrfToken };
}

/** A PDF-looking body of 8–80 KB with random content (a distinct SHA-256 every time). */
function pdfBody(random: () => number): Buffer {
  const size = 8_000 + Math.floor(random() * 72_000);
  const body = Buffer.alloc(size, 0x20);
  body.write(`%PDF-1.7\n% ${randomBytes(16).toString('hex')}\n`, 0, 'latin1');
  return body;
}

/** Writes until `isStopped` or until the server stops answering (then the write is pending). */
export async function runWriter(
  baseUrl: string,
  writer: Writer,
  random: () => number,
  isStopped: () => boolean,
): Promise<void> {
  let session: Session;
  try {
    session = await signIn(baseUrl, writer.email);
  } catch {
    return;
  }
  const headers = { cookie: session.cookie, 'x-csrf-token': session.csrf };
  let n = 0;
  while (!isStopped()) {
    const ids = [...writer.live.keys()];
    if (ids.length > 0 && random() < 0.3) {
      const id = ids[Math.floor(random() * ids.length)]!;
      writer.pending = { kind: 'delete', id };
      const response = await fetch(`${baseUrl}/api/bukti-karya/${id}`, {
        method: 'DELETE',
        headers,
      }).catch(() => null);
      if (!response) return;
      if (response.ok) {
        writer.live.delete(id);
        writer.deleted.add(id);
        writer.acknowledged += 1;
      }
    } else {
      const body = pdfBody(random);
      const title = `Karya ${writer.email.split('@')[0]} ${Date.now()}-${(n += 1)}`;
      writer.pending = { kind: 'upload', title, sha256: sha256(body) };
      const query = new URLSearchParams({ title, category: 'modul_ajar' });
      const response = await fetch(`${baseUrl}/api/bukti-karya?${query.toString()}`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/pdf', 'x-file-name': 'karya.pdf' },
        body,
      }).catch(() => null);
      if (!response) return;
      if (response.status === 201) {
        const { id } = (await response.json()) as { id: string };
        writer.live.set(id, { id, title, sha256: writer.pending.sha256 });
        writer.acknowledged += 1;
      }
    }
    writer.pending = null;
  }
}

/** Notes the works a teacher already has before any load. */
export async function takeBaseline(baseUrl: string, writer: Writer): Promise<void> {
  const session = await signIn(baseUrl, writer.email);
  const list = await fetch(`${baseUrl}/api/bukti-karya`, { headers: { cookie: session.cookie } });
  for (const item of ((await list.json()) as { items: Listed[] }).items)
    writer.baseline.add(item.id);
}

type Listed = { id: string; title: string; file: { url: string } };

/**
 * After a restart: every acknowledged work is listed with the same bytes, every acknowledged
 * deletion stays deleted; the write in flight at the kill may have happened either way (the model
 * follows what the server shows), anything else listed is a phantom.
 */
export async function verifyWriter(baseUrl: string, writer: Writer): Promise<Check> {
  const check: Check = { lost: 0, resurrected: 0, phantom: 0, uncertainApplied: 0 };
  const session = await signIn(baseUrl, writer.email);
  const headers = { cookie: session.cookie };
  const list = await fetch(`${baseUrl}/api/bukti-karya`, { headers });
  const items = ((await list.json()) as { items: Listed[] }).items;
  const byId = new Map(items.map((item) => [item.id, item]));
  const pending = writer.pending;
  writer.pending = null;
  if (pending?.kind === 'upload') {
    const applied = items.find((item) => item.title === pending.title);
    if (applied) {
      writer.live.set(applied.id, { id: applied.id, title: pending.title, sha256: pending.sha256 });
      check.uncertainApplied += 1;
    }
  }
  if (pending?.kind === 'delete' && !byId.has(pending.id) && writer.live.has(pending.id)) {
    writer.live.delete(pending.id);
    writer.deleted.add(pending.id);
    check.uncertainApplied += 1;
  }
  for (const work of writer.live.values()) {
    const item = byId.get(work.id);
    if (!item || item.title !== work.title) {
      check.lost += 1;
      continue;
    }
    const file = await fetch(`${baseUrl}${item.file.url}`, { headers });
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (!file.ok || sha256(bytes) !== work.sha256) check.lost += 1;
  }
  for (const id of writer.deleted) if (byId.has(id)) check.resurrected += 1;
  for (const item of items) {
    if (!writer.live.has(item.id) && !writer.baseline.has(item.id)) check.phantom += 1;
  }
  return check;
}
