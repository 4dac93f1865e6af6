import type { RosterImportError, RosterImportKind } from '@kinerja/contract';
import type { Database } from '../../db/database.js';
import { readRosterRows, type RawRow, type RosterFormat } from './parse-roster-file.js';
import { withDapodikNames } from './dapodik-layout.js';
import {
  headerOrPreamble,
  toRecord,
  type PtkColumn,
  type RosterLayout,
  type SchoolColumn,
} from './roster-columns.js';
import { RosterFileError, rowError } from './roster-file-error.js';
import { checkStagedRows, type RankedError } from './roster-sql-checks.js';
import { ptkCells, RosterStaging, schoolCells } from './roster-staging.js';
import { validatePtkRow, validateSchoolRow } from './validate-roster-row.js';

/** Rows between two progress reports. */
export const BATCH_SIZE = 1000;
/** Problems kept in full; the rest are only counted. */
export const MAX_STORED_ERRORS = 1000;

/** Where an import stands, reported while it runs. */
export type RosterProgress = {
  phase: 'validating' | 'writing';
  kind: RosterImportKind | null;
  rowsProcessed: number;
  rowsTotal: number | null;
};

/** Outcome of the checking pass; `staging` holds every row when the file had a header. */
export type RosterValidation = {
  kind: RosterImportKind | null;
  rowsTotal: number;
  /** Rows of a Dapodik export passed over (tenaga kependidikan, domain.md §1.4). */
  rowsSkipped: number;
  errorCount: number;
  errors: RosterImportError[];
  staging: RosterStaging | undefined;
};

const NO_COLUMNS: ReadonlySet<string> = new Set();
// Per-row checks rank before the checks over the whole file (roster-sql-checks.ts), same line first.
const PURE_RANK = 0;
const OWN_SCHOOL_RANK = 1;
const byLineThenRank = (a: RankedError, b: RankedError) => a.line - b.line || a.rank - b.rank;

const fileProblem = (message: string): RosterImportError => ({ line: null, field: null, message });

/**
 * The state of the checking pass over one file: its layout, the row count, the per-row problems
 * found so far (the first MAX_STORED_ERRORS; they arrive in line order) and the staging table.
 */
class ValidationRun {
  layout: RosterLayout | undefined;
  staging: RosterStaging | undefined;
  rowsTotal = 0;
  rowsSkipped = 0;
  rowErrors: RankedError[] = [];
  rowErrorCount = 0;
  fileErrors: RosterImportError[] = [];

  constructor(
    private readonly database: Database,
    private readonly importId: string,
    private readonly allowedNpsn: ReadonlySet<string> | undefined,
    private readonly defaultNpsn: string | undefined,
  ) {}

  /** Checks and stages one row (the first is the header); true when a progress report is due. */
  async accept(raw: RawRow): Promise<boolean> {
    if (!this.layout) {
      const layout = headerOrPreamble(raw.cells, raw.line, { defaultNpsn: this.defaultNpsn });
      if (!layout) return false;
      this.layout = layout;
      assertSheetFitsKind(raw.sheet, layout.kind);
      this.staging = await RosterStaging.open(this.database, layout.kind, this.importId);
      return false;
    }
    const checked = checkRow(this.layout, raw);
    if (checked === null) {
      // A Dapodik row of a tenaga kependidikan outside Pengelolaan Kinerja — domain.md §1.4.
      this.rowsSkipped++;
      return false;
    }
    this.rowsTotal++;
    this.note(checked.errors, PURE_RANK, raw.line);
    const npsn = checked.npsn;
    if (npsn && this.allowedNpsn && !this.allowedNpsn.has(npsn)) {
      const text = `NPSN bukan sekolah Anda (${npsn}); operator sekolah hanya dapat mengimpor data sekolahnya sendiri`;
      this.note([rowError(raw.line, 'npsn', text)], OWN_SCHOOL_RANK, raw.line);
    }
    await this.staging?.add(checked.cells);
    return this.rowsTotal % BATCH_SIZE === 0;
  }

  /** Ends the load, runs the checks over the staged rows and lists every problem in line order. */
  async result(): Promise<RosterValidation> {
    let sqlErrors: RankedError[] = [];
    let sqlCount = 0;
    if (this.staging) {
      await this.staging.finish();
      const found = await checkStagedRows(this.staging, MAX_STORED_ERRORS);
      sqlErrors = found.errors;
      sqlCount = found.count;
    }
    const rows = [...this.rowErrors, ...sqlErrors]
      .sort(byLineThenRank)
      .slice(0, MAX_STORED_ERRORS)
      .map(({ line, field, message }): RosterImportError => ({ line, field, message }));
    const dapodik = this.layout?.dapodik;
    let errors = [...(dapodik ? withDapodikNames(dapodik, rows) : rows), ...this.fileErrors];
    let errorCount = this.rowErrorCount + sqlCount + this.fileErrors.length;
    if (errorCount === 0 && !this.layout) {
      errors = [fileProblem('Berkas tidak memuat judul kolom maupun data.')];
      errorCount = 1;
    } else if (errorCount === 0 && this.rowsTotal === 0) {
      errors = [fileProblem('Berkas hanya memuat judul kolom; tidak ada baris data.')];
      errorCount = 1;
    }
    return {
      kind: this.layout?.kind ?? null,
      rowsTotal: this.rowsTotal,
      rowsSkipped: this.rowsSkipped,
      errorCount,
      errors: errors.slice(0, MAX_STORED_ERRORS),
      staging: this.staging,
    };
  }

