import { periodIdSchema } from './strings.js';
import { planStatusSchema, personRefSchema } from './plans.js';
import { z } from './zod.js';

// 2024 evidence ("Kumpulkan"), Bukti Karya and "Ubah Rencana Hasil Kerja" — domain.md §3.4, issue #5.

const isoDate = z.iso.date({ error: 'harus tanggal YYYY-MM-DD, mis. 2024-02-15' });

/** The two upload documents of 2024: per competency RHK, per additional duty. */
export const evidenceSlotKindSchema = z.enum(['competency_evidence', 'additional_duty_evidence']);
export type EvidenceSlotKind = z.infer<typeof evidenceSlotKindSchema>;

/** Belum diisi → Draf → Dikumpulkan (immutable). */
export const evidenceStateSchema = z.enum(['empty', 'draft', 'collected']);
export type EvidenceState = z.infer<typeof evidenceStateSchema>;

/** What a competency document is: certificate, Surat Keterangan Selesai Topik, other document. */
export const evidenceDocumentKindSchema = z.enum(
  ['certificate', 'surat_keterangan_selesai_topik', 'relevant_document', 'report'],
  { error: 'pilih sertifikat, surat_keterangan_selesai_topik, relevant_document atau report' },
);
export type EvidenceDocumentKind = z.infer<typeof evidenceDocumentKindSchema>;

const certificateText = (label: string) =>
  z
    .string()
    .trim()
    .max(200, { error: `${label} paling banyak 200 karakter` })
    .nullable()
    .transform((value) => (value === '' ? null : value));

/** Certificate metadata of competency evidence; issuedOn is required for dated kinds. */
export const evidenceCertificateSchema = z.object({
  kind: evidenceDocumentKindSchema,
  issuedOn: isoDate.nullable().default(null),
  /** "Nomor sertifikat" as printed, when it has one: compared to catch a re-scan (issue 14). */
  number: certificateText('nomor sertifikat').optional(),
  /** "Judul" (course or activity title) as printed. */
  title: certificateText('judul sertifikat').optional(),
});
export type EvidenceCertificate = z.infer<typeof evidenceCertificateSchema>;

/** The file in a slot. `url` serves it ("Cek") after an authorization check. */
export const evidenceFileSchema = z.object({
  name: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  source: z.enum(['device', 'karya']),
  karyaId: z.string().nullable(),
  uploadedAt: z.string(),
  url: z.string(),
});
export type EvidenceFile = z.infer<typeof evidenceFileSchema>;

/** What the signed-in person may do with a slot; the SPA shows buttons from these only. */
export const evidenceSlotAbilitiesSchema = z.object({
  canUpload: z.boolean(),
  canUseKarya: z.boolean(),
  canSaveDraft: z.boolean(),
  canCollect: z.boolean(),
  canView: z.boolean(),
});

/** One evidence slot; superseded slots (after "Ubah Rencana Hasil Kerja") stay as history. */
export const evidenceSlotSchema = z.object({
  id: z.string(),
  kind: evidenceSlotKindSchema,
  code: z.string(),
  /** Which planned instance of a repeatable 2024 activity (1-based), of `instanceCount` planned. */
  instance: z.number().int().min(1),
  instanceCount: z.number().int().min(1),
  /** The RHK ("Meningkatnya kompetensi melalui peran sebagai …") or the additional duty name. */
  title: z.string(),
  points: z.number().nullable(),
  skReference: z.string().nullable(),
  state: evidenceStateSchema,
  stateLabel: z.string(),
  version: z.number().int(),
  file: evidenceFileSchema.nullable(),
  certificate: evidenceCertificateSchema.extend({ kindLabel: z.string() }).nullable(),
  /** Kinds accepted for this RHK (empty for additional duties). */
  acceptedKinds: z.array(evidenceDocumentKindSchema),
  /** "DIUBAH OLEH ANDA": the slot came from an RHK change. */
  changedByEmployee: z.boolean(),
  supersededAt: z.string().nullable(),
  collectedAt: z.string().nullable(),
  updatedAt: z.string(),
  abilities: evidenceSlotAbilitiesSchema,
});
export type EvidenceSlot = z.infer<typeof evidenceSlotSchema>;

/** Counts of the current slots of one plan. */
export const evidenceProgressSchema = z.object({
  total: z.number().int(),
  collected: z.number().int(),
  draft: z.number().int(),
  empty: z.number().int(),
  missing: z.number().int(),
  isComplete: z.boolean(),
});
export type EvidenceProgressDto = z.infer<typeof evidenceProgressSchema>;

