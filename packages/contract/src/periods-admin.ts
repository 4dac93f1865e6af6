import { periodSchema } from './me.js';
import { periodIdSchema, textSchema } from './strings.js';
import { z } from './zod.js';

const dateSchema = (field: string) =>
  z.iso.date({ error: `${field}: tanggal harus berformat TTTT-BB-HH, mis. 2027-01-08` });

const windowSchema = (field: string) =>
  z.object({ opensOn: dateSchema(`${field} mulai`), closesOn: dateSchema(`${field} selesai`) });

/** The stage windows an administrator sets; Pra-Perencanaan is null for rule sets without it. */
export const periodWindowsSchema = z.object({
  prePlanning: windowSchema('Pra-Perencanaan').nullable(),
  planning: windowSchema('Perencanaan Kinerja'),
  execution: windowSchema('Pelaksanaan Kinerja'),
  assessment: windowSchema('Penilaian Kinerja'),
});
export type PeriodWindowsInput = z.infer<typeof periodWindowsSchema>;

/** POST /api/admin/periods — a new period from a rule-set version (windows default to its dates). */
export const createPeriodRequestSchema = z.object({
  id: periodIdSchema,
  ruleSetVersion: periodIdSchema,
  label: textSchema({ max: 80, min: 3, minMessage: 'nama periode minimal 3 karakter' }).optional(),
  startsOn: dateSchema('Mulai periode').optional(),
  endsOn: dateSchema('Akhir periode').optional(),
  windows: periodWindowsSchema.optional(),
});
export type CreatePeriodRequest = z.infer<typeof createPeriodRequestSchema>;

/** PUT /api/admin/periods/:periodId/windows — move windows; `confirm` for started stages. */
export const updatePeriodWindowsRequestSchema = z.object({
  windows: periodWindowsSchema,
  confirm: z.boolean().optional(),
});
export type UpdatePeriodWindowsRequest = z.infer<typeof updatePeriodWindowsRequestSchema>;

/** Path of one period. */
export const periodParamsSchema = z.object({ periodId: periodIdSchema });

/** A period as the administrator sees it: with the day it opens to users. */
export const adminPeriodSchema = periodSchema.extend({
  opensOn: z.string(),
  isOpen: z.boolean(),
});
export type AdminPeriod = z.infer<typeof adminPeriodSchema>;

/** A rule set one can create a period from or compare. */
export const ruleSetSummarySchema = z.object({
  version: z.string(),
  label: z.string(),
  basedOn: z.string().nullable(),
});
export type RuleSetSummary = z.infer<typeof ruleSetSummarySchema>;

/** GET /api/admin/periods */
export const adminPeriodListResponseSchema = z.object({
  periods: z.array(adminPeriodSchema),
  ruleSets: z.array(ruleSetSummarySchema),
});
export type AdminPeriodListResponse = z.infer<typeof adminPeriodListResponseSchema>;

/** GET /api/rule-sets/changes?from=&to= */
export const ruleSetChangesQuerySchema = z.object({
  from: periodIdSchema.optional(),
  to: periodIdSchema.optional(),
});

/** What changed between two rule sets, in Indonesian sentences. */
export const ruleSetChangesResponseSchema = z.object({
  from: ruleSetSummarySchema,
  to: ruleSetSummarySchema,
  rules: z.array(z.string()),
  dates: z.array(z.string()),
  ruleSets: z.array(ruleSetSummarySchema),
});
export type RuleSetChangesResponse = z.infer<typeof ruleSetChangesResponseSchema>;
