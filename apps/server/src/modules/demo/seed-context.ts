import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../app.js';
import type { Db } from '../../db/database.js';
import type { AppContext } from '../../lib/context.js';
import { startSession } from '../auth/start-session.js';

/**
 * The seed transaction seen as a database: every use case that opens "its" transaction joins the
 * seed's one instead, so the whole demo commits or rolls back at once (architecture.md §2).
 */
function joinedTransaction(trx: Db): Db {
  const joined = {
    setIsolationLevel: () => joined,
    setAccessMode: () => joined,
    execute: <T>(run: (db: Db) => Promise<T>) => run(trx),
  };
  return new Proxy(trx, {
    get(target, property) {
      if (property === 'transaction') return () => joined;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
}

/** A client of the demo's own app: one signed-in person sending what the pages send. */
export type DemoClient = {
  get: <T>(url: string) => Promise<T>;
  send: <T>(method: 'POST' | 'PUT' | 'PATCH', url: string, body?: unknown) => Promise<T>;
};

/** The app and clock the demo seed drives; `at` moves the clock, `as` signs a person in. */
export type DemoSeeder = {
  at(instant: Date): void;
  /** Signs a person in, in `role` when they hold several (a head is also an employee). */
  as(personId: string, role?: string): Promise<DemoClient>;
  close(): Promise<void>;
};

/**
 * Builds the app on the seed transaction with its own movable clock, so the demo goes through the
 * same routes, authority checks and domain rules as a person at that date would.
 */
export async function openDemoSeeder(ctx: AppContext, trx: Db): Promise<DemoSeeder> {
  let now = ctx.clock();
  const db = joinedTransaction(trx);
  // The blob registry writes through the pool, which waits for this very transaction on PGlite's
  // single connection: no blobs while seeding; a fixed document is stored on its first download.
  const noBlobs = () =>
    Promise.reject(new Error('Tidak ada penyimpanan berkas selama pengisian demo'));
  const blobs = { ...ctx.blobs, stage: noBlobs, put: noBlobs };
  const seedCtx: AppContext = { ...ctx, db, blobs, clock: () => now };
  const app: FastifyInstance = await buildApp(seedCtx, { logger: false });
  await app.ready();
  const sessions = new Map<string, { cookie: string; csrf: string; at: Date }>();
  const inject = (
    session: { cookie: string; csrf: string },
    method: string,
    url: string,
    body?: unknown,
  ) =>
    app.inject({
      method: method as 'GET',
      url,
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
      ...(body === undefined ? {} : { payload: body as object }),
    });
  const headersOf = async (personId: string, role: string | undefined) => {
    const key = `${personId}:${role ?? ''}`;
    const known = sessions.get(key);
    if (known && known.at === now) return known;
    const opened = await startSession(seedCtx, trx, { personId, authMethod: 'password' });
    const session = { cookie: `kinerja_session=${opened.token}`, csrf: opened.csrfToken, at: now };
    if (role) await inject(session, 'POST', '/api/me/role', { role });
    sessions.set(key, session);
    return session;
  };
  const call = async <T>(
    who: { personId: string; role?: string | undefined },
    method: string,
    url: string,
    body?: unknown,
  ) => {
    const session = await headersOf(who.personId, who.role);
    const response = await inject(session, method, url, body);
    if (response.statusCode >= 300)
      throw new Error(`demo: ${method} ${url} → ${response.statusCode} ${response.body}`);
    return JSON.parse(response.body || 'null') as T;
  };
  return {
    at: (instant) => void (now = instant),
    as: async (personId, role) => ({
      get: (url) => call({ personId, role }, 'GET', url),
      send: (method, url, body = {}) => call({ personId, role }, method, url, body),
    }),
    close: async () => {
      await trx.deleteFrom('sessions').execute();
      await app.close();
    },
  };
}
