import type {
  RosterImport,
  RosterImportError,
  RosterImportListItem,
  RosterImportSummary,
} from '@kinerja/contract';
import type { RosterImportRow } from './roster-import.repository.js';

const iso = (value: Date | string): string => new Date(value).toISOString();

/** Stored import (without its errors) → list entry. */
export function presentRosterImportItem(
  row: Omit<RosterImportRow, 'errors'>,
): RosterImportListItem {
  return {
    id: row.id,
    fileName: row.fileName,
    kind: row.kind,
    status: row.status,
    periodId: row.kind === 'ptk' ? row.periodId : null,
    rowsTotal: row.rowsTotal,
    rowsProcessed: row.rowsProcessed,
    errorCount: row.errorCount,
    summary: (row.summary as RosterImportSummary | null) ?? null,
    createdAt: iso(row.createdAt),
    finishedAt: row.finishedAt === null ? null : iso(row.finishedAt),
  };
}

/** Stored import → GET /api/roster-imports/:id. */
export function presentRosterImport(row: RosterImportRow): RosterImport {
  return {
    ...presentRosterImportItem(row),
    errors: (row.errors as RosterImportError[] | null) ?? [],
  };
}
