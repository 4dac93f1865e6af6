import { periodIdSchema } from './strings.js';
import { personRefSchema, stageDeadlineSchema } from './plans.js';
import { z } from './zod.js';

const stageSchema = z.enum(['pre_planning', 'planning', 'execution', 'assessment']);

/** POST /api/deadline-extensions — extend a stage for one named person (domain.md §2.4). */
export const deadlineExtensionRequestSchema = z.object({
  personId: z.uuid({ error: 'personId tidak valid (harus UUID)' }),
  periodId: periodIdSchema,
  stage: stageSchema,
  until: z.iso.date({ error: 'tanggal harus berformat TTTT-BB-HH, mis. 2026-02-07' }),
  reason: z
    .string()
    .trim()
    .min(3, { error: 'alasan wajib diisi' })
    .max(500, { error: 'alasan paling panjang 500 karakter' }),
});

/** A granted extension. */
export const deadlineExtensionSchema = z.object({
  id: z.string(),
  personId: z.string(),
  periodId: z.string(),
  stage: stageSchema,
  until: z.string(),
  reason: z.string(),
  grantedBy: personRefSchema,
  createdAt: z.string(),
});
export type DeadlineExtension = z.infer<typeof deadlineExtensionSchema>;

/** GET /api/deadline-extensions query. */
export const deadlineExtensionListQuerySchema = z.object({
  personId: z.uuid({ error: 'personId tidak valid (harus UUID)' }),
  periodId: periodIdSchema.optional(),
});

/** GET /api/deadline-extensions */
export const deadlineExtensionListResponseSchema = z.object({
  extensions: z.array(deadlineExtensionSchema),
});

/** Something due for the signed-in person, in one of their roles. */
export const homeTaskSchema = z.object({
  /** What waits (HOME_TODO_CODES of @kinerja/domain); the web links each code to its page. */
  code: z.enum([
    'plan_not_started',
    'plan_draft',
    'plan_returned',
    'plan_submitted',
    'plan_blocked',
    'plan_approved',
    'plan_closed',
    'plan_late',
    'evidence_to_collect',
    'documents_to_send',
    'practice_step',
    'assessment_waiting',
    'result_ready',
    'plans_to_approve',
    'cycles_to_lead',
    'documents_to_confirm',
    'assessments_to_do',
    'principal_cycles_to_lead',
    'principal_documents_to_confirm',
    'recommendations_to_send',
    'principal_plans_to_approve',
    'plans_without_supervisor',
    'principal_assessments_to_do',
    'staff_without_supervisor',
    'tim_kinerja_to_plot',
    'roster_import',
    'results_not_sent',
    'outbox_failures',
    'period_windows_to_confirm',
    'national_view',
  ]),
  role: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  dueOn: z.string().nullable(),
  planId: z.string().nullable(),
  schoolId: z.string().nullable(),
  dinasId: z.string().nullable(),
  count: z.number().int().nullable(),
});

/** GET /api/home — what is due and by when for the signed-in person in the active period. */
export const homeResponseSchema = z.object({
  period: z.object({ id: z.string(), label: z.string() }),
  deadlines: z.array(stageDeadlineSchema),
  tasks: z.array(homeTaskSchema),
  unreadNotifications: z.number().int(),
});
export type HomeResponse = z.infer<typeof homeResponseSchema>;
