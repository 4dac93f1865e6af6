import type { RosterImportError } from '@kinerja/contract';

/** A problem with the file as a whole (unreadable, truncated, wrong header or sheet): nothing is imported. */
export class RosterFileError extends Error {
  readonly line: number | null;
  readonly field: string | null;

  constructor(message: string, where: { line?: number | null; field?: string | null } = {}) {
    super(message);
    this.name = 'RosterFileError';
    this.line = where.line ?? null;
    this.field = where.field ?? null;
  }

  /** The error as one entry of the import's error list. */
  toImportError(): RosterImportError {
    return { line: this.line, field: this.field, message: this.message };
  }
}

/** One problem in one row, with its message prefixed "Baris N:". */
export function rowError(line: number, field: string | null, text: string): RosterImportError {
  return { line, field, message: `Baris ${line}: ${text}` };
}
