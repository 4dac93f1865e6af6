import { periodIdSchema } from './strings.js';
import { deadlineExtensionSchema } from './deadlines.js';
import { personRefSchema } from './plans.js';
import { z } from './zod.js';

/**
 * GET /api/people/lookup — find a person by an identifier the caller already knows: NIP (18
 * digits), NUPTK (16 digits) or email, matched exactly (no browsing by name).
 */
export const personLookupQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .min(5, { error: 'isi NIP, NUPTK atau email (minimal 5 karakter)' })
    .max(254, { error: 'paling panjang 254 karakter' }),
});

/** One person found by the lookup, with the school that places them (if any). */
export const personLookupItemSchema = z.object({
  id: z.string(),
  name: z.string(),
  jenisPtk: z.string().nullable(),
  matchedBy: z.enum(['nip', 'nuptk', 'email']),
  school: z.object({ id: z.string(), name: z.string(), npsn: z.string() }).nullable(),
  /** What the caller may do with the person's account (domain `mayResetPassword`). */
  abilities: z.object({ canResetPassword: z.boolean() }).optional(),
});
export type PersonLookupItem = z.infer<typeof personLookupItemSchema>;

/** GET /api/people/lookup */
export const personLookupResponseSchema = z.object({ people: z.array(personLookupItemSchema) });

/** GET /api/deadline-extensions/overview query: the period (default: the active one). */
export const extensionOverviewQuerySchema = z.object({
  periodId: periodIdSchema.optional(),
});

/** An extension with the person it was granted to, for the period overview. */
export const extensionOverviewItemSchema = deadlineExtensionSchema.extend({
  person: personRefSchema,
  schoolName: z.string().nullable(),
});
export type ExtensionOverviewItem = z.infer<typeof extensionOverviewItemSchema>;

/** GET /api/deadline-extensions/overview — the extensions of a period the caller may grant. */
export const extensionOverviewResponseSchema = z.object({
  period: z.object({ id: z.string(), label: z.string() }),
  extensions: z.array(extensionOverviewItemSchema),
});
