import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import type { RosterImportError, RosterImportKind, RosterImportSummary } from '@kinerja/contract';
import type { AppContext } from '../../lib/context.js';
import { writeAudit } from '../../lib/audit.js';
import { currentPeriod } from '../periods/current-period.js';
import { listPeriods } from '../periods/periods.repository.js';
import { sniffRosterFile, type RosterFormat } from './parse-roster-file.js';
import { RosterFileError } from './roster-file-error.js';
import { validateRosterFile, type RosterProgress } from './validate-roster-file.js';
import { analyzeRosterTables } from './roster-write.repository.js';
import { writeRosterFile, type WriteRosterOptions } from './write-roster-file.js';

/** What to import and on whose behalf. */
export type ImportRosterOptions = {
  filePath: string;
  /** Name shown in the audit log and results; defaults to the file's base name. */
  fileName?: string;
  actorId: string | null;
  /** Period whose principals the PTK file sets; defaults to the current period. */
  periodId?: string | undefined;
  /** A school operator may only touch these NPSNs; undefined = any school (admin, command line). */
  allowedNpsn?: ReadonlySet<string> | undefined;
  /** NPSN for a Dapodik PTK export without that column; defaults to an operator's only school. */
  defaultNpsn?: string | undefined;
  /** Id for the audit row (the roster_imports row when started from the API). */
  importId?: string;
  requestId?: string;
  onProgress?: ((progress: RosterProgress) => Promise<void> | void) | undefined;
};

/** Outcome: the summary of what changed, or every problem found with nothing written. */
export type ImportRosterResult =
  | {
      ok: true;
      importId: string;
      kind: RosterImportKind;
      periodId: string;
      rowsTotal: number;
      sha256: string;
      summary: RosterImportSummary;
    }
  | {
      ok: false;
      importId: string;
      kind: RosterImportKind | null;
      periodId: string | null;
      rowsTotal: number;
      sha256: string;
      errorCount: number;
      errors: RosterImportError[];
    };

/**
 * Imports one roster file (docs/ROSTER-IMPORT.md): one streamed pass checks each row and COPYs it
 * into a staging table, SQL over that table finds duplicates and conflicts, and only when no row is
 * bad set-based statements write everything in ONE transaction with its audit row.
 */
export async function importRosterFile(
  ctx: AppContext,
  options: ImportRosterOptions,
): Promise<ImportRosterResult> {
  const importId = options.importId ?? randomUUID();
  const sha256 = await hashFile(options.filePath);
  const failed = (
    kind: RosterImportKind | null,
    periodId: string | null,
    rowsTotal: number,
    errors: RosterImportError[],
    errorCount = errors.length,
  ) => ({ ok: false, importId, kind, periodId, rowsTotal, sha256, errorCount, errors }) as const;
  const format = await sniffFormat(options.filePath);
  if (typeof format !== 'string') return failed(null, null, 0, [format]);
  const periodId = await resolvePeriod(ctx, options.periodId);
  if (typeof periodId !== 'string') return failed(null, null, 0, [periodId]);
  // An operator of one school may leave NPSN out of a Dapodik PTK export (issue 14 item 7).
  const only = options.allowedNpsn?.size === 1 ? [...options.allowedNpsn][0] : undefined;
  const defaultNpsn = options.defaultNpsn ?? only;
  const validation = await validateRosterFile(ctx.database, {
    ...options,
    importId,
    format,
    defaultNpsn,
  });
  const { kind, rowsTotal, staging } = validation;
  try {
    if (validation.errorCount > 0 || !kind || !staging) {
      return failed(kind, periodId, rowsTotal, validation.errors, validation.errorCount);
    }
    await options.onProgress?.({ phase: 'writing', kind, rowsProcessed: 0, rowsTotal });
    const rowsSkipped = validation.rowsSkipped;
    const write = { ...options, importId, sha256, kind, rowsTotal, periodId, staging, rowsSkipped };
    const summary = await writeInOneTransaction(ctx, write);
    await options.onProgress?.({ phase: 'writing', kind, rowsProcessed: rowsTotal, rowsTotal });
    await analyzeRosterTables(ctx.db, kind);
    return { ok: true, importId, kind, periodId, rowsTotal, sha256, summary };
  } finally {
    await staging?.drop();
  }
}

/** The set-based write and the audit row, committed together or not at all. */
function writeInOneTransaction(
  ctx: AppContext,
  write: ImportRosterOptions &
    Omit<WriteRosterOptions, 'now'> & {
      importId: string;
      sha256: string;
      kind: RosterImportKind;
      rowsTotal: number;
    },
): Promise<RosterImportSummary> {
  const now = ctx.clock();
  return ctx.db.transaction().execute(async (trx) => {
    const summary = await writeRosterFile(trx, { ...write, now });
    await writeAudit(trx, {
      at: now,
      actorId: write.actorId,
      action: 'roster.import',
      entityType: 'roster_import',
      entityId: write.importId,
      after: {
        fileName: write.fileName ?? basename(write.filePath),
        sha256: write.sha256,
        kind: write.kind,
        periodId: write.periodId,
        rowsTotal: write.rowsTotal,
        summary,
      },
      requestId: write.requestId,
    });
    return summary;
  });
}

async function sniffFormat(filePath: string): Promise<RosterFormat | RosterImportError> {
  try {
    return await sniffRosterFile(filePath);
  } catch (error) {
    if (error instanceof RosterFileError) return error.toImportError();
    throw error;
  }
}

/** The chosen period, or the current one (domain.md §2.1); an unknown id is a file-level error. */
async function resolvePeriod(
  ctx: AppContext,
  wanted: string | undefined,
): Promise<string | RosterImportError> {
  const periods = await listPeriods(ctx.db);
  if (wanted === undefined) return currentPeriod(periods, ctx.clock()).id;
  if (periods.some((p) => p.id === wanted)) return wanted;
  return {
    line: null,
    field: 'periodId',
    message: `Periode "${wanted}" tidak ada; pilih salah satu: ${periods.map((p) => p.id).join(', ')}.`,
  };
}

/** SHA-256 of a file, streamed. */
export async function hashFile(filePath: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(filePath)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
