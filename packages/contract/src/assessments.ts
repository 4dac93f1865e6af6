import { periodIdSchema } from './strings.js';
import {
  berakhlakValueCodeSchema,
  employeeKindSchema,
  personRefSchema,
  planStatusSchema,
} from './plans.js';
import { z } from './zod.js';

/** Rating Hasil Kerja / Rating Perilaku Kerja: Di Atas / Sesuai / Di Bawah Ekspektasi (domain.md §5.1). */
export const ratingSchema = z.enum([
  'above_expectations',
  'meets_expectations',
  'below_expectations',
]);
export type RatingDto = z.infer<typeof ratingSchema>;

/** The five predikat kinerja (domain.md §5.2). */
export const predikatSchema = z.enum([
  'sangat_baik',
  'baik',
  'butuh_perbaikan',
  'kurang',
  'sangat_kurang',
]);
export type PredikatDto = z.infer<typeof predikatSchema>;

/** Dokumen Evaluasi Kinerja: Semester I / II and Akhir (2024), Tahunan (2025+) — domain.md §5.6. */
export const evaluationDocumentSchema = z.enum(['semester_1', 'semester_2', 'akhir', 'tahunan']);
export type EvaluationDocumentDto = z.infer<typeof evaluationDocumentSchema>;

/** Capaian kinerja organisasi (domain.md §5.3). */
export const organisationAchievementSchema = z.enum([
  'istimewa',
  'baik',
  'butuh_perbaikan',
  'kurang',
  'sangat_kurang',
]);

/** Assessment states as shown: no row yet, draft, final ("Ditetapkan"). */
export const assessmentStateSchema = z.enum(['not_started', 'draft', 'final']);
export type AssessmentStateDto = z.infer<typeof assessmentStateSchema>;

/** A code with the Indonesian label a person reads. */
export const labelled = <T extends z.ZodType>(code: T) => z.object({ code, label: z.string() });

const versionSchema = z
  .number({
    error: 'version wajib berupa angka versi penilaian yang terakhir dibaca (0 bila belum ada)',
  })
  .int()
  .min(0);

/** ?document= on plan-keyed assessment endpoints; the period's first document when absent. */
export const assessmentDocumentQuerySchema = z.object({
  document: evaluationDocumentSchema.optional(),
});

/** PUT /api/plans/:id/assessment — the assessor's draft ("Simpan Draf"); version 0 creates it. */
export const saveAssessmentRequestSchema = z.object({
  document: evaluationDocumentSchema.optional(),
  version: versionSchema,
  workResultRating: ratingSchema.nullable(),
  workBehaviourRating: ratingSchema.nullable(),
  /** "Umpan Balik Berkelanjutan Berdasarkan Bukti Dukung" per BerAKHLAK value. */
  behaviourFeedback: z.partialRecord(
    berakhlakValueCodeSchema,
    z.string().trim().max(2000, { error: 'umpan balik paling panjang 2000 karakter per nilai' }),
  ),
  /** "Catatan / Rekomendasi". */
  notes: z
    .string()
    .trim()
    .max(4000, { error: 'Catatan / Rekomendasi paling panjang 4000 karakter' }),
});
export type SaveAssessmentRequest = z.infer<typeof saveAssessmentRequestSchema>;

/** POST /api/assessments/:id/finalize — "Tetapkan", after the confirmation dialog. */
export const finalizeAssessmentRequestSchema = z.object({
  version: versionSchema.min(1),
  isConfirmed: z.literal(true, {
    error:
      'isConfirmed harus true: konfirmasi dahulu bahwa penilaian tidak dapat diubah setelah ditetapkan',
  }),
});

/** POST /api/assessments/:id/document-versions — "Terbitkan versi baru" of a final document. */
export const reissueDocumentRequestSchema = z.object({
  isConfirmed: z.literal(true, {
    error:
      'isConfirmed harus true: konfirmasi dahulu bahwa versi baru dokumen akan diterbitkan dan diberitahukan kepada pegawai',
  }),
});

/** The version "Terbitkan versi baru" issued: number, "Nomor dokumen" and verification code. */
export const issuedDocumentVersionSchema = z.object({
  versionNumber: z.number().int().min(1),
  documentNumber: z.string(),
  verificationCode: z.string(),
});
/** See issuedDocumentVersionSchema. */
export type IssuedDocumentVersion = z.infer<typeof issuedDocumentVersionSchema>;

/**
 * A final document's issued versions, newest first (number, "Nomor dokumen", date, the SHA-256 of the
 * stored file once rendered), and the later facts a new version would print (issue 14 item 5).
 */
