import { periodIdSchema } from './strings.js';
import {
  catalogueCodeSchema,
  employeeKindSchema,
  personRefSchema,
  planStatusSchema,
  stageDeadlineSchema,
} from './plans.js';
import { z } from './zod.js';

/** Same limit as the domain's REFLECTION_MAX_LENGTH (refleksi hasil belajar, domain.md §3.6). */
export const REFLECTION_TEXT_MAX = 5000;

const versionSchema = z
  .number({
    error: 'version wajib berupa angka versi dokumen yang terakhir dibaca (0 bila belum ada)',
  })
  .int()
  .min(0);

/** The written documents of 2025+: Pengembangan Kompetensi and Pelaksanaan Tugas Pokok (domain.md §3.6). */
export const writtenDocumentKindSchema = z.enum(['competency_reflection', 'main_duties_checklist']);
export type WrittenDocumentKind = z.infer<typeof writtenDocumentKindSchema>;

/** Belum diisi → Draf → Terkirim (locked) — domain.md §3.10. */
export const writtenDocumentStateSchema = z.enum(['empty', 'draft', 'sent']);
export type WrittenDocumentState = z.infer<typeof writtenDocumentStateSchema>;

/** Whether Pelaksanaan can be written now, and why not (plan not approved, window closed…). */
export const executionGateSchema = z.object({
  isOpen: z.boolean(),
  code: z.string().nullable(),
  message: z.string().nullable(),
});
export type ExecutionGate = z.infer<typeof executionGateSchema>;

/** One execution document as every document endpoint returns it. */
export const writtenDocumentSchema = z.object({
  planId: z.string(),
  kind: writtenDocumentKindSchema,
  /** "Dokumen Pengembangan Kompetensi" / "Dokumen Pelaksanaan Tugas Pokok". */
  label: z.string(),
  state: writtenDocumentStateSchema,
  stateLabel: z.string(),
  /** 0 while nothing is saved; send it back with every write. */
  version: z.number().int(),
  /** Competency reflection only. */
  reflection: z.object({ text: z.string(), maxLength: z.number().int() }).nullable(),
  /** Main-duties checklist only: the duties of the approved plan, ticked or not. */
  checklist: z
    .object({
      duties: z.array(
        z.object({
          code: z.string(),
          name: z.string(),
          isFocus: z.boolean(),
          isCompleted: z.boolean(),
        }),
      ),
    })
    .nullable(),
  /** Main-duties checklist only: the atasan's confirmation of the dokumen akuntabilitas. */
  accountability: z
    .object({
      isConfirmed: z.boolean(),
      confirmedAt: z.string().nullable(),
      confirmedBy: personRefSchema.nullable(),
      note: z.string().nullable(),
      /** What the atasan confirms in this period (2026: only their availability — domain.md §3.7). */
      description: z.string(),
    })
    .nullable(),
  sentAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
  abilities: z.object({
    canSaveDraft: z.boolean(),
    canSend: z.boolean(),
    canConfirmAccountability: z.boolean(),
  }),
});
export type WrittenDocument = z.infer<typeof writtenDocumentSchema>;

/** Path parameters of a document route. */
export const writtenDocumentParamsSchema = z.object({
  id: z.uuid({ error: 'ID rencana tidak valid (harus UUID)' }),
  kind: z.enum(['competency-reflection', 'main-duties-checklist'], {
    error: 'jenis dokumen harus competency-reflection atau main-duties-checklist',
  }),
});

/** PUT /api/plans/:id/documents/competency-reflection — "Simpan Draf" of the refleksi hasil belajar. */
export const saveReflectionDocumentRequestSchema = z.object({
  version: versionSchema,
  text: z.string().max(REFLECTION_TEXT_MAX, {
    error: `refleksi hasil belajar paling panjang ${REFLECTION_TEXT_MAX} karakter`,
  }),
});
export type SaveReflectionDocumentRequest = z.infer<typeof saveReflectionDocumentRequestSchema>;

/** PUT /api/plans/:id/documents/main-duties-checklist — "Simpan Draf" of the ticked duties. */
export const saveChecklistDocumentRequestSchema = z.object({
  version: versionSchema,
  completedDutyCodes: z
    .array(catalogueCodeSchema)
    .max(10, { error: 'paling banyak 10 tugas pokok' }),
});
export type SaveChecklistDocumentRequest = z.infer<typeof saveChecklistDocumentRequestSchema>;

/** POST …/send — "Kirim ke Atasan" of the version last read; afterwards the document is locked. */
export const sendWrittenDocumentRequestSchema = z.object({ version: versionSchema });
export type SendWrittenDocumentRequest = z.infer<typeof sendWrittenDocumentRequestSchema>;

