import { evaluationDocumentSchema, labelled, predikatSchema } from './assessments.js';
import { periodIdSchema } from './strings.js';
import { z } from './zod.js';

/** ?periodId= of GET /api/people/:id/angka-kredit: the period whose roles authorize the reader. */
export const angkaKreditQuerySchema = z.object({
  periodId: periodIdSchema.optional(),
});

/** One angka kredit entry: a final assessment converted (domain.md §5.4). */
export const angkaKreditEntrySchema = z.object({
  assessmentId: z.string(),
  periodId: z.string(),
  periodLabel: z.string(),
  document: labelled(evaluationDocumentSchema),
  predikat: labelled(predikatSchema),
  careerLevel: labelled(z.string()),
  months: z.number().int(),
  percentage: z.number(),
  coefficient: z.number(),
  /** Null for the 2024 "Akhir" document. */
  angkaKredit: z.number().nullable(),
  /** False for the 2024 "Akhir" document, whose months the two semesters already count. */
  isCounted: z.boolean(),
  finalizedAt: z.string(),
});

/** GET /api/people/:id/angka-kredit — per period and cumulative against the next promotion. */
export const angkaKreditResponseSchema = z.object({
  person: z.object({
    id: z.string(),
    name: z.string(),
    nip: z.string().nullable(),
    employmentStatus: z.enum(['pns', 'pppk', 'non_asn']),
  }),
  careerLevel: labelled(z.string()).nullable(),
  golonganRuang: z.string().nullable(),
  pangkat: z.string().nullable(),
  entries: z.array(angkaKreditEntrySchema),
  total: z.number(),
  withinCareerLevel: z.number(),
  promotion: z
    .object({
      next: z.string(),
      threshold: z.number(),
      remaining: z.number(),
      isEligible: z.boolean(),
      isCareerLevelPromotion: z.boolean(),
      /** Whole years still needed at predikat Baik; null when eligible already. */
      yearsAtBaik: z.number().int().nullable(),
    })
    .nullable(),
  notes: z.array(z.string()),
});
export type AngkaKreditResponse = z.infer<typeof angkaKreditResponseSchema>;