export const documentVersionsSchema = z.object({
  versions: z.array(
    z.object({
      versionNumber: z.number().int().min(1),
      documentNumber: z.string(),
      issuedAt: z.string(),
      /** Why it was issued: "Tetapkan", "Terbitkan versi baru", or the first download of an older document. */
      reason: z.enum(['finalize', 'reissue', 'first_download']),
      verificationCode: z.string(),
      /** SHA-256 (hex) of the stored PDF; null until its first download renders it. */
      fileHash: z.string().nullable(),
    }),
  ),
  /** What changed since the newest version (e.g. Capaian Kinerja Organisasi); empty when nothing did. */
  laterFacts: z.array(z.object({ label: z.string(), before: z.string(), after: z.string() })),
  /** Whether the reader may "Terbitkan versi baru" (the Pejabat Penilai Kinerja's ability). */
  canReissue: z.boolean(),
});
/** See documentVersionsSchema. */
export type DocumentVersions = z.infer<typeof documentVersionsSchema>;

/** POST /api/plans/:id/assessment/recommendations — a Tim Kinerja recommendation. */
export const recommendationRequestSchema = z.object({
  document: evaluationDocumentSchema.optional(),
  text: z
    .string()
    .trim()
    .min(1, { error: 'rekomendasi wajib diisi' })
    .max(2000, { error: 'rekomendasi paling panjang 2000 karakter' }),
});

/** Angka kredit of one final assessment (domain.md §5.4). */
export const assessmentAngkaKreditSchema = z.object({
  careerLevel: labelled(z.string()),
  months: z.number().int(),
  percentage: z.number(),
  coefficient: z.number(),
  value: z.number(),
});

/** One assessment as its assessor, Tim Kinerja, Dinas and (once final) the assessed person read it. */
export const assessmentSchema = z.object({
  /** Null while nobody has written anything ("Belum dinilai"). */
  id: z.string().nullable(),
  planId: z.string(),
  periodId: z.string(),
  periodLabel: z.string(),
  document: labelled(evaluationDocumentSchema),
  /** Periode penilaian, e.g. 1 Januari–30 Juni 2024 (field 4 of the document). */
  coverage: z.object({ start: z.string(), end: z.string(), label: z.string() }),
  state: assessmentStateSchema,
  stateLabel: z.string(),
  /** 0 while there is no row; send it back with every write. */
  version: z.number().int(),
  workResultRating: labelled(ratingSchema).nullable(),
  workBehaviourRating: labelled(ratingSchema).nullable(),
  behaviourFeedback: z.array(
    z.object({ value: berakhlakValueCodeSchema, name: z.string(), feedback: z.string() }),
  ),
  notes: z.string(),
  /** From the §5.2 matrix; a preview while the draft has both ratings, fixed once final. */
  predikat: z
    .object({ code: predikatSchema, label: z.string(), isPreview: z.boolean() })
    .nullable(),
  finalizedAt: z.string().nullable(),
  finalizedBy: personRefSchema.nullable(),
  angkaKredit: assessmentAngkaKreditSchema.nullable(),
  employee: z.object({
    id: z.string(),
    name: z.string(),
    nip: z.string().nullable(),
    kind: employeeKindSchema,
    school: z.object({ id: z.string(), name: z.string(), npsn: z.string() }),
  }),
  /** The Pejabat Penilai Kinerja. */
  assessor: personRefSchema.nullable(),
  abilities: z.object({
    canEdit: z.boolean(),
    canFinalize: z.boolean(),
    canRecommend: z.boolean(),
    canDownloadPdf: z.boolean(),
  }),
});
export type Assessment = z.infer<typeof assessmentSchema>;

/** What the approved plan holds, as names (the assessor's summary). */
export const planSummarySchema = z.object({
  mainDuties: z.array(z.string()),
  focusDuty: z.string().nullable(),
  practiceIndicator: z.string().nullable(),
  competency: z.array(z.string()),
  additionalDuties: z.array(z.string()),
  workBehaviour: z.array(
    z.object({
      value: berakhlakValueCodeSchema,
      name: z.string(),
      behaviour: z.string().nullable(),
      expectation: z.string(),
    }),
  ),
});
export type PlanSummary = z.infer<typeof planSummarySchema>;

/** Whatever Pelaksanaan left: evidence (2024), written documents (2025+), the practice cycle. */
export const executionSummarySchema = z.object({
  evidence: z.object({ collected: z.number().int(), total: z.number().int() }).nullable(),
  documents: z.array(
    z.object({
      kind: z.string(),
      label: z.string(),
      state: z.string(),
      sentAt: z.string().nullable(),
      confirmedAt: z.string().nullable(),
    }),
  ),
  practiceCycle: z
    .object({
      state: z.string(),
      stateLabel: z.string(),
      observation: z.object({
        rated: z.number().int(),
        total: z.number().int(),
        counts: z.record(z.string(), z.number().int()),
      }),
      generalNote: z.string(),
      followUpAgreement: z.string(),
      reflection: z.string(),
    })
    .nullable(),
  /** What Pelaksanaan has not produced yet, warned about before "Tetapkan" (issue #11 finding 10). */
  missing: z.array(z.object({ code: z.string(), message: z.string() })).default([]),
});
export type ExecutionSummary = z.infer<typeof executionSummarySchema>;

