import { executionGateSchema } from './execution.js';
import {
  catalogueCodeSchema,
  employeeKindSchema,
  personRefSchema,
  stageDeadlineSchema,
} from './plans.js';
import { z } from './zod.js';

const versionSchema = z
  .number({
    error: 'version wajib berupa angka versi siklus yang terakhir dibaca (0 bila belum ada)',
  })
  .int()
  .min(0);
const isoDate = z.iso.date({ error: 'harus tanggal YYYY-MM-DD, mis. 2026-03-12' });
const text = (max: number, what: string) =>
  z.string().max(max, { error: `${what} paling panjang ${max} karakter` });

/** Steps A–E of the Siklus Peningkatan Kinerja (domain.md §2.3). */
export const practiceStepSchema = z.enum([
  'preparation_discussion',
  'observation',
  'follow_up_discussion',
  'follow_up_action',
  'follow_up_reflection',
]);
export type PracticeStepDto = z.infer<typeof practiceStepSchema>;

/** The step due next, or completed. */
export const practiceStateSchema = z.enum([...practiceStepSchema.options, 'completed']);
export type PracticeStateDto = z.infer<typeof practiceStateSchema>;

/** Belum Dilakukan / Dilakukan tapi Belum Efektif / Dilakukan dan Efektif (domain.md §3.9). */
export const observationRatingSchema = z.enum(
  ['not_done', 'done_not_effective', 'done_effective'],
  {
    error: 'nilai harus not_done, done_not_effective atau done_effective',
  },
);
export type ObservationRatingDto = z.infer<typeof observationRatingSchema>;

/** The whole cycle with its ratings: what the Pelaksanaan page shows and the assessment reads. */
export const practiceCycleSchema = z.object({
  /** Null until the first write. */
  id: z.string().nullable(),
  planId: z.string(),
  periodId: z.string(),
  periodLabel: z.string(),
  ruleSetVersion: z.string(),
  employee: z.object({
    id: z.string(),
    name: z.string(),
    nip: z.string().nullable(),
    kind: employeeKindSchema,
  }),
  school: z.object({ id: z.string(), name: z.string() }),
  /** Who observes: the principal (or Plt) of a teacher, the pengawas (Tim Kinerja) of a principal. */
  observer: z.object({
    role: z.enum(['principal', 'acting_principal', 'pengawas']),
    people: z.array(personRefSchema),
    message: z.string().nullable(),
  }),
  /** The signed-in person's part in this cycle. */
  viewerRole: z.enum(['employee', 'observer', 'viewer']),
  indicator: z.object({
    code: z.string().nullable(),
    name: z.string().nullable(),
    description: z.string().nullable(),
    /** Target behaviours of the sub-indicator; empty when the catalogue has none yet (write focus behaviours out). */
    targets: z.array(
      z.object({
        code: z.string(),
        text: z.string(),
        recommended: z.array(z.string()),
        avoided: z.array(z.string()),
      }),
    ),
  }),
  state: practiceStateSchema,
  stateLabel: z.string(),
  version: z.number().int(),
  steps: z.array(
    z.object({
      step: practiceStepSchema,
      letter: z.string(),
      label: z.string(),
      status: z.enum(['done', 'current', 'upcoming']),
      finishedAt: z.string().nullable(),
      finishedBy: personRefSchema.nullable(),
    }),
  ),
  scale: z.array(z.object({ value: observationRatingSchema, label: z.string() })),
  preparation: z.object({
    focusBehaviourCodes: z.array(z.string()),
    customFocusBehaviours: z.array(z.string()),
    scheduledDate: z.string().nullable(),
    scheduledTime: z.string().nullable(),
    specificBehaviour: z.string(),
    effortsToReachTarget: z.string(),
    /** 2025+: the two written fields are required before A is finished. */
    isTextRequired: z.boolean(),
    /** Optional Modul Ajar (PDF); download from `url` (authorized). */
    modulAjar: z
      .object({
        fileName: z.string(),
        sizeBytes: z.number().int(),
        uploadedAt: z.string(),
        url: z.string(),
      })
      .nullable(),
  }),
  observation: z.object({
    /** Behaviours to rate in order (fixed when A is finished); empty before. */
    ratings: z.array(
      z.object({
        code: z.string(),
        text: z.string(),
        isFocus: z.boolean(),
        rating: observationRatingSchema.nullable(),
        ratingLabel: z.string().nullable(),
        note: z.string(),
      }),
    ),
    generalNote: z.string(),
    rated: z.number().int(),
    total: z.number().int(),
  }),
  followUp: z.object({ agreement: z.string(), acknowledgedAt: z.string().nullable() }),
  actions: z.array(z.object({ date: z.string(), description: z.string() })),
  reflection: z.object({
    text: z.string(),
    submittedAt: z.string().nullable(),
    comment: z.string(),
  }),
  gate: executionGateSchema,
  executionDeadline: stageDeadlineSchema.nullable(),
  abilities: z.object({
    canEditPreparation: z.boolean(),
    canFinishPreparation: z.boolean(),
    canUploadModulAjar: z.boolean(),
    canRecordObservation: z.boolean(),
    canFinishObservation: z.boolean(),
    canWriteFollowUp: z.boolean(),
    canFinishFollowUp: z.boolean(),
    canAcknowledgeFollowUp: z.boolean(),
    canEditActions: z.boolean(),
    canFinishActions: z.boolean(),
    canEditReflection: z.boolean(),
    canSubmitReflection: z.boolean(),
    canComment: z.boolean(),
    canFinishCycle: z.boolean(),
  }),
  updatedAt: z.string().nullable(),
});
export type PracticeCycle = z.infer<typeof practiceCycleSchema>;

