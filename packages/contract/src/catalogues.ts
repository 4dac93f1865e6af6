import { periodIdSchema } from './strings.js';
import { z } from './zod.js';

/** Competence groups of the 2025+ competency-indicator catalogue (domain.md §4.5). */
export const competencyGroupCodeSchema = z.enum([
  'pedagogik',
  'kepribadian',
  'sosial',
  'profesional',
  // The principal's own catalogue: one group whose indicators the Admin fills (§3.8, §4.5 [I]).
  'kepala_sekolah',
]);

/** GET /api/catalogues/competency-indicators query. */
export const competencyCatalogueQuerySchema = z.object({
  periodId: periodIdSchema.optional(),
});

/** Path of PUT /api/catalogues/competency-indicators/:periodId/:groupCode. */
export const competencyGroupParamsSchema = z.object({
  periodId: periodIdSchema,
  groupCode: competencyGroupCodeSchema,
});

/** The catalogue of a period: each group with its current indicators, or a gap. */
export const competencyCatalogueResponseSchema = z.object({
  periodId: z.string(),
  catalogueId: z.string(),
  groups: z.array(
    z.object({
      code: competencyGroupCodeSchema,
      catalogueId: z.string(),
      employeeKind: z.enum(['teacher', 'principal']),
      name: z.string(),
      isGap: z.boolean(),
      indicators: z.array(z.object({ code: z.string(), name: z.string() })),
      version: z.number().int().nullable(),
      source: z.string().nullable(),
      updatedAt: z.string().nullable(),
    }),
  ),
});
export type CompetencyCatalogueResponse = z.infer<typeof competencyCatalogueResponseSchema>;

/** PUT body: the full indicator list of one group (a new version) and where it comes from. */
export const fillCompetencyGroupRequestSchema = z.object({
  source: z
    .string()
    .trim()
    .min(3, { error: 'sumber wajib diisi (mis. nomor peraturan atau "Contoh demo")' })
    .max(300),
  indicators: z
    .array(
      z.object({
        code: z
          .string()
          .trim()
          .regex(/^[a-z0-9_]{2,80}$/, {
            error: 'kode 2–80 karakter: huruf kecil, angka dan garis bawah (_)',
          }),
        name: z.string().trim().min(3, { error: 'nama indikator wajib diisi' }).max(500),
      }),
    )
    .min(1, { error: 'isi minimal satu indikator' })
    .max(100, { error: 'paling banyak 100 indikator per kompetensi' }),
  /** The marker of the new list (domain.md §0); "C" when not given. */
  confidence: z
    .enum(['C', 'S', 'I', 'X'], {
      error:
        'penanda sumber harus salah satu dari C (terkonfirmasi), S (satu sumber), I (disimpulkan), X (bertentangan)',
    })
    .optional(),
});
export type FillCompetencyGroupRequest = z.infer<typeof fillCompetencyGroupRequestSchema>;

// ——— The general catalogue editor (issue 13 item 3): entries with provenance and history. ———

/** An evidence marker (domain.md §0): Confirmed, Single source, Inferred, conflicting. */
export const confidenceSchema = z.enum(['C', 'S', 'I', 'X'], {
  error:
    'penanda sumber harus salah satu dari C (terkonfirmasi), S (satu sumber), I (disimpulkan), X (bertentangan)',
});

/** The catalogues the Admin edits, as the period's rule set names them. */
export const editableCatalogueKindSchema = z.enum([
  'practice_teacher',
  'practice_principal',
  'additional_duties',
  'competency_teacher',
  'competency_principal',
  // The 2024 RHK point table (domain.md §4.5), for periods that plan competency by points.
  'competency_rhk',
]);
export type EditableCatalogueKind = z.infer<typeof editableCatalogueKindSchema>;

/** Path of GET /api/catalogues/:periodId/entries. */
export const catalogueEntriesParamsSchema = z.object({ periodId: periodIdSchema });

const entryFieldSchema = z.object({
  key: z.string(),
  label: z.string(),
  /** Null: "belum ada sumber" — a gap to fill. */
  text: z.string().nullable(),
  marker: confidenceSchema.nullable(),
  source: z.string(),
});

const historyItemSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  byName: z.string().nullable(),
  source: z.string(),
  marker: confidenceSchema,
  changes: z.array(
    z.object({ label: z.string(), before: z.string().nullable(), after: z.string().nullable() }),
  ),
});

