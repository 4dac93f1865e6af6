import { z } from './zod.js';
import { assessmentStateSchema, evaluationDocumentSchema, predikatSchema } from './assessments.js';
import { executionStatusRowSchema } from './execution.js';

/** ?periodId, ?document and the page of GET /api/dinas/:id/principals. */
export const dinasPrincipalsQuerySchema = z.object({
  periodId: z.string().trim().min(1).max(20).optional(),
  document: evaluationDocumentSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

/** One principal of the Dinas region: their Pelaksanaan and their assessment of one document. */
export const dinasPrincipalRowSchema = executionStatusRowSchema.extend({
  assessment: z.object({
    id: z.string().nullable(),
    state: assessmentStateSchema,
    predikat: z.object({ code: predikatSchema, label: z.string() }).nullable(),
    /** How many Tim Kinerja recommendations wait on the assessment page. */
    recommendationCount: z.number().int(),
  }),
});
export type DinasPrincipalRow = z.infer<typeof dinasPrincipalRowSchema>;

/**
 * GET /api/dinas/:id/principals — the definitive principals of the Dinas's schools with their
 * Pelaksanaan and Penilaian: what the Dinas confirms and assesses (domain.md §1.2, §3.8, §3.9).
 */
export const dinasPrincipalsResponseSchema = z.object({
  period: z.object({ id: z.string(), label: z.string() }),
  dinas: z.object({ id: z.string(), name: z.string() }),
  document: z.object({ code: evaluationDocumentSchema, label: z.string() }),
  /** Whether the signed-in official is the Dinas's Pejabat Penilai Kinerja (confirms, assesses). */
  isAssessor: z.boolean(),
  total: z.number().int(),
  rows: z.array(dinasPrincipalRowSchema),
});
export type DinasPrincipalsResponse = z.infer<typeof dinasPrincipalsResponseSchema>;

/**
 * GET /api/dinas/:id/schools-without-principal — "Tanpa atasan": schools with neither a definitive
 * principal nor a Plt in the period, whose teachers' plans nobody can approve (domain.md §1.2, §7).
 */
export const headlessSchoolsResponseSchema = z.object({
  period: z.object({ id: z.string(), label: z.string() }),
  total: z.number().int(),
  /** Submitted teacher plans waiting in those schools (only within the listed rows). */
  schools: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      npsn: z.string(),
      teachers: z.number().int(),
      waitingPlans: z.number().int(),
    }),
  ),
});
export type HeadlessSchoolsResponse = z.infer<typeof headlessSchoolsResponseSchema>;

/** ?periodId of GET /api/dinas/:id/schools-without-principal. */
export const headlessSchoolsQuerySchema = z.object({
  periodId: z.string().trim().min(1).max(20).optional(),
});