/** PUT …/practice-cycle/preparation — "Simpan" of A (guru or observer; partial drafts allowed). */
export const savePreparationRequestSchema = z.object({
  version: versionSchema,
  focusBehaviourCodes: z
    .array(catalogueCodeSchema)
    .max(10, { error: 'paling banyak 10 perilaku fokus' }),
  customFocusBehaviours: z
    .array(
      z
        .string()
        .trim()
        .min(1, { error: 'perilaku fokus tidak boleh kosong' })
        .max(300, { error: 'perilaku fokus paling panjang 300 karakter' }),
    )
    .max(5, { error: 'paling banyak 5 perilaku fokus' })
    .default([]),
  scheduledDate: isoDate.nullable(),
  scheduledTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'jam harus HH:MM, mis. 08:30' })
    .nullable(),
  specificBehaviour: text(2000, 'perilaku spesifik').default(''),
  effortsToReachTarget: text(2000, 'upaya untuk mencapai target').default(''),
});
export type SavePreparationRequest = z.input<typeof savePreparationRequestSchema>;

/** Body of finalisations and acknowledgements: the version last read. */
export const practiceVersionRequestSchema = z.object({ version: versionSchema });
export type PracticeVersionRequest = z.infer<typeof practiceVersionRequestSchema>;

/**
 * PATCH …/practice-cycle/observation — autosave of the observer's ratings: only the behaviours sent
 * change; a save based on an older version still merges unless it touches a behaviour changed since.
 */
export const saveObservationRequestSchema = z.object({
  version: versionSchema,
  ratings: z
    .record(
      catalogueCodeSchema,
      z.object({
        rating: observationRatingSchema.nullable(),
        note: text(1000, 'catatan').default(''),
      }),
    )
    .refine((ratings) => Object.keys(ratings).length <= 30, {
      error: 'paling banyak 30 perilaku sekaligus',
    })
    .default({}),
  generalNote: text(2000, 'catatan umum').optional(),
});
export type SaveObservationRequest = z.input<typeof saveObservationRequestSchema>;

/** PUT …/practice-cycle/follow-up — C: the agreed follow-up, written by the observer. */
export const saveFollowUpRequestSchema = z.object({
  version: versionSchema,
  agreement: text(4000, 'tindak lanjut'),
});
export type SaveFollowUpRequest = z.infer<typeof saveFollowUpRequestSchema>;

/** PUT …/practice-cycle/actions — D: the whole list of logged actions. */
export const saveActionsRequestSchema = z.object({
  version: versionSchema,
  actions: z
    .array(
      z.object({
        date: isoDate,
        description: z
          .string()
          .trim()
          .min(1, { error: 'uraian upaya wajib diisi' })
          .max(1000, { error: 'uraian upaya paling panjang 1000 karakter' }),
      }),
    )
    .max(20, { error: 'paling banyak 20 upaya tindak lanjut' }),
});
export type SaveActionsRequest = z.infer<typeof saveActionsRequestSchema>;

/** PUT …/practice-cycle/reflection — E: the employee's reflection (draft until sent). */
export const savePracticeReflectionRequestSchema = z.object({
  version: versionSchema,
  text: text(4000, 'refleksi'),
});
export type SavePracticeReflectionRequest = z.infer<typeof savePracticeReflectionRequestSchema>;

/** PUT …/practice-cycle/comment — E: the observer's comment on the reflection. */
export const savePracticeCommentRequestSchema = z.object({
  version: versionSchema,
  comment: text(4000, 'komentar'),
});
export type SavePracticeCommentRequest = z.infer<typeof savePracticeCommentRequestSchema>;

/** Error body of cycle writes; a stale version (409 PRACTICE_VERSION_CONFLICT) carries the server copy. */
export const practiceErrorResponseSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    requestId: z.string().optional(),
    fields: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    current: practiceCycleSchema.optional(),
  }),
});
export type PracticeErrorResponse = z.infer<typeof practiceErrorResponseSchema>;
