import { periodIdSchema } from './strings.js';
import { evaluationDocumentSchema, assessmentStateSchema, predikatSchema } from './assessments.js';
import { planStatusCountsSchema } from './plan-lists.js';
import { planStatusSchema } from './plans.js';
import { z } from './zod.js';

/** ?periodId= (default: the active period) and ?document= (default: the period's last document). */
export const dashboardQuerySchema = z.object({
  periodId: periodIdSchema.optional(),
  document: evaluationDocumentSchema.optional(),
});
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

/** :code of the province dashboard — a two-digit Kemendagri province code. */
export const provinceParamsSchema = z.object({
  code: z.string().regex(/^[0-9]{2}$/, { error: 'kode provinsi harus 2 angka, mis. 32' }),
});

/** Number of final assessments per predikat; every predikat is present, zero when none. */
export const predikatCountsSchema = z.object({
  sangat_baik: z.number().int(),
  baik: z.number().int(),
  butuh_perbaikan: z.number().int(),
  kurang: z.number().int(),
  sangat_kurang: z.number().int(),
});
export type PredikatCounts = z.infer<typeof predikatCountsSchema>;

/**
 * Progress of a group of teachers through the stages (domain.md §3.10): the teachers counted, their
 * plans per status ("not_started" = teachers without a plan), how many finished Pelaksanaan, their
 * assessments of the chosen document, and the predikat distribution of the final ones (§5.2, §5.3).
 */
export const stageCountsSchema = z.object({
  teachers: z.number().int(),
  planning: planStatusCountsSchema,
  executionCompleted: z.number().int(),
  assessment: z.object({
    not_started: z.number().int(),
    draft: z.number().int(),
    final: z.number().int(),
  }),
  predikat: predikatCountsSchema,
  /** Final assessments / teachers × 100, one decimal; 0 when there are no teachers. */
  completionPercent: z.number(),
});
export type StageCounts = z.infer<typeof stageCountsSchema>;

/** One row of an area dashboard: a school, a kabupaten/kota or a province. */
export const areaDashboardRowSchema = z.object({
  kind: z.enum(['school', 'regency', 'province']),
  /** School id (uuid), regency code (4 digits) or province code (2 digits). */
  code: z.string(),
  name: z.string(),
  /** NPSN for schools, null otherwise. */
  npsn: z.string().nullable(),
  counts: stageCountsSchema,
});
export type AreaDashboardRow = z.infer<typeof areaDashboardRowSchema>;

/**
 * GET /api/dinas/:id/dashboard (rows per school of the Dinas), GET /api/dashboards/provinces (admin:
 * rows per province) and GET /api/dashboards/provinces/:code (rows per kabupaten/kota).
 */
export const areaDashboardResponseSchema = z.object({
  period: z.object({ id: z.string(), label: z.string() }),
  document: z.object({ code: evaluationDocumentSchema, label: z.string() }),
  area: z.object({
    kind: z.enum(['dinas', 'nation', 'province']),
    code: z.string(),
    name: z.string(),
  }),
  totals: stageCountsSchema,
  rows: z.array(areaDashboardRowSchema),
});
export type AreaDashboardResponse = z.infer<typeof areaDashboardResponseSchema>;

/** Where one teacher is in the cycle, for the principal's dashboard. */
export const teacherProgressRowSchema = z.object({
  employee: z.object({
    id: z.string(),
    name: z.string(),
    nip: z.string().nullable(),
    /** PNS carry a NIP, PPPK a NI PPPK (in the same field), non-ASN neither (domain.md §4.6). */
    employmentStatus: z.enum(['pns', 'pppk', 'non_asn']).optional(),
  }),
  planId: z.string().nullable(),
  planStatus: planStatusSchema,
  planStatusLabel: z.string(),
  executionCompleted: z.boolean(),
  assessmentState: assessmentStateSchema,
  predikat: z.object({ code: predikatSchema, label: z.string() }).nullable(),
});
export type TeacherProgressRow = z.infer<typeof teacherProgressRowSchema>;

/** GET /api/schools/:id/dashboard — each teacher's stage and the school's predikat distribution. */
export const schoolDashboardResponseSchema = z.object({
  period: z.object({ id: z.string(), label: z.string() }),
  document: z.object({ code: evaluationDocumentSchema, label: z.string() }),
  school: z.object({ id: z.string(), name: z.string(), npsn: z.string() }),
  totals: stageCountsSchema,
  rows: z.array(teacherProgressRowSchema),
});
export type SchoolDashboardResponse = z.infer<typeof schoolDashboardResponseSchema>;
