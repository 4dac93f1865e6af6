import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { loadConfig } from '../config.js';
import {
  countDifferences,
  damagedBlobs,
  isEmptyDir,
  tableCounts,
  type BackupManifest,
} from '../ops/embedded-backup.js';

/**
 * `npm run restore -- berkas.tar.gz` — unpacks a backup of `npm run backup` into an EMPTY
 * KINERJA_DATA_DIR, then checks it: every table's row count equals the manifest's and every
 * registered file is present with the bytes its SHA-256 name promises (issue 16 item 4).
 */
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

const config = loadConfig();
const archive = process.argv[2];
if (!archive) fail('Pemakaian: npm run restore -- <berkas-cadangan.tar.gz>');
const source = resolve(archive ?? '');
if (!existsSync(source)) fail(`Berkas cadangan tidak ditemukan: ${source}`);
if (config.databaseUrl)
  fail('DATABASE_URL diisi: pulihkan PostgreSQL dengan pg_restore (docs/OPERATIONS.md).');
const dataDir = resolve(config.dataDir);
if (!isEmptyDir(dataDir)) {
  fail(`KINERJA_DATA_DIR (${dataDir}) tidak kosong: pemulihan tidak menimpa instalasi yang ada.`);
}
const manifest = existsSync(`${source}.json`)
  ? (JSON.parse(await readFile(`${source}.json`, 'utf8')) as BackupManifest)
  : undefined;
const bytes = await readFile(source);
const pglite = new PGlite({ dataDir, loadDataDir: new Blob([bytes]) });
try {
  const counts = await tableCounts(pglite);
  const differences = manifest ? countDifferences(manifest.tables, counts) : [];
  const damaged = await damagedBlobs(pglite, join(dataDir, 'blobs'));
  if (differences.length > 0) fail(`Jumlah baris berbeda:\n  ${differences.join('\n  ')}`);
  if (damaged.length > 0) fail(`Berkas hilang atau rusak: ${damaged.join(', ')}`);
  const rows = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(
    `Dipulihkan ke ${dataDir}: ${rows} baris di ${Object.keys(counts).length} tabel${manifest ? ' (sama dengan manifes)' : ''}; semua berkas terdaftar utuh.`,
  );
} finally {
  await pglite.close();
}
