import type { PGlite, Transaction } from '@electric-sql/pglite';
import type pg from 'pg';

// Moving an embedded installation to PostgreSQL (issue 16 item 4). Every value travels as its
// PostgreSQL text form (`col::text` out of PGlite, an untyped parameter into PostgreSQL, which
// parses it as the column's type), so json, arrays, bytea, dates and times arrive unchanged
// without a JavaScript round trip.

/** The migrations bookkeeping table: filled by migrating the target, so it never counts as data. */
const BOOKKEEPING = 'schema_migrations';
const BATCH_ROWS = 500;

/** Tables of the public schema, parents before children (foreign keys), then by name. */
export async function tablesInDependencyOrder(pglite: PGlite): Promise<string[]> {
  const tables = await pglite.query<{ name: string }>(
    `select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const edges = await pglite.query<{ child: string; parent: string }>(
    `select c.relname as child, p.relname as parent
       from pg_constraint k
       join pg_class c on c.oid = k.conrelid
       join pg_class p on p.oid = k.confrelid
       join pg_namespace n on n.oid = c.relnamespace
      where k.contype = 'f' and n.nspname = 'public' and k.conrelid <> k.confrelid`,
  );
  const parents = new Map<string, Set<string>>();
  for (const { name } of tables.rows) parents.set(name, new Set());
  for (const { child, parent } of edges.rows) parents.get(child)?.add(parent);
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < parents.size) {
    const ready = [...parents.keys()].filter(
      (name) => !placed.has(name) && [...(parents.get(name) ?? [])].every((p) => placed.has(p)),
    );
    if (ready.length === 0)
      throw new Error('Kunci asing melingkar: urutan salin tidak dapat dibuat.');
    for (const name of ready) {
      ordered.push(name);
      placed.add(name);
    }
  }
  return ordered;
}

/** Tables of the target that hold rows (besides the migrations bookkeeping): a reason to refuse. */
export async function nonEmptyTables(target: pg.Client): Promise<string[]> {
  const tables = await target.query<{ name: string }>(
    `select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> $1`,
    [BOOKKEEPING],
  );
  const full: string[] = [];
  for (const { name } of tables.rows) {
    const { rows } = await target.query(`select 1 from "${name}" limit 1`);
    if (rows.length > 0) full.push(name);
  }
  return full;
}

/** The columns a copy writes: every stored column except generated ones, in table order. */
async function writableColumns(tx: Transaction, table: string): Promise<string[]> {
  const { rows } = await tx.query<{ name: string }>(
    `select column_name as name from information_schema.columns
      where table_schema = 'public' and table_name = $1 and is_generated = 'NEVER'
      order by ordinal_position`,
    [table],
  );
  return rows.map((r) => r.name);
}

/** Copies one table through a cursor, BATCH_ROWS at a time; returns how many rows went. */
async function copyTable(tx: Transaction, target: pg.Client, table: string): Promise<number> {
  const columns = await writableColumns(tx, table);
  const list = columns.map((c) => `"${c}"`).join(', ');
  const asText = columns.map((c) => `"${c}"::text`).join(', ');
  await tx.exec(`declare copy_rows no scroll cursor for select ${asText} from "${table}"`);
  let copied = 0;
  for (;;) {
    const batch = await tx.query<unknown[]>(`fetch ${BATCH_ROWS} from copy_rows`, [], {
      rowMode: 'array',
    });
    if (batch.rows.length === 0) break;
    const values: unknown[] = [];
    const tuples = batch.rows.map((row) => {
      const marks = row.map((value) => {
        values.push(value);
        return `$${values.length}`;
      });
      return `(${marks.join(', ')})`;
    });
    await target.query(
      `insert into "${table}" (${list}) overriding system value values ${tuples.join(', ')}`,
      values,
    );
    copied += batch.rows.length;
  }
  await tx.exec('close copy_rows');
  return copied;
}

/** Sets every sequence of the target where the source's stands, so new ids never collide. */
async function copySequences(tx: Transaction, target: pg.Client): Promise<number> {
  const { rows } = await tx.query<{ name: string }>(
    `select sequence_name as name from information_schema.sequences where sequence_schema = 'public'`,
  );
  for (const { name } of rows) {
    const state = await tx.query<{ last: string; called: boolean }>(
      `select last_value::text as last, is_called as called from "${name}"`,
    );
    const { last, called } = state.rows[0] ?? { last: '1', called: false };
    await target.query('select setval($1::regclass, $2::bigint, $3)', [
      `public."${name}"`,
      last,
      called,
    ]);
  }
  return rows.length;
}

/**
 * Copies every table of the (migrated) source into the (migrated, empty) target in one target
 * transaction: the target's bookkeeping is replaced by the source's, its user triggers (the
 * dashboard's dirty marks) are off while rows arrive, since the rollup tables are copied as they
 * are. Returns the rows copied per table.
 */
export async function copyDatabase(
  source: PGlite,
  target: pg.Client,
  onTable: (table: string, rows: number) => void,
): Promise<{ tables: Record<string, number>; sequences: number }> {
  const order = await tablesInDependencyOrder(source);
  const tables: Record<string, number> = {};
  let sequences = 0;
  await target.query('begin');
  try {
    await target.query(`truncate ${order.map((t) => `"${t}"`).join(', ')}`);
    for (const table of order) await target.query(`alter table "${table}" disable trigger user`);
    await source.transaction(async (tx) => {
      for (const table of order) {
        tables[table] = await copyTable(tx, target, table);
        onTable(table, tables[table]);
      }
      sequences = await copySequences(tx, target);
    });
    for (const table of order) await target.query(`alter table "${table}" enable trigger user`);
    await target.query('commit');
  } catch (error) {
    await target.query('rollback');
    throw error;
  }
  return { tables, sequences };
}