/** POST …/main-duties-checklist/confirm — the atasan confirms the dokumen akuntabilitas exist. */
export const confirmAccountabilityRequestSchema = z.object({
  note: z.string().trim().max(1000, { error: 'catatan paling panjang 1000 karakter' }).optional(),
});
export type ConfirmAccountabilityRequest = z.infer<typeof confirmAccountabilityRequestSchema>;

/** Error body of document writes; a stale version (409 DOCUMENT_VERSION_CONFLICT) carries the server copy. */
export const writtenDocumentErrorResponseSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    requestId: z.string().optional(),
    fields: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    current: writtenDocumentSchema.optional(),
  }),
});
export type WrittenDocumentErrorResponse = z.infer<typeof writtenDocumentErrorResponseSchema>;

/** The state of a document in a list (null state = the period has no such document). */
export const documentStatusSchema = z.object({
  state: writtenDocumentStateSchema,
  stateLabel: z.string(),
  sentAt: z.string().nullable(),
});

/** A practice cycle's step in a list. */
export const practiceStatusSchema = z.object({
  state: z.enum([
    'preparation_discussion',
    'observation',
    'follow_up_discussion',
    'follow_up_action',
    'follow_up_reflection',
    'completed',
  ]),
  /** "A", "B", … or null when completed. */
  letter: z.string().nullable(),
  stateLabel: z.string(),
  isStarted: z.boolean(),
});
export type PracticeStatus = z.infer<typeof practiceStatusSchema>;

/** GET /api/plans/:id/execution — the Pelaksanaan page of one approved plan. */
export const executionOverviewSchema = z.object({
  plan: z.object({
    id: z.string(),
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
  }),
  gate: executionGateSchema,
  executionDeadline: stageDeadlineSchema.nullable(),
  /** Who receives the documents: the principal (or Plt) for a teacher, the Dinas assessor for a principal. */
  supervisor: z.object({
    person: personRefSchema.nullable(),
    isActing: z.boolean(),
    /** E.g. the Plt reminder, or "Data atasan Anda tidak ditemukan". */
    message: z.string().nullable(),
  }),
  /** The written documents of the period (none in 2024). */
  documents: z.array(writtenDocumentSchema),
  practice: practiceStatusSchema.extend({
    observationProgress: z.object({ rated: z.number().int(), total: z.number().int() }),
  }),
});
export type ExecutionOverview = z.infer<typeof executionOverviewSchema>;

/** One employee's Pelaksanaan at a glance, in the principal's or the pengawas's list. */
export const executionStatusRowSchema = z.object({
  employee: z.object({
    id: z.string(),
    name: z.string(),
    nip: z.string().nullable(),
    /** PNS carry a NIP, PPPK a NI PPPK (in the same field), non-ASN neither (domain.md §4.6). */
    employmentStatus: z.enum(['pns', 'pppk', 'non_asn']).optional(),
  }),
  school: z.object({ id: z.string(), name: z.string(), npsn: z.string() }),
  planId: z.string().nullable(),
  planStatus: planStatusSchema,
  documents: z.object({
    competencyReflection: documentStatusSchema.nullable(),
    mainDutiesChecklist: documentStatusSchema
      .extend({ isAccountabilityConfirmed: z.boolean() })
      .nullable(),
  }),
  /** Null until the plan is approved. */
  practice: practiceStatusSchema.nullable(),
});
export type ExecutionStatusRow = z.infer<typeof executionStatusRowSchema>;

/** GET /api/schools/:id/execution and GET /api/pengawas/execution query. */
export const executionListQuerySchema = z.object({
  periodId: periodIdSchema.optional(),
});

/** GET /api/schools/:id/execution — every teacher of the school (principal, Dinas, admin). */
export const schoolExecutionListResponseSchema = z.object({
  period: z.object({ id: z.string(), label: z.string() }),
  school: z.object({ id: z.string(), name: z.string(), npsn: z.string() }),
  rows: z.array(executionStatusRowSchema),
});
export type SchoolExecutionListResponse = z.infer<typeof schoolExecutionListResponseSchema>;

/** GET /api/pengawas/execution — the principals of the pengawas's binaan schools. */
export const pengawasExecutionListResponseSchema = z.object({
  period: z.object({ id: z.string(), label: z.string() }),
  rows: z.array(executionStatusRowSchema),
});
export type PengawasExecutionListResponse = z.infer<typeof pengawasExecutionListResponseSchema>;
