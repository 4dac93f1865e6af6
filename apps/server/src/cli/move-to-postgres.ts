import { existsSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { countDifferences, damagedBlobs, isEmptyDir, tableCounts } from '../ops/embedded-backup.js';
import { copyDatabase, nonEmptyTables } from '../ops/move-to-postgres.js';

/**
 * `npm run move-to-postgres -- --to postgres://… [--files-to DIR]` — moves a STOPPED embedded
 * installation (KINERJA_DATA_DIR) to an empty PostgreSQL database (issue 16 item 4): migrates
 * both, copies every table in foreign-key order and the sequences, then checks that every table
 * has the same row count and every registered file hashes to its name. Files stay under
 * KINERJA_DATA_DIR/blobs, or are copied to DIR/blobs (the new installation's KINERJA_DATA_DIR).
 */
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

const { values } = parseArgs({
  options: { to: { type: 'string' }, 'files-to': { type: 'string' } },
  allowPositionals: false,
});
const targetUrl = values.to ?? '';
if (!/^postgres(ql)?:\/\//.test(targetUrl)) {
  fail('Pemakaian: npm run move-to-postgres -- --to postgres://pengguna@server:5432/kinerja');
}
const config = loadConfig({ ...process.env, DATABASE_URL: undefined });
const dataDir = resolve(config.dataDir);
if (isEmptyDir(dataDir)) fail(`KINERJA_DATA_DIR (${dataDir}) kosong: tidak ada yang dipindahkan.`);
const filesTo = values['files-to'] ? resolve(values['files-to']) : undefined;
if (filesTo && !isEmptyDir(filesTo)) {
  fail(`--files-to (${filesTo}) tidak kosong: pemindahan tidak menimpa berkas yang ada.`);
}
// PGlite allows one process: a server still running on this directory must be stopped first.
const isServing = await fetch(`http://127.0.0.1:${config.port}/health/live`).then(
  () => true,
  () => false,
);
if (isServing) fail(`Server masih berjalan di port ${config.port}: hentikan dulu, lalu ulangi.`);

const target = new pg.Client({ connectionString: targetUrl });
await target.connect().catch((error: Error) => fail(`PostgreSQL tujuan: ${error.message}`));
const full = await nonEmptyTables(target);
if (full.length > 0) {
  fail(`Basis data tujuan tidak kosong (${full.join(', ')}): pemindahan tidak menimpa data.`);
}

// Both at the schema of this version, as a server start would leave them.
for (const options of [{ dataDir }, { databaseUrl: targetUrl }]) {
  const database = await openDatabase(options);
  await migrate(database);
  await database.close();
}
const source = new PGlite({ dataDir });
try {
  const copied = await copyDatabase(source, target, (table, rows) => {
    if (rows > 0) console.log(`  ${table}: ${rows} baris`);
  });
  const expected = await tableCounts(source);
  const counted: Record<string, number> = {};
  for (const table of Object.keys(copied.tables)) {
    const { rows } = await target.query<{ n: number }>(`select count(*)::int as n from "${table}"`);
    counted[table] = rows[0]?.n ?? 0;
  }
  const differences = countDifferences(expected, counted);
  if (differences.length > 0) fail(`Jumlah baris berbeda:\n  ${differences.join('\n  ')}`);

  const blobRoot = join(filesTo ?? dataDir, 'blobs');
  if (filesTo && existsSync(join(dataDir, 'blobs'))) {
    // Unfinished uploads (blobs/tmp) are not part of the installation.
    await cp(join(dataDir, 'blobs'), blobRoot, {
      recursive: true,
      filter: (path) => !path.startsWith(join(dataDir, 'blobs', 'tmp')),
    });
  }
  const damaged = await damagedBlobs(source, blobRoot);
  if (damaged.length > 0) fail(`Berkas hilang atau rusak di ${blobRoot}: ${damaged.join(', ')}`);
  const { rows: files } = await source.query<{ n: number }>(
    'select count(*)::int as n from stored_blobs',
  );
  const total = Object.values(counted).reduce((a, b) => a + b, 0);
  console.log(
    `Dipindahkan ke PostgreSQL: ${total} baris di ${Object.keys(counted).length} tabel dan ` +
      `${copied.sequences} urutan nomor, sama dengan sumber; ${files[0]?.n ?? 0} berkas utuh di ${blobRoot}.\n` +
      `Jalankan server dengan DATABASE_URL=<tujuan> dan KINERJA_DATA_DIR=${filesTo ?? dataDir}.`,
  );
} finally {
  await source.close();
  await target.end();
}