/** GET /api/plans/:id/evidence — current slots, superseded history and the upload rules. */
export const evidenceListResponseSchema = z.object({
  planId: z.string(),
  periodId: z.string(),
  periodLabel: z.string(),
  employee: personRefSchema,
  isOwner: z.boolean(),
  rules: z.object({
    maxBytes: z.number().int(),
    certificateIssuedOnOrAfter: z.string(),
    fileNameHeader: z.literal('x-file-name'),
  }),
  progress: evidenceProgressSchema,
  slots: z.array(evidenceSlotSchema),
  history: z.array(evidenceSlotSchema),
});
export type EvidenceListResponse = z.infer<typeof evidenceListResponseSchema>;

/** Path params of one slot. */
export const evidenceSlotParamsSchema = z.object({
  id: z.uuid({ error: 'ID rencana tidak valid (harus UUID)' }),
  slotId: z.uuid({ error: 'ID slot bukti dukung tidak valid (harus UUID)' }),
});

/**
 * PUT /api/plans/:id/evidence/:slotId/file ("Unggah Dokumen" / "Ubah"): the raw PDF is the body
 * (Content-Type application/pdf), its name in the x-file-name header (encodeURIComponent);
 * these query parameters carry the certificate of competency evidence and the slot version.
 */
export const evidenceUploadQuerySchema = z.object({
  kind: evidenceDocumentKindSchema.optional(),
  issuedOn: isoDate.optional(),
  certificateNumber: certificateText('nomor sertifikat').optional(),
  certificateTitle: certificateText('judul sertifikat').optional(),
  version: z.coerce.number().int().min(1).optional(),
});

/** PUT /api/plans/:id/evidence/:slotId/karya — "Ambil Karya" from Bukti Karya. */
export const evidenceFromKaryaRequestSchema = z.object({
  karyaId: z.uuid({ error: 'pilih karya dari Bukti Karya' }),
  certificate: evidenceCertificateSchema.optional(),
  version: z.number().int().min(1).optional(),
});

/** PUT /api/plans/:id/evidence/:slotId/draft — "Simpan Draf" of the certificate details. */
export const evidenceDraftRequestSchema = z.object({
  certificate: evidenceCertificateSchema,
  version: z.number().int().min(1).optional(),
});

/** POST /api/plans/:id/evidence/:slotId/collect — "Kumpulkan" (final). */
export const evidenceCollectRequestSchema = z
  .object({ version: z.number().int().min(1).optional() })
  .optional();

/** One teacher in the principal's evidence overview. */
export const schoolEvidenceRowSchema = z.object({
  employee: personRefSchema.extend({ nip: z.string().nullable() }),
  planId: z.string().nullable(),
  planStatus: planStatusSchema,
  progress: evidenceProgressSchema,
  /** Slots not collected yet, with their titles. */
  missing: z.array(
    z.object({
      kind: evidenceSlotKindSchema,
      code: z.string(),
      instance: z.number().int().min(1),
      title: z.string(),
      state: evidenceStateSchema,
    }),
  ),
  isChangedByEmployee: z.boolean(),
  changeCount: z.number().int(),
  lastChangedAt: z.string().nullable(),
  lastCollectedAt: z.string().nullable(),
});
export type SchoolEvidenceRow = z.infer<typeof schoolEvidenceRowSchema>;

/** GET /api/schools/:id/evidence — per teacher: collected, missing, changed. */
export const schoolEvidenceResponseSchema = z.object({
  period: z.object({ id: z.string(), label: z.string() }),
  school: z.object({ id: z.string(), name: z.string(), npsn: z.string() }),
  totals: z.object({
    teachers: z.number().int(),
    complete: z.number().int(),
    changed: z.number().int(),
  }),
  teachers: z.array(schoolEvidenceRowSchema),
});
export type SchoolEvidenceResponse = z.infer<typeof schoolEvidenceResponseSchema>;

/** Query of list endpoints that take a period. */
export const evidencePeriodQuerySchema = z.object({ periodId: periodIdSchema.optional() });

/** A Kategori Karya with its label. */
export const karyaCategorySchema = z.object({ code: z.string(), label: z.string() });

/** One work in Bukti Karya. */
export const karyaSchema = z.object({
  id: z.string(),
  title: z.string(),
  category: z.string(),
  categoryLabel: z.string(),
  file: z.object({
    name: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    url: z.string(),
  }),
  /** How many evidence slots use it; a used work cannot be deleted. */
  usedCount: z.number().int(),
  canDelete: z.boolean(),
  createdAt: z.string(),
});
export type Karya = z.infer<typeof karyaSchema>;

