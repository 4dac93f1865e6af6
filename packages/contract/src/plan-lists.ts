import { periodIdSchema } from './strings.js';
import { personRefSchema, planContentSchema, planStatusSchema } from './plans.js';
import { z } from './zod.js';

/** Query of the review lists: the period (default: the active one) and a status filter. */
export const planListQuerySchema = z.object({
  periodId: periodIdSchema.optional(),
  status: planStatusSchema.optional(),
});

/** Number of plans per status, for the filter chips. */
export const planStatusCountsSchema = z.object({
  not_started: z.number().int(),
  draft: z.number().int(),
  submitted: z.number().int(),
  returned: z.number().int(),
  approved: z.number().int(),
});

const rowAbilitiesSchema = z.object({
  canView: z.boolean(),
  canApprove: z.boolean(),
  canReturn: z.boolean(),
});

/** One teacher in "Periksa": their plan status in the period, or "Belum mulai". */
export const schoolPlanItemSchema = z.object({
  employee: z.object({
    id: z.string(),
    name: z.string(),
    nip: z.string().nullable(),
    nuptk: z.string().nullable(),
    /** PNS carry a NIP, PPPK a NI PPPK (in the same field), non-ASN neither (domain.md §4.6). */
    employmentStatus: z.enum(['pns', 'pppk', 'non_asn']).optional(),
  }),
  planId: z.string().nullable(),
  status: planStatusSchema,
  statusLabel: z.string(),
  version: z.number().int().nullable(),
  submittedAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
  hasSupervisorExpectations: z.boolean(),
  abilities: rowAbilitiesSchema,
});

/** GET /api/schools/:id/plans — "Periksa": the school's teachers for the period, with status. */
export const schoolPlanListResponseSchema = z.object({
  period: z.object({ id: z.string(), label: z.string() }),
  school: z.object({ id: z.string(), name: z.string(), npsn: z.string() }),
  approvalMode: z.enum(['manual', 'automatic', 'blocked']),
  counts: planStatusCountsSchema,
  plans: z.array(schoolPlanItemSchema),
});
export type SchoolPlanListResponse = z.infer<typeof schoolPlanListResponseSchema>;

/** Query of the Dinas list, paged. */
export const dinasPlanListQuerySchema = planListQuerySchema.extend({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

/** One school's principal and their own plan, for the Dinas or the pengawas. */
export const principalPlanItemSchema = z.object({
  school: z.object({ id: z.string(), name: z.string(), npsn: z.string(), jenjang: z.string() }),
  employee: personRefSchema.nullable(),
  planId: z.string().nullable(),
  status: planStatusSchema,
  statusLabel: z.string(),
  submittedAt: z.string().nullable(),
  abilities: rowAbilitiesSchema,
});

/** GET /api/dinas/:id/plans — principals' plans of the Dinas's schools. */
export const dinasPlanListResponseSchema = z.object({
  period: z.object({ id: z.string(), label: z.string() }),
  dinas: z.object({ id: z.string(), name: z.string() }),
  counts: planStatusCountsSchema,
  total: z.number().int(),
  plans: z.array(principalPlanItemSchema),
});
export type DinasPlanListResponse = z.infer<typeof dinasPlanListResponseSchema>;

/** GET /api/pengawas/plans — principals of the pengawas's binaan schools (read-only). */
export const pengawasPlanListResponseSchema = z.object({
  period: z.object({ id: z.string(), label: z.string() }),
  plans: z.array(principalPlanItemSchema),
});
export type PengawasPlanListResponse = z.infer<typeof pengawasPlanListResponseSchema>;

/** GET /api/plans/:id/history — every submitted version and every decision, oldest first. */
export const planHistoryResponseSchema = z.object({
  versions: z.array(
    z.object({
      number: z.number().int(),
      submittedAt: z.string(),
      submittedBy: personRefSchema,
      content: planContentSchema,
    }),
  ),
  decisions: z.array(
    z.object({
      decision: z.enum(['approved', 'returned', 'auto_approved']),
      label: z.string(),
      basis: z.string().nullable(),
      note: z.string().nullable(),
      versionNumber: z.number().int(),
      decidedAt: z.string(),
      decidedBy: personRefSchema.nullable(),
      supervisorExpectations: z.record(z.string(), z.string()),
    }),
  ),
});
export type PlanHistoryResponse = z.infer<typeof planHistoryResponseSchema>;