  private note(errors: readonly RosterImportError[], rank: number, line: number): void {
    for (const error of errors) {
      this.rowErrorCount++;
      if (this.rowErrors.length < MAX_STORED_ERRORS) this.rowErrors.push({ ...error, line, rank });
    }
  }
}

/**
 * Streams the whole file once: checks each row on its own, stages it (COPY into an UNLOGGED table),
 * then finds duplicates and conflicts with the database in SQL over the staged rows. Writes nothing
 * else; the caller drops `staging` when done.
 */
export async function validateRosterFile(
  database: Database,
  options: {
    filePath: string;
    format: RosterFormat;
    importId: string;
    allowedNpsn?: ReadonlySet<string> | undefined;
    /** The operator's own school, for a Dapodik PTK export without an NPSN column. */
    defaultNpsn?: string | undefined;
    onProgress?: ((progress: RosterProgress) => Promise<void> | void) | undefined;
  },
): Promise<RosterValidation> {
  const run = new ValidationRun(
    database,
    options.importId,
    options.allowedNpsn,
    options.defaultNpsn,
  );
  try {
    for await (const raw of readRosterRows(options.filePath, options.format)) {
      if (!(await run.accept(raw))) continue;
      await options.onProgress?.({
        phase: 'validating',
        kind: run.layout?.kind ?? null,
        rowsProcessed: run.rowsTotal,
        rowsTotal: null,
      });
    }
  } catch (error) {
    if (!(error instanceof RosterFileError)) {
      await run.staging?.drop();
      throw error;
    }
    run.fileErrors.push(error.toImportError());
  }
  try {
    return await run.result();
  } catch (error) {
    await run.staging?.drop();
    throw error;
  }
}

/** A sheet named Sekolah must hold schools, one named PTK must hold PTK. */
function assertSheetFitsKind(sheet: string | null, kind: RosterImportKind): void {
  const name = sheet?.trim().toLowerCase();
  if ((name === 'sekolah' && kind === 'ptk') || (name === 'ptk' && kind === 'schools')) {
    const label = kind === 'ptk' ? 'PTK' : 'sekolah';
    throw new RosterFileError(
      `Lembar "${sheet}" berisi kolom berkas ${label}; beri nama lembar sesuai isinya.`,
    );
  }
}

/** A row's own checks and its staging cells; null for a Dapodik row passed over. */
function checkRow(
  layout: RosterLayout,
  raw: RawRow,
): {
  errors: RosterImportError[];
  npsn: string | undefined;
  cells: ReturnType<typeof ptkCells>;
} | null {
  const { line } = raw;
  const extra = raw.cells.slice(layout.headerLength).some((c) => c.trim() !== '');
  if (raw.sheet === null && (raw.cells.length < layout.headerLength || extra)) {
    const text = `jumlah kolom (${raw.cells.length}) tidak sama dengan judul kolom (${layout.headerLength}); periksa pemisah kolom dan tanda kutip`;
    // Nothing of a row cut in the wrong place is trusted: it is staged without keys.
    const cells = layout.kind === 'schools' ? schoolCells(line, BLANK) : ptkCells(line, BLANK);
    return { errors: [rowError(line, null, text)], npsn: undefined, cells };
  }
  const located = layout.dapodik
    ? [...layout.dapodik.index].map(([name, index]) => ({ name, index }))
    : layout.columns;
  const imprecise = raw.imprecise
    ? new Set(located.filter((c) => raw.imprecise?.has(c.index)).map((c) => c.name))
    : NO_COLUMNS;
  if (layout.kind === 'schools') {
    const record = toRecord<SchoolColumn>(layout, raw.cells);
    if (!record) return null;
    const check = validateSchoolRow(record, line, imprecise);
    return { errors: check.errors, npsn: check.keys.npsn, cells: schoolCells(line, check) };
  }
  const record = toRecord<PtkColumn>(layout, raw.cells);
  if (!record) return null;
  const check = validatePtkRow(record, line, imprecise);
  return { errors: check.errors, npsn: check.keys.npsn, cells: ptkCells(line, check) };
}

const BLANK = { row: null, errors: [], keys: {} };
