import { randomUUID } from 'node:crypto';
import pg from 'pg';
import {
  CACHE_TOPICS,
  receiveInvalidation,
  setInvalidationRelay,
  type CacheTopic,
} from './cache-invalidation.js';

const CHANNEL = 'kinerja_cache';
const RECONNECT_MS = 1000;

/** What the relay reports: a lost or failed listening connection (a warning, not an outage). */
type RelayLog = { warn: (details: object, message: string) => void };

const isTopic = (value: string): value is CacheTopic =>
  (CACHE_TOPICS as readonly string[]).includes(value);

/**
 * Cache invalidation across instances on one PostgreSQL (issue 16 item 1): one dedicated
 * connection LISTENs on `kinerja_cache`; an edit here NOTIFYs `<instance>:<topic>` on it, and every
 * other instance forgets that topic at once. Its own notifications come back too and are skipped by
 * the instance id. When the connection drops, every topic is forgotten on reconnecting, since
 * notifications sent meanwhile are lost. Returns the function that stops it.
 */
export async function startInvalidationRelay(
  databaseUrl: string,
  log: RelayLog,
): Promise<() => Promise<void>> {
  const instance = randomUUID();
  let client: pg.Client | undefined;
  let isStopped = false;
  let retry: NodeJS.Timeout | undefined;

  const reconnectLater = (failed: pg.Client) => {
    if (isStopped || client !== failed) return;
    client = undefined;
    void failed.end().catch(() => undefined);
    retry = setTimeout(() => void connect(true), RECONNECT_MS);
  };

  async function connect(isReconnect: boolean): Promise<void> {
    const next = new pg.Client({ connectionString: databaseUrl });
    next.on('notification', (message) => {
      const [from, topic] = (message.payload ?? '').split(':');
      if (from !== instance && topic && isTopic(topic)) receiveInvalidation(topic);
    });
    next.on('error', (error) => {
      log.warn({ err: error }, 'koneksi LISTEN cache terputus; menyambung ulang');
      reconnectLater(next);
    });
    next.on('end', () => reconnectLater(next));
    client = next;
    try {
      await next.connect();
      await next.query(`listen ${CHANNEL}`);
      if (isReconnect) for (const topic of CACHE_TOPICS) receiveInvalidation(topic);
    } catch (error) {
      if (!isReconnect) throw error;
      log.warn({ err: error }, 'LISTEN cache belum tersambung; dicoba lagi');
      reconnectLater(next);
    }
  }

  await connect(false);
  setInvalidationRelay(async (topic) => {
    try {
      await client?.query('select pg_notify($1, $2)', [CHANNEL, `${instance}:${topic}`]);
    } catch (error) {
      // The edit is committed; the others forget when their 30-second lifetime ends.
      log.warn({ err: error, topic }, 'NOTIFY cache gagal');
    }
  });
  return async () => {
    isStopped = true;
    clearTimeout(retry);
    setInvalidationRelay(undefined);
    await client?.end().catch(() => undefined);
  };
}
