import { rm } from 'node:fs/promises';
import type { AppContext } from '../../lib/context.js';
import { importRosterFile, type ImportRosterResult } from './import-roster.js';
import {
  createRosterImport,
  failAbandonedImports,
  finishRosterImport,
  recordProgress,
} from './roster-import.repository.js';
import type { RosterProgress } from './validate-roster-file.js';

const PROGRESS_INTERVAL_MS = 500;
const STALE_AFTER_MS = 15 * 60 * 1000;

/** An uploaded file, already on disk, to import on behalf of a signed-in person. */
export type StartRosterImportInput = {
  filePath: string;
  fileName: string;
  actorId: string;
  periodId: string | undefined;
  allowedNpsn: ReadonlySet<string> | undefined;
  requestId: string;
  /** Told about a failure that is not the file's fault (the import is still marked failed). */
  onUnexpectedError: (error: unknown) => void;
};

/**
 * Records the import and runs it in the background of this process; `done` settles when it has
 * finished (the temp file is then deleted); it never rejects. Poll the roster_imports row for progress.
 */
export async function startRosterImport(
  ctx: AppContext,
  input: StartRosterImportInput,
): Promise<{ id: string; done: Promise<void> }> {
  const id = await createRosterImport(ctx.db, {
    createdBy: input.actorId,
    fileName: input.fileName,
    periodId: input.periodId ?? null,
    now: ctx.clock(),
  });
  const done = runRosterImport(ctx, id, input).catch(input.onUnexpectedError);
  return { id, done };
}

async function runRosterImport(
  ctx: AppContext,
  id: string,
  input: StartRosterImportInput,
): Promise<void> {
  const progress = progressWriter(ctx, id);
  let result: ImportRosterResult;
  try {
    result = await importRosterFile(ctx, {
      filePath: input.filePath,
      fileName: input.fileName,
      actorId: input.actorId,
      periodId: input.periodId,
      allowedNpsn: input.allowedNpsn,
      importId: id,
      requestId: input.requestId,
      onProgress: progress,
    });
  } catch (error) {
    await removeUpload(input);
    input.onUnexpectedError(error);
    const message =
      'Impor gagal karena kesalahan pada server; tidak ada data yang diubah. Coba lagi beberapa saat.';
    await finishRosterImport(
      ctx.db,
      id,
      {
        status: 'failed',
        kind: null,
        fileSha256: null,
        rowsTotal: null,
        rowsProcessed: 0,
        errorCount: 1,
        errors: [{ line: null, field: null, message }],
        summary: null,
      },
      ctx.clock(),
    );
    return;
  }
  await removeUpload(input);
  await finishRosterImport(ctx.db, id, outcomeOf(result), ctx.clock());
}

/** The upload is deleted before the import is marked finished, so nothing outlives a finished import. */
async function removeUpload(input: StartRosterImportInput): Promise<void> {
  await rm(input.filePath, { force: true }).catch(input.onUnexpectedError);
}

function outcomeOf(result: ImportRosterResult): Parameters<typeof finishRosterImport>[2] {
  const common = { kind: result.kind, fileSha256: result.sha256, rowsTotal: result.rowsTotal };
  if (!result.ok) {
    return {
      ...common,
      status: 'failed',
      rowsProcessed: 0,
      errorCount: result.errorCount,
      errors: result.errors,
      summary: null,
    };
  }
  return {
    ...common,
    status: 'completed',
    periodId: result.kind === 'ptk' ? result.periodId : null,
    rowsProcessed: result.rowsTotal,
    errorCount: 0,
    errors: [],
    summary: result.summary,
  };
}

/**
 * Writes progress at most every 500 ms. While pass 2 holds its transaction, progress goes through
 * another pooled connection on PostgreSQL; PGlite has only one connection, so it waits for the commit.
 */
function progressWriter(ctx: AppContext, id: string): (p: RosterProgress) => Promise<void> {
  const spareConnection = ctx.database.kind === 'postgres' && ctx.config.databasePoolSize > 1;
  let last = 0;
  return async (p) => {
    const phaseStart = p.rowsProcessed === 0;
    if (p.phase === 'writing' && !phaseStart && !spareConnection) return;
    if (!phaseStart && Date.now() - last < PROGRESS_INTERVAL_MS) return;
    last = Date.now();
    await recordProgress(
      ctx.db,
      id,
      { status: p.phase, kind: p.kind, rowsProcessed: p.rowsProcessed, rowsTotal: p.rowsTotal },
      ctx.clock(),
    );
  };
}

/**
 * Imports left running by a process that ended are failed at start-up: on PGlite (one process)
 * every unfinished one, on PostgreSQL those silent for 15 minutes (other instances may be running).
 */
export async function failAbandonedRosterImports(ctx: AppContext): Promise<void> {
  const now = ctx.clock();
  const staleBefore =
    ctx.database.kind === 'pglite'
      ? new Date(now.getTime() + 1)
      : new Date(now.getTime() - STALE_AFTER_MS);
  await failAbandonedImports(ctx.db, {
    staleBefore,
    message:
      'Impor terhenti karena server dimulai ulang; tidak ada data yang diubah. Unggah berkas sekali lagi.',
    now,
  });
}
