import type { RosterImportError, RosterImportKind } from '@kinerja/contract';
import type { Db } from '../../db/database.js';
import { readRosterRows, type RawRow, type RosterFormat } from './parse-roster-file.js';
import { withDapodikNames } from './dapodik-layout.js';
import {
  headerOrPreamble,
  toRecord,
  type PtkColumn,
  type RosterLayout,
  type SchoolColumn,
} from './roster-columns.js';
import { PtkDatabaseChecks, type PendingPtk } from './roster-db-checks.js';
import { RosterFileChecks } from './roster-file-checks.js';
import { RosterFileError, rowError } from './roster-file-error.js';
import { validatePtkRow, validateSchoolRow } from './validate-roster-row.js';

/** Rows checked (and looked up in the database) together. */
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

/** Outcome of pass 1. */
export type RosterValidation = {
  kind: RosterImportKind | null;
  rowsTotal: number;
  /** Rows of a Dapodik export passed over (tenaga kependidikan, domain.md §1.4). */
  rowsSkipped: number;
  errorCount: number;
  errors: RosterImportError[];
};

class ErrorList {
  count = 0;
  readonly items: RosterImportError[] = [];

  add(errors: readonly RosterImportError[]): void {
    for (const error of errors) {
      this.count++;
      if (this.items.length < MAX_STORED_ERRORS) this.items.push(error);
    }
  }
}

const NO_COLUMNS: ReadonlySet<string> = new Set();
const byLine = (a: RosterImportError, b: RosterImportError) => (a.line ?? 0) - (b.line ?? 0);

const fileProblem = (message: string): RosterImportError => ({ line: null, field: null, message });

/** The state of pass 1 over one file: its layout, the row count, problems found so far. */
class ValidationRun {
  readonly errors = new ErrorList();
  layout: RosterLayout | undefined;
  rowsTotal = 0;
  rowsSkipped = 0;
  private pending: RosterImportError[] = [];
  private batch: PendingPtk[] = [];
  private readonly fileChecks: RosterFileChecks;
  private readonly dbChecks: PtkDatabaseChecks;

  constructor(
    db: Db,
    allowedNpsn: ReadonlySet<string> | undefined,
    private readonly defaultNpsn: string | undefined,
  ) {
    this.fileChecks = new RosterFileChecks(allowedNpsn);
    this.dbChecks = new PtkDatabaseChecks(db, this.fileChecks);
  }

  /** Checks one row (the first is the header); true when a batch is full and should be flushed. */
  accept(raw: RawRow): boolean {
    if (!this.layout) {
      const layout = headerOrPreamble(raw.cells, raw.line, { defaultNpsn: this.defaultNpsn });
      if (!layout) return false;
      this.layout = layout;
      assertSheetFitsKind(raw.sheet, this.layout.kind);
      return false;
    }
    const errors = checkRow(this.layout, raw, this.fileChecks, this.batch);
    if (errors === null) {
      // A Dapodik row of a tenaga kependidikan outside Pengelolaan Kinerja — domain.md §1.4.
      this.rowsSkipped++;
      return false;
    }
    this.rowsTotal++;
    this.pending.push(...errors);
    return this.rowsTotal % BATCH_SIZE === 0;
  }

  /** Runs the database checks of the batch and files its problems in line order. */
  async flush(): Promise<void> {
    if (this.batch.length > 0) this.pending.push(...(await this.dbChecks.checkBatch(this.batch)));
    const dapodik = this.layout?.dapodik;
    const found = dapodik ? withDapodikNames(dapodik, this.pending) : this.pending;
    this.errors.add(found.sort(byLine));
    this.pending = [];
    this.batch = [];
  }

  result(): RosterValidation {
    if (this.errors.count === 0 && !this.layout) {
      this.errors.add([fileProblem('Berkas tidak memuat judul kolom maupun data.')]);
    } else if (this.errors.count === 0 && this.rowsTotal === 0) {
      this.errors.add([fileProblem('Berkas hanya memuat judul kolom; tidak ada baris data.')]);
    }
    return {
      kind: this.layout?.kind ?? null,
      rowsTotal: this.rowsTotal,
      rowsSkipped: this.rowsSkipped,
      errorCount: this.errors.count,
      errors: this.errors.items,
    };
  }
}

/** Pass 1: streams the whole file once and reports every bad row; writes nothing. */
export async function validateRosterFile(
  db: Db,
  options: {
    filePath: string;
    format: RosterFormat;
    allowedNpsn?: ReadonlySet<string> | undefined;
    /** The operator's own school, for a Dapodik PTK export without an NPSN column. */
    defaultNpsn?: string | undefined;
    onProgress?: ((progress: RosterProgress) => Promise<void> | void) | undefined;
  },
): Promise<RosterValidation> {
  const run = new ValidationRun(db, options.allowedNpsn, options.defaultNpsn);
  try {
    for await (const raw of readRosterRows(options.filePath, options.format)) {
      if (!run.accept(raw)) continue;
      await run.flush();
      const kind = run.layout?.kind ?? null;
      await options.onProgress?.({
        phase: 'validating',
        kind,
        rowsProcessed: run.rowsTotal,
        rowsTotal: null,
      });
    }
    await run.flush();
  } catch (error) {
    if (!(error instanceof RosterFileError)) throw error;
    await run.flush();
    run.errors.add([error.toImportError()]);
  }
  return run.result();
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

/** Row-level and in-file checks of one row; PTK rows also queue for the database checks. */
function checkRow(
  layout: RosterLayout,
  raw: RawRow,
  fileChecks: RosterFileChecks,
  batch: PendingPtk[],
): RosterImportError[] | null {
  const { line } = raw;
  const extra = raw.cells.slice(layout.headerLength).some((c) => c.trim() !== '');
  if (raw.sheet === null && (raw.cells.length < layout.headerLength || extra)) {
    return [
      rowError(
        line,
        null,
        `jumlah kolom (${raw.cells.length}) tidak sama dengan judul kolom (${layout.headerLength}); periksa pemisah kolom dan tanda kutip`,
      ),
    ];
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
    return [...check.errors, ...fileChecks.school(check, line)];
  }
  const record = toRecord<PtkColumn>(layout, raw.cells);
  if (!record) return null;
  const check = validatePtkRow(record, line, imprecise);
  batch.push({ line, check });
  return [...check.errors, ...fileChecks.ptk(check, line)];
}
