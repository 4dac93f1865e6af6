import {
  ROSTER_PTK_COLUMNS,
  ROSTER_SCHOOL_COLUMNS,
  type RosterImportKind,
} from '@kinerja/contract';
import { RosterFileError } from './roster-file-error.js';

/** Columns of a schools file (docs/ROSTER-IMPORT.md). */
export const SCHOOL_COLUMNS = ROSTER_SCHOOL_COLUMNS;
/** Columns of a PTK file (docs/ROSTER-IMPORT.md). */
export const PTK_COLUMNS = ROSTER_PTK_COLUMNS;

/** A column name of a schools file. */
export type SchoolColumn = (typeof SCHOOL_COLUMNS)[number];
/** A column name of a PTK file. */
export type PtkColumn = (typeof PTK_COLUMNS)[number];

/** One data row keyed by column name, every value trimmed ('' when blank). */
export type RosterRecord<C extends string> = Record<C, string>;

/** Where each known column sits in the rows of one file. */
export type RosterLayout = {
  kind: RosterImportKind;
  columns: ReadonlyArray<{ name: string; index: number }>;
  headerLength: number;
};

/** Header names compare case-insensitively; spaces and hyphens count as underscores. */
export function normalizeHeader(cell: string): string {
  return cell
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

const list = (names: readonly string[]) => names.join(', ');

/** Detects the kind of file from its header row and locates the columns; unknown columns are ignored. */
export function detectLayout(headerCells: readonly string[]): RosterLayout {
  const names = headerCells.map(normalizeHeader);
  const has = (name: string) => names.includes(name);
  const kind: RosterImportKind | null = has('nama_sekolah')
    ? 'schools'
    : has('status_kepegawaian') || has('jenis_ptk') || has('nip') || has('nuptk')
      ? 'ptk'
      : null;
  if (!kind) {
    throw new RosterFileError(
      `Baris 1: jenis berkas tidak dikenali dari judul kolom. Berkas sekolah memuat kolom ${list(SCHOOL_COLUMNS)}; ` +
        `berkas PTK memuat kolom ${list(PTK_COLUMNS)}.`,
      { line: 1 },
    );
  }
  const required: readonly string[] = kind === 'schools' ? SCHOOL_COLUMNS : PTK_COLUMNS;
  const missing = required.filter((name) => !has(name));
  if (missing.length > 0) {
    const label = kind === 'schools' ? 'sekolah' : 'PTK';
    throw new RosterFileError(
      `Baris 1: kolom ${list(missing)} tidak ada pada judul kolom berkas ${label}; kolom yang wajib ada: ${list(required)}.`,
      { line: 1, field: missing[0] ?? null },
    );
  }
  const duplicated = required.find((name) => names.indexOf(name) !== names.lastIndexOf(name));
  if (duplicated) {
    throw new RosterFileError(
      `Baris 1: kolom ${duplicated} muncul lebih dari sekali pada judul kolom.`,
      {
        line: 1,
        field: duplicated,
      },
    );
  }
  return {
    kind,
    columns: required.map((name) => ({ name, index: names.indexOf(name) })),
    headerLength: headerCells.length,
  };
}

/** Picks the known columns out of one row's cells. */
export function toRecord<C extends string>(
  layout: RosterLayout,
  cells: readonly string[],
): RosterRecord<C> {
  const record: Record<string, string> = {};
  for (const { name, index } of layout.columns) record[name] = (cells[index] ?? '').trim();
  return record as RosterRecord<C>;
}