/** The school's capaian kinerja organisasi and the §5.3 distribution check, as warnings. */
export const organisationCheckSchema = z.object({
  achievement: labelled(organisationAchievementSchema).nullable(),
  /** Whose Rating Hasil Kerja gives the capaian: the principal's (domain.md §5.3). */
  principal: personRefSchema.nullable(),
  counts: z.record(predikatSchema, z.number().int()),
  total: z.number().int(),
  warnings: z.array(z.object({ code: z.string(), message: z.string() })),
  notice: z.string().nullable(),
});
export type OrganisationCheckDto = z.infer<typeof organisationCheckSchema>;

/** GET /api/plans/:id/assessment — the assessor's page (and the Tim Kinerja's). */
/**
 * What the Penilaian weighs (domain.md §3.9): the three Praktik Kinerja dimensions and, where the
 * guides name them (2024), the variables with their roles.
 */
export const assessmentBasisSchema = z.object({
  practiceDimensions: z.array(
    z.object({ code: z.string(), label: z.string(), description: z.string() }),
  ),
  variables: z.array(
    z.object({ code: z.string(), label: z.string(), role: z.string(), roleLabel: z.string() }),
  ),
});
/** See assessmentBasisSchema. */
export type AssessmentBasis = z.infer<typeof assessmentBasisSchema>;

export const assessmentPageSchema = z.object({
  assessment: assessmentSchema,
  window: z.object({
    opensOn: z.string().nullable(),
    closesOn: z.string().nullable(),
    isOpen: z.boolean(),
    code: z.string().nullable(),
    message: z.string().nullable(),
  }),
  /** The period's evaluation documents, for switching between Semester II and Akhir (2024). */
  documents: z.array(
    z.object({
      document: labelled(evaluationDocumentSchema),
      assessmentId: z.string().nullable(),
      state: assessmentStateSchema,
    }),
  ),
  plan: z.object({
    id: z.string(),
    status: planStatusSchema,
    approvedAt: z.string().nullable(),
    summary: planSummarySchema,
  }),
  execution: executionSummarySchema,
  recommendations: z.array(
    z.object({
      id: z.string(),
      author: personRefSchema,
      text: z.string(),
      createdAt: z.string(),
    }),
  ),
  organisation: organisationCheckSchema,
  ratingOptions: z.array(labelled(ratingSchema)),
  /** Warnings about the document before "Tetapkan" (e.g. capaian organisasi not known yet). */
  documentWarnings: z.array(z.object({ code: z.string(), message: z.string() })).default([]),
  basis: assessmentBasisSchema,
  /** The numbered versions of the final document and what "Terbitkan versi baru" would change (§5.6). */
  documentVersions: documentVersionsSchema.default({
    versions: [],
    laterFacts: [],
    canReissue: false,
  }),
});
export type AssessmentPage = z.infer<typeof assessmentPageSchema>;

/** 409 on a stale write: the current page travels with the error so nothing typed is lost. */
export const assessmentErrorResponseSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    requestId: z.string().optional(),
    fields: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    current: assessmentPageSchema.optional(),
  }),
});

/** GET /api/assessments/mine — the person's final assessments (all periods, or one). */
export const myAssessmentsQuerySchema = z.object({
  periodId: periodIdSchema.optional(),
});
export const myAssessmentsResponseSchema = z.object({ assessments: z.array(assessmentSchema) });
export type MyAssessmentsResponse = z.infer<typeof myAssessmentsResponseSchema>;

/** GET /api/schools/:id/assessments — the school's employees and their assessment in a period. */
export const schoolAssessmentsQuerySchema = z.object({
  periodId: periodIdSchema.optional(),
  document: evaluationDocumentSchema.optional(),
});
export const schoolAssessmentsResponseSchema = z.object({
  period: z.object({ id: z.string(), label: z.string() }),
  /** Teachers of the school with no plan in the period: not listed, but never "no teachers". */
  teachersWithoutPlan: z.number().int().default(0),
  school: z.object({ id: z.string(), name: z.string(), npsn: z.string() }),
  document: labelled(evaluationDocumentSchema),
  organisation: organisationCheckSchema,
  rows: z.array(
    z.object({
      planId: z.string(),
      employee: z.object({
        id: z.string(),
        name: z.string(),
        nip: z.string().nullable(),
        kind: employeeKindSchema,
      }),
      planStatus: planStatusSchema,
      assessmentId: z.string().nullable(),
      state: assessmentStateSchema,
      predikat: labelled(predikatSchema).nullable(),
    }),
  ),
});
export type SchoolAssessmentsResponse = z.infer<typeof schoolAssessmentsResponseSchema>;

/** ?periodId= of the batch ZIP downloads. */
export const batchDocumentsQuerySchema = z.object({
  periodId: periodIdSchema.optional(),
});
