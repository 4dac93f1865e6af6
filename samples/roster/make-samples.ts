// Regenerates samples/roster/ptk.xlsx from samples/roster/ptk.csv so the two samples never drift apart:
//   npx tsx samples/roster/make-samples.ts
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));

/** Writes ptk.xlsx: a "Petunjuk" sheet and the data on sheet "PTK", identifiers stored as text. */
async function main(): Promise<void> {
  const rows: string[][] = parse(readFileSync(here('ptk.csv')), { bom: true });
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kinerja';
  workbook.created = new Date('2026-01-05T00:00:00Z');
  const help = workbook.addWorksheet('Petunjuk');
  help.addRow(['Data PTK ada di lembar "PTK". Format kolom: docs/ROSTER-IMPORT.md']);
  help.addRow(['Kolom npsn, nip dan nuptk berformat Teks agar Excel tidak membulatkan angkanya.']);
  const sheet = workbook.addWorksheet('PTK');
  const [header = []] = rows;
  sheet.columns = header.map((name) => ({
    header: name,
    key: name,
    width: Math.max(12, name.length + 2),
    style: ['npsn', 'nip', 'nuptk'].includes(name) ? { numFmt: '@' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows.slice(1)) sheet.addRow(row);
  await workbook.xlsx.writeFile(here('ptk.xlsx'));
  console.log(`ptk.xlsx: ${rows.length - 1} baris PTK`);
}

await main();
