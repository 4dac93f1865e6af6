import { periodIdSchema } from './strings.js';
import {
  berakhlakValueCodeSchema,
  employeeKindSchema,
  planContentSchema,
  planSchema,
  planStatusSchema,
  planTabSchema,
  stageDeadlineSchema,
} from './plans.js';
import { z } from './zod.js';

const versionSchema = z
  .number({ error: 'version wajib berupa angka versi rencana yang terakhir dibaca' })
  .int()
  .min(1);

/** GET /api/plans/mine — the caller's plan for the active (or given) period. */
export const myPlanQuerySchema = z.object({
  periodId: periodIdSchema.optional(),
  kind: employeeKindSchema.optional(),
});

/** GET /api/plans/mine — `plan` is null and `status` "not_started" until "Mulai". */
export const myPlanResponseSchema = z.object({
  period: z.object({ id: z.string(), label: z.string() }),
  employeeKind: employeeKindSchema,
  status: planStatusSchema,
  plan: planSchema.nullable(),
  canStart: z.boolean(),
  /** Why "Mulai" is not possible now (not open yet, locked out, no role), or null. */
  startRefusal: z.object({ code: z.string(), message: z.string() }).nullable(),
  planningDeadline: stageDeadlineSchema.nullable(),
  /** Whether the plan opens with confirming Tim Kinerja and Pejabat Penilai Kinerja (a principal, 2026). */
  isTeamRequired: z.boolean().optional(),
});
export type MyPlanResponse = z.infer<typeof myPlanResponseSchema>;

/** POST /api/plans — "Mulai"; idempotent: a second call returns the same plan. */
export const startPlanRequestSchema = z.object({
  periodId: periodIdSchema.optional(),
  kind: employeeKindSchema.optional(),
});

/**
 * PUT /api/plans/:id/draft — "Simpan Draf": the whole content, based on `version` (the last one read).
 * A stale version answers 409 PLAN_VERSION_CONFLICT with the server copy in `error.current`.
 * An optional `Idempotency-Key` header makes retries of the same save harmless.
 */
export const savePlanDraftRequestSchema = z.object({
  version: versionSchema,
  content: planContentSchema,
  lastTab: planTabSchema.optional(),
});
export type SavePlanDraftRequest = z.infer<typeof savePlanDraftRequestSchema>;

/** PUT /api/plans/:id/personal-data — the one-time local edit ("Edit" → "Simpan"); Dapodik is not changed. */
export const editPersonalDataRequestSchema = z.strictObject(
  {
    golongan: z.enum(['II', 'III', 'IV'], { error: 'golongan harus II, III atau IV' }).optional(),
    ruang: z.enum(['a', 'b', 'c', 'd', 'e'], { error: 'ruang harus a, b, c, d atau e' }).optional(),
    careerLevel: z
      .enum(['ahli_pertama', 'ahli_muda', 'ahli_madya', 'ahli_utama'], {
        error: 'jenjang jabatan harus ahli_pertama, ahli_muda, ahli_madya atau ahli_utama',
      })
      .optional(),
  },
  {
    error:
      'hanya Pangkat/Golongan, Ruang dan Jenjang Jabatan yang dapat diubah di sini; data lain diubah oleh Operator Sekolah di Dapodik',
  },
);
export type EditPersonalDataRequest = z.infer<typeof editPersonalDataRequestSchema>;

const expectationsSchema = z.partialRecord(
  berakhlakValueCodeSchema,
  z.string().trim().max(1000, { error: 'Ekspektasi Khusus Pimpinan paling panjang 1000 karakter' }),
);

/** PUT /api/plans/:id/supervisor-expectations — the supervisor writes "Ekspektasi Khusus Pimpinan". */
export const supervisorExpectationsRequestSchema = z.object({
  version: versionSchema,
  expectations: expectationsSchema,
});

/** POST /api/plans/:id/approve — "Setujui", optionally writing the expectations in the same step. */
export const approvePlanRequestSchema = z.object({
  version: versionSchema.optional(),
  supervisorExpectations: expectationsSchema.optional(),
});

/** POST /api/plans/:id/return — "Kembalikan" with a note the employee sees. */
export const returnPlanRequestSchema = z.object({
  version: versionSchema.optional(),
  note: z
    .string({ error: 'catatan wajib diisi' })
    .trim()
    .min(1, { error: 'catatan wajib diisi: tulis apa yang perlu diperbaiki' })
    .max(2000, { error: 'catatan paling panjang 2000 karakter' }),
});

/** POST /api/schools/:id/plans/approve — approve several plans without remarks, each on its own. */
export const bulkApprovePlansRequestSchema = z.object({
  planIds: z
    .array(z.uuid({ error: 'ID rencana tidak valid (harus UUID)' }))
    .min(1, { error: 'pilih minimal satu rencana' })
    .max(100, { error: 'paling banyak 100 rencana sekaligus' }),
});

/** Per-plan outcome of a bulk approval: all-or-nothing for each plan. */
export const bulkApprovePlansResponseSchema = z.object({
  approvedCount: z.number().int(),
  results: z.array(
    z.object({
      planId: z.string(),
      ok: z.boolean(),
      status: planStatusSchema.nullable(),
      code: z.string().nullable(),
      message: z.string().nullable(),
    }),
  ),
});
export type BulkApprovePlansResponse = z.infer<typeof bulkApprovePlansResponseSchema>;

/** GET /api/plans/:id/confirm-team — Tim Kinerja and Pejabat Penilai Kinerja of a principal (2026). */
export const planTeamResponseSchema = z.object({
  isRequired: z.boolean(),
  confirmedAt: z.string().nullable(),
  assessor: z.object({ id: z.string(), name: z.string(), dinasName: z.string() }).nullable(),
  timKinerja: z.array(
    z.object({ id: z.string(), name: z.string(), source: z.enum(['assigned', 'pengawas']) }),
  ),
  message: z.string().nullable(),
});
export type PlanTeamResponse = z.infer<typeof planTeamResponseSchema>;
