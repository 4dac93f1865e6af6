import { createHash } from 'node:crypto';
import { sql, type RawBuilder } from 'kysely';

/**
 * Two small hooks at the database driver (issue 15):
 *
 * - an observer that sees the text of every statement sent, `begin` and `commit` included — the
 *   benchmark counts statements per request with it; nothing sets it in production, where it costs
 *   one undefined check per statement;
 * - named prepared statements on PostgreSQL for hot queries marked with `preparedMarker`: the server
 *   parses and plans them once per connection instead of on every call (the roles union and the
 *   employee context cost ≈ 0.7 ms to plan against 0.05 ms to run). PGlite ignores the marker, a
 *   plain SQL comment.
 */
type StatementObserver = (statement: string) => void;

let observer: StatementObserver | undefined;

/** Sets (or clears, with undefined) the one observer of every statement; for the benchmark only. */
export function observeStatements(next: StatementObserver | undefined): void {
  observer = next;
}

/** Called by the drivers for each statement they send. */
export function noteStatement(statement: string): void {
  observer?.(statement);
}

const MARKER = /^\/\* prepared:([a-z0-9_]+) \*\//;

/**
 * The leading comment that asks for a named prepared statement. Use it only on SQL whose text does
 * not vary with its parameters (values are bound): the text is prepared once per connection.
 */
export const preparedMarker = (name: string): RawBuilder<unknown> => {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`bad prepared statement name: ${name}`);
  return sql.raw(`/* prepared:${name} */ `);
};

const names = new Map<string, string>();

/**
 * The statement name for a marked SQL text, or undefined. The name carries a hash of the text, so
 * two texts can never share a name on one connection (pg refuses that); the map holds only the few
 * marked texts, since unmarked ones are never stored.
 */
export function preparedNameOf(text: string): string | undefined {
  const match = MARKER.exec(text);
  if (!match) return undefined;
  let name = names.get(text);
  if (name === undefined) {
    const digest = createHash('sha1').update(text).digest('hex').slice(0, 12);
    name = `${match[1]}_${digest}`;
    names.set(text, name);
  }
  return name;
}
