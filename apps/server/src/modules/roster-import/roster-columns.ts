import {
  ROSTER_PTK_COLUMNS,
  ROSTER_SCHOOL_COLUMNS,
  type RosterImportKind,
} from '@kinerja/contract';
import {
  dapodikColumns,
  dapodikRecord,
  isDapodikHeader,
  type DapodikColumns,
} from './dapodik-layout.js';
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
  /** Set when the file is a Dapodik export with Dapodik's own headings (issue 14 item 7). */
  dapodik?: DapodikColumns;
};

/** What the header row may leave to the importer: the operator's own school for a PTK export. */
export type LayoutOptions = { defaultNpsn?: string | undefined; line?: number };

// A Dapodik export opens with a title block ("Daftar Guru", the school's name, the download date)
// before its heading row: rows of at most two filled cells in the first lines are passed over.
const PREAMBLE_LINES = 10;
const PREAMBLE_CELLS = 2;

/** The layout of a header row, or null for a title row above it (a Dapodik export's preamble). */
export function headerOrPreamble(
  cells: readonly string[],
  line: number,
  options: LayoutOptions = {},
): RosterLayout | null {
  const filled = cells.filter((cell) => cell.trim() !== '').length;
  const isTitle = kindOf(cells.map(normalizeHeader)) === null && filled <= PREAMBLE_CELLS;
  if (isTitle && line <= PREAMBLE_LINES) return null;
  return detectLayout(cells, { ...options, line });
}

function kindOf(names: readonly string[]): RosterImportKind | null {
  const has = (name: string) => names.includes(name);
  // PTK signals first: a Dapodik PTK export may also name the school ("Nama Sekolah").
  if (has('status_kepegawaian') || has('jenis_ptk')) return 'ptk';
  if (has('nama_sekolah')) return 'schools';
  return has('nip') || has('nuptk') ? 'ptk' : null;
}

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
export function detectLayout(
  headerCells: readonly string[],
  options: LayoutOptions = {},
): RosterLayout {
  const names = headerCells.map(normalizeHeader);
  const line = options.line ?? 1;
  const has = (name: string) => names.includes(name);
  const kind = kindOf(names);
  if (!kind) {
    throw new RosterFileError(
      `Baris ${line}: jenis berkas tidak dikenali dari judul kolom. Berkas sekolah memuat kolom ${list(SCHOOL_COLUMNS)}; ` +
        `berkas PTK memuat kolom ${list(PTK_COLUMNS)}. Berkas unduhan Dapodik memuat judul kolom Dapodik ` +
        `(mis. Nama, NUPTK, NIP, Status Kepegawaian, Jenis PTK).`,
      { line },
    );
  }
  const required: readonly string[] = kind === 'schools' ? SCHOOL_COLUMNS : PTK_COLUMNS;
  if (isDapodikHeader(kind, names, required.every(has))) {
    const dapodik = dapodikColumns(kind, names, headerCells, { ...options, line });
    return { kind, columns: [], headerLength: headerCells.length, dapodik };
  }
  const missing = required.filter((name) => !has(name));
  if (missing.length > 0) {
    const label = kind === 'schools' ? 'sekolah' : 'PTK';
    throw new RosterFileError(
      `Baris ${line}: kolom ${list(missing)} tidak ada pada judul kolom berkas ${label}; kolom yang wajib ada: ${list(required)}.`,
      { line, field: missing[0] ?? null },
    );
  }
  const duplicated = required.find((name) => names.indexOf(name) !== names.lastIndexOf(name));
  if (duplicated) {
    throw new RosterFileError(
      `Baris ${line}: kolom ${duplicated} muncul lebih dari sekali pada judul kolom.`,
      { line, field: duplicated },
    );
  }
  return {
    kind,
    columns: required.map((name) => ({ name, index: names.indexOf(name) })),
    headerLength: headerCells.length,
  };
}

/** Picks the known columns out of one row's cells; null for a Dapodik row that is passed over. */
export function toRecord<C extends string>(
  layout: RosterLayout,
  cells: readonly string[],
): RosterRecord<C> | null {
  if (layout.dapodik) {
    return dapodikRecord(layout.kind, layout.dapodik, cells) as RosterRecord<C> | null;
  }
  const record: Record<string, string> = {};
  for (const { name, index } of layout.columns) record[name] = (cells[index] ?? '').trim();
  return record as RosterRecord<C>;
}