/** GET /api/bukti-karya — the signed-in person's works and the categories. */
export const karyaListResponseSchema = z.object({
  categories: z.array(karyaCategorySchema),
  items: z.array(karyaSchema),
  maxBytes: z.number().int(),
});
export type KaryaListResponse = z.infer<typeof karyaListResponseSchema>;

/** POST /api/bukti-karya?title=…&category=… with the raw PDF as body (x-file-name header). */
export const karyaUploadQuerySchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, { error: 'judul karya wajib diisi' })
    .max(200, { error: 'judul karya paling panjang 200 karakter' }),
  category: z.string().trim().min(1, { error: 'pilih Kategori Karya' }),
});

/** An additional duty in an RHK change, with its SK / Surat Tugas. */
export const rhkChangeDutySchema = z.object({
  code: z.string().min(1),
  skReference: z
    .string()
    .trim()
    .max(200, { error: 'nomor SK / Surat Tugas paling panjang 200 karakter' }),
});

/** PUT /api/plans/:id/rhk — "Ubah Rencana Hasil Kerja" (2024, approved plan, before assessment). */
export const rhkChangeRequestSchema = z
  .object({
    /** The "Sudah diskusi" tick. */
    discussed: z.boolean(),
    /** One entry per planned activity instance; a code repeats (domain.md §4.5). */
    competencyRhkCodes: z.array(z.string().min(1)).max(64).optional(),
    additionalDuties: z.array(rhkChangeDutySchema).max(30).optional(),
    planVersion: z.number().int().min(1).optional(),
  })
  .refine((body) => body.competencyRhkCodes || body.additionalDuties, {
    error: 'isi competencyRhkCodes dan/atau additionalDuties',
    path: ['competencyRhkCodes'],
  });
export type RhkChangeRequest = z.infer<typeof rhkChangeRequestSchema>;

/** One RHK line with its "DIUBAH OLEH ANDA" mark. */
export const rhkItemSchema = z.object({
  code: z.string(),
  title: z.string(),
  /** Points of one instance of the activity (2024). */
  points: z.number().nullable(),
  /** How many times the activity is planned (2024 activities repeat — domain.md §4.5); 1 for a duty. */
  count: z.number().int().min(1),
  skReference: z.string().nullable(),
  changedByEmployee: z.boolean(),
});

/** What one change did: old vs new. */
export const rhkChangeEntrySchema = z.object({
  id: z.string(),
  changedAt: z.string(),
  changedBy: personRefSchema,
  discussedAt: z.string(),
  before: z.object({
    competency: z.array(rhkItemSchema.omit({ changedByEmployee: true })),
    additionalDuties: z.array(rhkItemSchema.omit({ changedByEmployee: true })),
    competencyPoints: z.number(),
  }),
  after: z.object({
    competency: z.array(rhkItemSchema.omit({ changedByEmployee: true })),
    additionalDuties: z.array(rhkItemSchema.omit({ changedByEmployee: true })),
    competencyPoints: z.number(),
  }),
  diff: z.object({
    competency: z.object({ added: z.array(z.string()), removed: z.array(z.string()) }),
    additionalDuties: z.object({
      added: z.array(rhkChangeDutySchema),
      removed: z.array(rhkChangeDutySchema),
      referenceChanged: z.array(
        z.object({ code: z.string(), before: z.string(), after: z.string() }),
      ),
    }),
  }),
  /** Evidence slots the change superseded (kept as history, no longer counting). */
  supersededSlotIds: z.array(z.string()),
});
export type RhkChangeEntry = z.infer<typeof rhkChangeEntrySchema>;

/** GET /api/plans/:id/rhk — current RHKs with marks, whether a change is possible, every change. */
export const rhkOverviewResponseSchema = z.object({
  planId: z.string(),
  planVersion: z.number().int(),
  isChangedByEmployee: z.boolean(),
  competencyPoints: z.object({ total: z.number(), min: z.number() }),
  competency: z.array(rhkItemSchema),
  additionalDuties: z.array(rhkItemSchema),
  canChange: z.boolean(),
  /** Why a change is not possible now (e.g. the assessment window has started). */
  changeBlockedReason: z.string().nullable(),
  changeClosesBefore: z.string().nullable(),
  changes: z.array(rhkChangeEntrySchema),
});
export type RhkOverviewResponse = z.infer<typeof rhkOverviewResponseSchema>;