/** Every editable catalogue of a period with its entries, their provenance and history. */
export const catalogueEntriesResponseSchema = z.object({
  periodId: z.string(),
  /** What plans started now read: "Katalog versi 3, 12 Desember 2026". */
  versionLabel: z.string(),
  catalogues: z.array(
    z.object({
      kind: editableCatalogueKindSchema,
      catalogueId: z.string(),
      title: z.string(),
      entries: z.array(
        z.object({
          code: z.string(),
          title: z.string(),
          hasGap: z.boolean(),
          fields: z.array(entryFieldSchema),
          /** The editable values as they are, to prefill the form. */
          values: z.record(z.string(), z.unknown()),
          history: z.array(historyItemSchema),
        }),
      ),
    }),
  ),
});
export type CatalogueEntriesResponse = z.infer<typeof catalogueEntriesResponseSchema>;

const sourceSchema = z
  .string()
  .trim()
  .min(3, { error: 'sumber wajib diisi (mis. nomor peraturan atau judul panduan)' })
  .max(300, { error: 'sumber paling banyak 300 karakter' });
const behaviourSchema = z
  .string()
  .trim()
  .min(3, { error: 'setiap perilaku wajib diisi (minimal 3 karakter)' })
  .max(300);
const behavioursSchema = z
  .array(behaviourSchema)
  .length(3, { error: 'isi tepat 3 perilaku (domain.md §4.1)' });

/** Path of PUT /api/catalogues/:periodId/practice/:employeeKind/:code. */
export const practiceEntryParamsSchema = z.object({
  periodId: periodIdSchema,
  employeeKind: z.enum(['teacher', 'principal']),
  code: z.string().regex(/^[a-z0-9_]{2,80}$/, { error: 'kode indikator tidak dikenal' }),
});

/** PUT body: a Praktik Kinerja indicator with its targets and rubric texts. */
export const editPracticeEntryRequestSchema = z.object({
  name: z.string().trim().min(3, { error: 'nama indikator wajib diisi' }).max(200),
  description: z.string().trim().max(1000).nullable(),
  targets: z
    .array(
      z.object({
        text: z.string().trim().min(3, { error: 'target perilaku wajib diisi' }).max(500),
        recommended: behavioursSchema,
        avoided: behavioursSchema,
      }),
    )
    .max(10, { error: 'paling banyak 10 target perilaku' }),
  source: sourceSchema,
  confidence: confidenceSchema,
});
export type EditPracticeEntryRequest = z.infer<typeof editPracticeEntryRequestSchema>;

/** Path of PUT /api/catalogues/:periodId/additional-duties/:code (a new code adds a duty). */
export const dutyEntryParamsSchema = z.object({
  periodId: periodIdSchema,
  code: z.string().regex(/^[a-z0-9_]{2,80}$/, {
    error: 'kode 2–80 karakter: huruf kecil, angka dan garis bawah (_)',
  }),
});

/** PUT body: a tugas tambahan with its jenjang, JP equivalence and legal basis (§4.4). */
export const editDutyEntryRequestSchema = z.object({
  name: z.string().trim().min(3, { error: 'nama tugas tambahan wajib diisi' }).max(200),
  schoolLevels: z
    .array(z.enum(['paud', 'sd', 'smp', 'sma', 'smk', 'slb']))
    .min(1, { error: 'pilih minimal satu jenjang' }),
  weeklyJp: z
    .number()
    .int({ error: 'ekuivalensi JP berupa bilangan bulat' })
    .min(0)
    .max(40, { error: 'ekuivalensi JP paling banyak 40 per minggu' })
    .nullable(),
  legalBasis: z.string().trim().min(3, { error: 'dasar hukum wajib diisi' }).max(300),
  source: sourceSchema,
  confidence: confidenceSchema,
});
export type EditDutyEntryRequest = z.infer<typeof editDutyEntryRequestSchema>;

/** Path of PUT /api/catalogues/:periodId/competency-rhk/:code (a row of the 2024 point table). */
export const rhkEntryParamsSchema = z.object({
  periodId: periodIdSchema,
  code: z.string().regex(/^[a-z0-9_]{2,80}$/, { error: 'kode RHK tidak dikenal' }),
});

/** PUT body: a 2024 competency RHK with its conversion, evidence kinds and points (§4.5). */
export const editRhkEntryRequestSchema = z.object({
  role: z.string().trim().min(3, { error: 'rumusan peran wajib diisi' }).max(300),
  conversion: z.string().trim().min(1).max(300).nullable(),
  evidenceKinds: z
    .array(
      z.enum(['certificate', 'surat_keterangan_selesai_topik', 'relevant_document', 'report'], {
        error:
          'jenis bukti harus salah satu dari: sertifikat, surat keterangan selesai topik, dokumen relevan, laporan',
      }),
    )
    .max(4),
  points: z
    .number()
    .int({ error: 'poin berupa bilangan bulat' })
    .min(1, { error: 'poin minimal 1' })
    .max(128, { error: 'poin paling banyak 128 per semester (domain.md §4.5)' })
    .nullable(),
  source: sourceSchema,
  confidence: confidenceSchema,
});
export type EditRhkEntryRequest = z.infer<typeof editRhkEntryRequestSchema>;
