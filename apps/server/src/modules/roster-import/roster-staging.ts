import { sql } from 'kysely';
import type { RosterImportKind } from '@kinerja/contract';
import type { Database, Db } from '../../db/database.js';
import type { RowCheck, PtkRow, SchoolRow } from './validate-roster-row.js';

/** One cell of a staged row. */
type Cell = string | number | boolean | null;

// Column order of the staging tables; `ok` says the row passed every pure check (its other columns
// then hold the normalised row), otherwise only the row's valid keys are kept for duplicate checks.
const COLUMNS: Record<
  RosterImportKind,
  ReadonlyArray<readonly [string, 'int' | 'bool' | 'text']>
> = {
  schools: [
    ['line', 'int'],
    ['ok', 'bool'],
    ['npsn', 'text'],
    ['name', 'text'],
    ['jenjang', 'text'],
    ['status', 'text'],
    ['province_code', 'text'],
    ['province_name', 'text'],
    ['regency_code', 'text'],
    ['regency_name', 'text'],
  ],
  ptk: [
    ['line', 'int'],
    ['ok', 'bool'],
    ['npsn', 'text'],
    ['nip', 'text'],
    ['nuptk', 'text'],
    ['email', 'text'],
    ['name', 'text'],
    ['employment_status', 'text'],
    ['golongan_ruang', 'text'],
    ['jenjang_jabatan', 'text'],
    ['jenis_ptk', 'text'],
    ['principal_kind', 'text'],
  ],
};

/** The cells of one checked schools-file row, in staging column order. */
export function schoolCells(line: number, check: RowCheck<SchoolRow>): Cell[] {
  const r = check.row;
  return [
    line,
    r !== null,
    check.keys.npsn ?? null,
    r?.name ?? null,
    r?.jenjang ?? null,
    r?.status ?? null,
    r?.provinceCode ?? null,
    r?.provinceName ?? null,
    r?.regencyCode ?? null,
    r?.regencyName ?? null,
  ];
}

/** The cells of one checked PTK-file row, in staging column order. */
export function ptkCells(line: number, check: RowCheck<PtkRow>): Cell[] {
  const r = check.row;
  const { npsn, nip, nuptk, email } = check.keys;
  return [
    line,
    r !== null,
    npsn ?? null,
    nip ?? null,
    nuptk ?? null,
    email ?? null,
    r?.name ?? null,
    r?.employmentStatus ?? null,
    r?.golonganRuang ?? null,
    r?.jenjangJabatan ?? null,
    r?.jenisPtk ?? null,
    r?.principalKind ?? null,
  ];
}

/** Rows sent per multi-row insert where COPY is not available (PGlite). */
const INSERT_BATCH = 2000;
/** Bytes of COPY text gathered before one write to the socket. */
const COPY_CHUNK = 256 * 1024;

/**
 * A staging table of one import: an UNLOGGED table (no WAL, visible to every connection of the pool,
 * so the write transaction reads it) named after the import, dropped when the import ends. Rows go
 * in with COPY on PostgreSQL, with multi-row inserts on PGlite; checks and writes are SQL over it.
 */
export class RosterStaging {
  private copy: { write(text: string): Promise<void>; end(): Promise<void> } | undefined;
  private buffered: string[] = [];
  private bufferedBytes = 0;
  private pending: Cell[][] = [];
  private created = false;

  /** The table's quoted name, for SQL over the staged rows. */
  readonly table: ReturnType<typeof sql.table>;

  private constructor(
    private readonly database: Database,
    readonly kind: RosterImportKind,
    readonly name: string,
  ) {
    this.table = sql.table(name);
  }

  /** Creates the staging table of one import. */
  static async open(
    database: Database,
    kind: RosterImportKind,
    importId: string,
  ): Promise<RosterStaging> {
    const name = `roster_stage_${importId.replace(/[^0-9a-f]/gi, '')}`;
    const staging = new RosterStaging(database, kind, name);
    const columns = COLUMNS[kind].map(([column, type]) => sql.raw(`${column} ${type}`));
    await sql`create unlogged table ${staging.table} (${sql.join(columns)})`.execute(database.db);
    staging.created = true;
    if (database.copyIn) {
      const names = COLUMNS[kind].map(([column]) => column).join(', ');
      staging.copy = await database.copyIn(`copy ${name} (${names}) from stdin`);
    }
    return staging;
  }

  /** Adds one row (cells in staging column order). */
  async add(cells: Cell[]): Promise<void> {
    if (this.copy) {
      const text = `${cells.map(copyText).join('\t')}\n`;
      this.buffered.push(text);
      this.bufferedBytes += text.length;
      if (this.bufferedBytes >= COPY_CHUNK) await this.flushCopy();
      return;
    }
    this.pending.push(cells);
    if (this.pending.length >= INSERT_BATCH) await this.flushInserts();
  }

  /** Sends what is still buffered, ends the COPY and refreshes the table's planner statistics. */
  async finish(): Promise<void> {
    if (this.copy) {
      await this.flushCopy();
      const copy = this.copy;
      this.copy = undefined;
      await copy.end();
    } else await this.flushInserts();
    await sql`analyze ${this.table}`.execute(this.database.db);
  }

  /** Drops the table (and aborts a COPY still open); safe to call more than once. */
  async drop(): Promise<void> {
    if (this.copy) {
      const copy = this.copy;
      this.copy = undefined;
      await copy.end().catch(() => undefined);
    }
    if (!this.created) return;
    this.created = false;
    await sql`drop table if exists ${this.table}`.execute(this.database.db);
  }

  /** The database handle to query the staged rows with. */
  get db(): Db {
    return this.database.db;
  }

  private async flushCopy(): Promise<void> {
    if (!this.copy || this.buffered.length === 0) return;
    const text = this.buffered.join('');
    this.buffered = [];
    this.bufferedBytes = 0;
    await this.copy.write(text);
  }

  private async flushInserts(): Promise<void> {
    if (this.pending.length === 0) return;
    const rows = this.pending;
    this.pending = [];
    const arrays = COLUMNS[this.kind].map(([, type], index) => {
      const values = rows.map((row) => row[index] ?? null);
      return sql`${values}::${sql.raw(type)}[]`;
    });
    await sql`insert into ${this.table} select * from unnest(${sql.join(arrays)})`.execute(
      this.database.db,
    );
  }
}

/** One cell in COPY's text format: \N for null, backslash escapes for the characters it reserves. */
function copyText(cell: Cell): string {
  if (cell === null) return '\\N';
  if (typeof cell !== 'string') return String(cell);
  if (!/[\\\t\n\r]/.test(cell)) return cell;
  return cell
    .replace(/\\/g, '\\\\')
    .replace(/\t/g, '\\t')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r');
}
