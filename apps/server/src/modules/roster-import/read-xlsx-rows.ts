import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { RawRow } from './parse-roster-file.js';
import { RosterFileError } from './roster-file-error.js';

/** Sheet names a roster workbook may use for its data (docs/ROSTER-IMPORT.md). */
export const DATA_SHEETS = ['Sekolah', 'PTK'] as const;

type SheetReader = AsyncIterable<ExcelJS.Row> & { name?: string };
type WorkbookModel = { model?: { sheets?: Array<{ name: string }> } };

const EOCD = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const EOCD_SEARCH = 22 + 65535;

/**
 * Streams the rows of the data sheet with exceljs's WorkbookReader: rows are parsed as they arrive,
 * only the workbook's shared-string table is held in memory.
 */
export async function* readXlsxRows(filePath: string): AsyncGenerator<RawRow> {
  await assertCompleteZip(filePath);
  const input = createReadStream(filePath, { highWaterMark: 256 * 1024 });
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    worksheets: 'emit',
    styles: 'ignore',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let target: string | undefined;
  try {
    for await (const sheet of reader as AsyncIterable<SheetReader>) {
      target ??= chooseSheet(sheetNames(reader));
      if (sheet.name !== target) continue;
      for await (const row of sheet) yield toRawRow(row, target);
      return;
    }
  } catch (error) {
    if (error instanceof RosterFileError) throw error;
    throw new RosterFileError(
      `Berkas XLSX rusak atau terpotong dan tidak dapat dibaca (${(error as Error).message}); simpan ulang dari Excel lalu unggah lagi.`,
    );
  } finally {
    input.destroy();
  }
  throw new RosterFileError(
    target === undefined
      ? 'Berkas ZIP ini bukan buku kerja Excel (.xlsx): tidak ada lembar kerja di dalamnya.'
      : `Lembar "${target}" tidak dapat dibaca dari berkas XLSX.`,
  );
}

/** A zip is complete only if it ends with its central directory; a cut upload does not. */
async function assertCompleteZip(filePath: string): Promise<void> {
  const handle = await open(filePath, 'r');
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, EOCD_SEARCH);
    const tail = Buffer.alloc(length);
    await handle.read(tail, 0, length, size - length);
    if (tail.lastIndexOf(EOCD) === -1) {
      throw new RosterFileError(
        'Berkas XLSX tidak lengkap (terpotong) atau rusak; simpan ulang dari Excel lalu unggah lagi.',
      );
    }
  } finally {
    await handle.close();
  }
}

function sheetNames(reader: unknown): string[] {
  const sheets = (reader as WorkbookModel).model?.sheets;
  if (!sheets) {
    throw new RosterFileError(
      'Struktur berkas XLSX tidak dikenali; simpan ulang dari Excel lalu unggah lagi.',
    );
  }
  return sheets.map((s) => s.name);
}

/** The only sheet, else the one named Sekolah or PTK (any letter case). */
export function chooseSheet(names: readonly string[]): string {
  if (names.length === 1 && names[0] !== undefined) return names[0];
  const wanted = DATA_SHEETS.map((d) => d.toLowerCase());
  const matches = names.filter((n) => wanted.includes(n.trim().toLowerCase()));
  const found = names.map((n) => `"${n}"`).join(', ');
  if (matches.length === 1 && matches[0] !== undefined) return matches[0];
  if (matches.length > 1) {
    throw new RosterFileError(
      `Berkas XLSX memuat lembar Sekolah dan PTK sekaligus (${found}); impor satu jenis data per berkas.`,
    );
  }
  throw new RosterFileError(
    `Lembar data tidak ditemukan: beri nama lembar "Sekolah" atau "PTK" (lembar yang ada: ${found}).`,
  );
}

function toRawRow(row: ExcelJS.Row, sheet: string): RawRow {
  const values = row.values as ExcelJS.CellValue[];
  const cells: string[] = [];
  let imprecise: Set<number> | undefined;
  for (let i = 1; i < values.length; i++) {
    const value = values[i];
    if (typeof value === 'number' && Number.isInteger(value) && !Number.isSafeInteger(value)) {
      (imprecise ??= new Set()).add(i - 1);
    }
    cells.push(cellText(value));
  }
  return imprecise
    ? { line: row.number, cells, imprecise, sheet }
    : { line: row.number, cells, sheet };
}

/** Text of a cell as the operator sees it: rich text joined, formulas by their result. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  // Up to 1e21 String() writes integers out in full, rounded as Excel shows them (15 digits).
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  }
  if ('text' in value) return typeof value.text === 'string' ? value.text : cellText(value.text);
  if ('error' in value) return String(value.error);
  return '';
}
