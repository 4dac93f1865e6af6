import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { openContext } from '../bootstrap.js';
import { loadConfig } from '../config.js';
import type { AppContext } from '../lib/context.js';
import {
  importRosterFile,
  type ImportRosterResult,
} from '../modules/roster-import/import-roster.js';
import type { RosterProgress } from '../modules/roster-import/validate-roster-file.js';

const USAGE = `Pemakaian: npm run import -- [--period <id>] <berkas.csv|berkas.xlsx> [berkas lain …]
  Berkas diimpor berurutan (mis. sekolah.csv lalu ptk.csv); berhenti pada berkas pertama yang gagal.
  --period <id>  periode kepala sekolah (mis. 2026); bawaan: periode yang sedang berjalan.
  Basis data: DATABASE_URL bila diisi, selain itu PGlite di KINERJA_DATA_DIR (bawaan ./data).
  Format berkas: docs/ROSTER-IMPORT.md`;

const fmt = (n: number) => n.toLocaleString('id-ID');

function progressPrinter(): (p: RosterProgress) => void {
  let last = 0;
  return (p) => {
    const now = Date.now();
    if (now - last < 1000 && p.rowsProcessed !== 0) return;
    last = now;
    const text =
      p.phase === 'validating'
        ? `  memeriksa: ${fmt(p.rowsProcessed)} baris`
        : `  menulis:   ${fmt(p.rowsProcessed)} / ${fmt(p.rowsTotal ?? 0)} baris`;
    process.stderr.write(`${text}\n`);
  };
}

function printResult(file: string, result: ImportRosterResult, seconds: number): void {
  const label =
    result.kind === 'schools' ? 'sekolah' : result.kind === 'ptk' ? 'PTK' : 'tidak dikenali';
  if (!result.ok) {
    console.log(
      `\nGAGAL: ${file} (${label}) — ${fmt(result.errorCount)} kesalahan; tidak ada data yang diimpor.`,
    );
    for (const error of result.errors) console.log(`  ${error.message}`);
    const hidden = result.errorCount - result.errors.length;
    if (hidden > 0) console.log(`  … dan ${fmt(hidden)} kesalahan lain`);
    return;
  }
  const rate = seconds > 0 ? Math.round(result.rowsTotal / seconds) : result.rowsTotal;
  const period = result.kind === 'ptk' ? `, periode ${result.periodId}` : '';
  console.log(
    `\nSELESAI: ${file} (${label}, ${fmt(result.rowsTotal)} baris${period}) ` +
      `dalam ${seconds.toFixed(1)} dtk (${fmt(rate)} baris/dtk)`,
  );
  const s = result.summary;
  const rows: Array<[string, number]> = [
    ['Sekolah baru', s.schoolsCreated],
    ['Sekolah diperbarui', s.schoolsUpdated],
    ['PTK baru', s.peopleCreated],
    ['PTK diperbarui', s.peopleUpdated],
    ['Kepala sekolah ditetapkan', s.principalsSet],
  ];
  for (const [name, value] of rows) console.log(`  ${name.padEnd(27)}${fmt(value).padStart(12)}`);
  console.log(`  SHA-256 ${result.sha256}`);
}

async function importAll(
  ctx: AppContext,
  files: string[],
  periodId: string | undefined,
): Promise<boolean> {
  for (const file of files) {
    console.log(`Mengimpor ${file} …`);
    const started = performance.now();
    const result = await importRosterFile(ctx, {
      filePath: file,
      fileName: basename(file),
      actorId: null,
      periodId,
      onProgress: progressPrinter(),
    });
    printResult(file, result, (performance.now() - started) / 1000);
    if (!result.ok) return false;
  }
  return true;
}

/** `npm run import -- <file>` — imports roster files; exit code 1 when anything was rejected. */
async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { period: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help || positionals.length === 0) {
    console.log(USAGE);
    return values.help ? 0 : 1;
  }
  for (const file of positionals) {
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) {
      console.error(`Berkas tidak ditemukan: ${file}`);
      return 1;
    }
  }
  const ctx = await openContext(loadConfig());
  try {
    return (await importAll(ctx, positionals, values.period)) ? 0 : 1;
  } finally {
    await ctx.database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Impor gagal: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
