import { z } from './zod.js';

/** Columns of a Rapor Pendidikan file (docs/RAPOR-PENDIDIKAN.md), in this order in the header. */
export const RAPOR_PENDIDIKAN_COLUMNS = ['npsn', 'kode_subindikator', 'nilai'] as const;

/** POST /api/rapor-pendidikan/imports (body: text/csv) — what the import wrote. */
export const raporImportResponseSchema = z.object({
  id: z.string(),
  rows: z.number().int(),
  schools: z.number().int(),
});
export type RaporImportResponse = z.infer<typeof raporImportResponseSchema>;
