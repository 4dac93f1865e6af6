import { berakhlakValueCodeSchema, planTabSchema } from './plans.js';
import { z } from './zod.js';

const codeNameSchema = z.object({ code: z.string(), name: z.string() });

/** Pengembangan Kompetensi choices: 2024 RHKs with points, or 2025+ indicators by competence. */
export const competencyOptionsSchema = z.discriminatedUnion('mode', [
  z.object({
    mode: z.literal('points'),
    minPoints: z.number().int(),
    recommendedMaxPoints: z.number().int(),
    /** How many times one activity may be planned (activities repeat — domain.md §4.5). */
    maxCountPerActivity: z.number().int().min(1),
    rhks: z.array(
      z.object({
        code: z.string(),
        role: z.string(),
        points: z.number().nullable(),
        conversion: z.string().nullable(),
        /** False when the points are a catalogue gap: such an RHK cannot be chosen yet. */
        isAvailable: z.boolean(),
      }),
    ),
  }),
  z.object({
    mode: z.literal('indicator'),
    groups: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        indicators: z.array(codeNameSchema),
        /** True while an administrator has not filled this group (domain.md §8.1). */
        isGap: z.boolean(),
      }),
    ),
  }),
]);

/** GET /api/plans/:id/options — everything the tabs offer for this plan (except Praktik Kinerja). */
export const planOptionsResponseSchema = z.object({
  tabs: z.array(z.object({ code: planTabSchema, label: z.string() })),
  mainDuties: z.object({ isFocusRequired: z.boolean(), duties: z.array(codeNameSchema) }),
  competency: competencyOptionsSchema,
  additionalDuties: z.object({
    tab: planTabSchema,
    isSkReferenceRequired: z.boolean(),
    duties: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        weeklyJp: z.number().nullable(),
        legalBasis: z.string(),
      }),
    ),
  }),
  workBehaviour: z.object({
    requiredValueCodes: z.array(berakhlakValueCodeSchema),
    minSelectedValues: z.number().int(),
    isSupervisorExpectationRequired: z.boolean(),
    values: z.array(
      z.object({
        code: berakhlakValueCodeSchema,
        name: z.string(),
        behaviours: z.array(z.object({ code: z.string(), text: z.string() })),
      }),
    ),
  }),
});
export type PlanOptionsResponse = z.infer<typeof planOptionsResponseSchema>;

/** One Praktik Kinerja sub-indicator with its target behaviours and, when recommended, its score. */
export const practiceOptionSchema = z.object({
  code: z.string(),
  order: z.number().int(),
  name: z.string(),
  /** True when the name is a catalogue gap and `name` is a placeholder. */
  isNameGap: z.boolean(),
  group: z.string().nullable(),
  description: z.string().nullable(),
  raporIndicator: z.enum(['D1', 'D3']),
  targets: z.array(
    z.object({
      code: z.string(),
      text: z.string(),
      recommended: z.array(z.string()),
      avoided: z.array(z.string()),
    }),
  ),
  /** True while an administrator has not entered the target behaviours. */
  isTargetsGap: z.boolean(),
  /** The imported "Rapor Pendidikan Satdik" value; null for non-recommended ones. */
  raporScore: z.number().nullable(),
});
export type PracticeOption = z.infer<typeof practiceOptionSchema>;

/** GET /api/plans/:id/practice-options — recommended first, then "Lihat indikator lainnya". */
export const practiceOptionsResponseSchema = z.object({
  raporIndicator: z.enum(['D1', 'D3']),
  hasRaporData: z.boolean(),
  raporImportedAt: z.string().nullable(),
  recommended: z.array(practiceOptionSchema),
  others: z.array(practiceOptionSchema),
});
export type PracticeOptionsResponse = z.infer<typeof practiceOptionsResponseSchema>;
