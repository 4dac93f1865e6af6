import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { registeredBlobs, tableCounts, type BackupManifest } from '../ops/embedded-backup.js';

/**
 * `npm run backup [-- berkas.tar.gz]` — a consistent copy of an embedded installation (PGlite and
 * its files directory) into one archive plus `<archive>.json` (issue 16 item 4). While the server
 * runs on this machine the copy is taken by the server itself (GET /ops/backup/database on
 * 127.0.0.1:PORT, METRICS_TOKEN when set); when it is stopped, straight from KINERJA_DATA_DIR.
 */
async function dumpFromServer(port: number, token: string | undefined): Promise<Blob | null> {
  let response: Response;
  try {
    response = await fetch(`http://127.0.0.1:${port}/ops/backup/database`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
  } catch {
    return null; // nothing listens: the server is stopped
  }
  if (!response.ok) {
    throw new Error(`Server menolak pencadangan: HTTP ${response.status} ${await response.text()}`);
  }
  return response.blob();
}

const config = loadConfig();
if (config.databaseUrl) {
  console.error(
    'DATABASE_URL diisi: cadangkan PostgreSQL dengan pg_dump atau pemulihan titik waktu (docs/OPERATIONS.md).',
  );
  process.exit(2);
}
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const target = resolve(process.argv[2] ?? `cadangan-kinerja-${stamp}.tar.gz`);
let dump = await dumpFromServer(config.port, config.metricsToken);
const source = dump ? `server yang berjalan di port ${config.port}` : config.dataDir;
if (!dump) {
  const database = await openDatabase({ dataDir: config.dataDir });
  try {
    dump = (await database.dumpEmbedded?.()) ?? null;
  } finally {
    await database.close();
  }
}
if (!dump) throw new Error('Basis data tertanam tidak dapat dicadangkan.');
// Open the copy itself to count what it holds: the manifest describes the archive, not the source.
const copy = new PGlite({ loadDataDir: dump });
const manifest: BackupManifest = {
  format: 'kinerja.backup.v1',
  createdAt: new Date().toISOString(),
  tables: await tableCounts(copy),
  blobs: await registeredBlobs(copy),
};
await copy.close();
await writeFile(target, Buffer.from(await dump.arrayBuffer()));
await writeFile(`${target}.json`, `${JSON.stringify(manifest, null, 2)}\n`);
const rows = Object.values(manifest.tables).reduce((a, b) => a + b, 0);
console.log(
  `Cadangan dari ${source}: ${target} (${rows} baris di ${Object.keys(manifest.tables).length} tabel, ${manifest.blobs} berkas)`,
);
