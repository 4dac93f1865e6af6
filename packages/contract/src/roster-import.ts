import { periodIdSchema } from './strings.js';
import { z } from './zod.js';

/** What a roster file holds, detected from its header row: schools or PTK (teachers and principals). */
export const rosterImportKindSchema = z.enum(['schools', 'ptk']);
export type RosterImportKind = z.infer<typeof rosterImportKindSchema>;

/** validating (pass 1) → writing (pass 2) → completed; any error ends in failed with nothing written. */
export const rosterImportStatusSchema = z.enum(['validating', 'writing', 'failed', 'completed']);
export type RosterImportStatus = z.infer<typeof rosterImportStatusSchema>;

/**
 * One problem found in the file. `line` is the CSV line or XLSX row number (header = 1), null for a
 * problem with the whole file; `field` is the column name when one column is at fault. `message` is
 * complete Bahasa Indonesia, starting with "Baris N:" when the line is known.
 */
export const rosterImportErrorSchema = z.object({
  line: z.number().int().nullable(),
  field: z.string().nullable(),
  message: z.string(),
});
export type RosterImportError = z.infer<typeof rosterImportErrorSchema>;

/** What a completed import changed; all zero when the same file is imported again. */
export const rosterImportSummarySchema = z.object({
  schoolsCreated: z.number().int(),
  schoolsUpdated: z.number().int(),
  peopleCreated: z.number().int(),
  peopleUpdated: z.number().int(),
  principalsSet: z.number().int(),
  /** Rows of a Dapodik export passed over: tenaga kependidikan outside Pengelolaan Kinerja. */
  rowsSkipped: z.number().int().default(0),
});
export type RosterImportSummary = z.infer<typeof rosterImportSummarySchema>;

/**
 * GET /api/roster-imports/:id — progress and result. `rowsTotal` is null until validation has counted
 * the rows; `rowsProcessed` counts rows checked while validating, then rows written while writing.
 * `errors` holds at most the first 1,000 problems; `errorCount` counts them all.
 */
export const rosterImportSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  kind: rosterImportKindSchema.nullable(),
  status: rosterImportStatusSchema,
  periodId: z.string().nullable(),
  rowsTotal: z.number().int().nullable(),
  rowsProcessed: z.number().int(),
  errorCount: z.number().int(),
  errors: z.array(rosterImportErrorSchema),
  summary: rosterImportSummarySchema.nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type RosterImport = z.infer<typeof rosterImportSchema>;

/** One entry of GET /api/roster-imports: an import without its error list. */
export const rosterImportListItemSchema = rosterImportSchema.omit({ errors: true });
export type RosterImportListItem = z.infer<typeof rosterImportListItemSchema>;

/** GET /api/roster-imports — the caller's 20 most recent imports (an admin sees everyone's), newest first. */
export const rosterImportListResponseSchema = z.object({
  imports: z.array(rosterImportListItemSchema),
});
export type RosterImportListResponse = z.infer<typeof rosterImportListResponseSchema>;

/**
 * Text fields of POST /api/roster-imports (multipart/form-data; the file itself goes in field `file`).
 * Without `periodId` the principals are set for the current period.
 */
export const rosterImportFieldsSchema = z.object({
  periodId: periodIdSchema.optional(),
});
export type RosterImportFields = z.infer<typeof rosterImportFieldsSchema>;

/** 202 answer of POST /api/roster-imports: poll GET /api/roster-imports/:id with this id. */
export const rosterImportCreatedSchema = z.object({ id: z.string() });
export type RosterImportCreated = z.infer<typeof rosterImportCreatedSchema>;

/** Columns of a Dapodik schools file (docs/ROSTER-IMPORT.md); all must be present in the header. */
export const ROSTER_SCHOOL_COLUMNS = [
  'npsn',
  'nama_sekolah',
  'jenjang',
  'status',
  'kode_provinsi',
  'nama_provinsi',
  'kode_kabupaten',
  'nama_kabupaten',
] as const;

/** Columns of a Dapodik PTK file (docs/ROSTER-IMPORT.md); all must be present, values may be blank. */
export const ROSTER_PTK_COLUMNS = [
  'npsn',
  'nama',
  'nip',
  'nuptk',
  'email',
  'status_kepegawaian',
  'pangkat_golongan',
  'jenjang_jabatan',
  'jenis_ptk',
  'kepala_sekolah',
] as const;
