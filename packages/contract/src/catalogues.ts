import { periodIdSchema } from './strings.js';
import { z } from './zod.js';

/** Competence groups of the 2025+ competency-indicator catalogue (domain.md §4.5). */
export const competencyGroupCodeSchema = z.enum([
  'pedagogik',
  'kepribadian',
  'sosial',
  'profesional',
  // The principal's own catalogue: one group whose indicators the Admin fills (§3.8, §4.5 [I]).
  'kepala_sekolah',
]);

/** GET /api/catalogues/competency-indicators query. */
export const competencyCatalogueQuerySchema = z.object({
  periodId: periodIdSchema.optional(),
});

/** Path of PUT /api/catalogues/competency-indicators/:periodId/:groupCode. */
export const competencyGroupParamsSchema = z.object({
  periodId: periodIdSchema,
  groupCode: competencyGroupCodeSchema,
});

/** The catalogue of a period: each group with its current indicators, or a gap. */
export const competencyCatalogueResponseSchema = z.object({
  periodId: z.string(),
  catalogueId: z.string(),
  groups: z.array(
    z.object({
      code: competencyGroupCodeSchema,
      catalogueId: z.string(),
      employeeKind: z.enum(['teacher', 'principal']),
      name: z.string(),
      isGap: z.boolean(),
      indicators: z.array(z.object({ code: z.string(), name: z.string() })),
      version: z.number().int().nullable(),
      source: z.string().nullable(),
      updatedAt: z.string().nullable(),
    }),
  ),
});
export type CompetencyCatalogueResponse = z.infer<typeof competencyCatalogueResponseSchema>;

/** PUT body: the full indicator list of one group (a new version) and where it comes from. */
export const fillCompetencyGroupRequestSchema = z.object({
  source: z
    .string()
    .trim()
    .min(3, { error: 'sumber wajib diisi (mis. nomor peraturan atau "Contoh demo")' })
    .max(300),
  indicators: z
    .array(
      z.object({
        code: z
          .string()
          .trim()
          .regex(/^[a-z0-9_]{2,80}$/, {
            error: 'kode 2–80 karakter: huruf kecil, angka dan garis bawah (_)',
          }),
        name: z.string().trim().min(3, { error: 'nama indikator wajib diisi' }).max(500),
      }),
    )
    .min(1, { error: 'isi minimal satu indikator' })
    .max(100, { error: 'paling banyak 100 indikator per kompetensi' }),
});
export type FillCompetencyGroupRequest = z.infer<typeof fillCompetencyGroupRequestSchema>;
