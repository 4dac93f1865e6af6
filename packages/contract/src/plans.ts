import { z } from './zod.js';

/** Planning tabs; each period's rule set shows some of them, in its order (domain.md §3.3, §3.5, §3.7). */
export const planTabSchema = z.enum([
  'pre_planning',
  'main_duties',
  'practice',
  'competency',
  'additional_duties',
  'work_behaviour',
  'summary',
]);
export type PlanTab = z.infer<typeof planTabSchema>;

/** Plan states: Belum mulai, Draf, Perlu disetujui, Dikembalikan, Disetujui (domain.md §3.10). */
export const planStatusSchema = z.enum([
  'not_started',
  'draft',
  'submitted',
  'returned',
  'approved',
]);
export type PlanStatus = z.infer<typeof planStatusSchema>;

/** Whose plan: a teacher (Rapor Pendidikan D1) or a principal as employee (D3). */
export const employeeKindSchema = z.enum(['teacher', 'principal']);
export type EmployeeKind = z.infer<typeof employeeKindSchema>;

/** The seven BerAKHLAK values (domain.md §4.3). */
export const berakhlakValueCodeSchema = z.enum([
  'berorientasi_pelayanan',
  'akuntabel',
  'kompeten',
  'harmonis',
  'loyal',
  'adaptif',
  'kolaboratif',
]);
export type BerakhlakValueCodeDto = z.infer<typeof berakhlakValueCodeSchema>;

/** A catalogue code: lower-case letters, digits and underscores. */
export const catalogueCodeSchema = z
  .string()
  .trim()
  .min(1, { error: 'kode wajib diisi' })
  .max(80, { error: 'kode paling panjang 80 karakter' })
  .regex(/^[a-z0-9_]+$/, { error: 'kode hanya berisi huruf kecil, angka dan garis bawah (_)' });

/** The behaviour picked for one BerAKHLAK value and the "Ekspektasi Khusus Pimpinan" agreed for it. */
export const workBehaviourChoiceSchema = z.object({
  behaviourCode: catalogueCodeSchema.nullable(),
  supervisorExpectation: z
    .string()
    .max(1000, { error: 'Ekspektasi Khusus Pimpinan paling panjang 1000 karakter' }),
});

/** What the employee fills in on the tabs; the whole draft is saved at once ("Simpan Draf"). */
export const planContentSchema = z.object({
  mainDuties: z.object({
    dutyCodes: z.array(catalogueCodeSchema).max(10),
    focusCode: catalogueCodeSchema.nullable(),
  }),
  practiceIndicatorCode: catalogueCodeSchema.nullable(),
  /** 2024: one entry per planned activity instance; a code repeats (domain.md §4.5). */
  competencyRhkCodes: z.array(catalogueCodeSchema).max(64),
  competencyIndicatorCode: catalogueCodeSchema.nullable(),
  additionalDuties: z
    .array(
      z.object({
        code: catalogueCodeSchema,
        skReference: z
          .string()
          .trim()
          .max(200, { error: 'nomor SK / Surat Tugas paling panjang 200 karakter' }),
      }),
    )
    .max(30),
  workBehaviour: z.partialRecord(berakhlakValueCodeSchema, workBehaviourChoiceSchema),
});
export type PlanContent = z.infer<typeof planContentSchema>;

/** A person named in a response. */
export const personRefSchema = z.object({ id: z.string(), name: z.string() });
export type PersonRef = z.infer<typeof personRefSchema>;

/** A localized validation finding on a tab; errors block "Ajukan", warnings only inform. */
export const planProblemSchema = z.object({
  code: z.string(),
  tab: planTabSchema,
  field: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
});
export type PlanProblemDto = z.infer<typeof planProblemSchema>;

/** Where a person stands with a stage window (domain stageDeadlines, with their extensions). */
export const stageDeadlineSchema = z.object({
  stage: z.enum(['pre_planning', 'planning', 'execution', 'assessment']),
  label: z.string(),
  status: z.enum(['upcoming', 'open', 'closing_soon', 'closed', 'extended']),
  opensOn: z.string(),
  closesOn: z.string(),
  effectiveClosesOn: z.string(),
  daysLeft: z.number().int().nullable(),
  isLockedOut: z.boolean(),
});
export type StageDeadlineDto = z.infer<typeof stageDeadlineSchema>;

/** Data diri: the roster values, the local (once-only) edit and what may still be edited (domain.md §3.2). */
export const personalDataSchema = z.object({
  roster: z.object({
    name: z.string(),
    nip: z.string().nullable(),
    nuptk: z.string().nullable(),
    employmentStatus: z.enum(['pns', 'pppk', 'non_asn']),
    golonganRuang: z.string().nullable(),
    jenjangJabatan: z.string().nullable(),
    jenisPtk: z.string().nullable(),
    schoolName: z.string(),
  }),
  effective: z.object({
    golongan: z.string().nullable(),
    ruang: z.string().nullable(),
    golonganRuang: z.string().nullable(),
    pangkat: z.string().nullable(),
    careerLevel: z.string().nullable(),
    careerLevelLabel: z.string().nullable(),
  }),
  isEdited: z.boolean(),
  editedAt: z.string().nullable(),
  editableFields: z.array(z.enum(['golongan', 'ruang', 'careerLevel'])),
  isConfirmed: z.boolean(),
  confirmedAt: z.string().nullable(),
});
export type PersonalDataDto = z.infer<typeof personalDataSchema>;

/** Who approves: a person (manual), the system (Plt school, 2026 principal), or nobody yet (blocked). */
export const supervisionSchema = z.object({
  mode: z.enum(['manual', 'automatic', 'blocked']),
  basis: z
    .enum(['definitive_principal', 'dinas_assessor', 'acting_principal', 'principal_on_submission'])
    .nullable(),
  approver: personRefSchema.nullable(),
  assessor: personRefSchema.nullable(),
  /** "Data atasan Anda tidak ditemukan", or the Plt reminder to confirm Pelaksanaan. */
  message: z.string().nullable(),
  hint: z.string().nullable(),
});

/** The approval of the plan, by a person or by the system. */
export const planApprovalSchema = z.object({
  approvedAt: z.string(),
  approvedBy: personRefSchema.nullable(),
  isAutomatic: z.boolean(),
  /** E.g. "Disetujui oleh …" or "Disetujui otomatis oleh sistem (Plt)". */
  label: z.string(),
});

/** What the signed-in person may do with this plan; the SPA shows buttons from these only. */
export const planAbilitiesSchema = z.object({
  canEdit: z.boolean(),
  canSubmit: z.boolean(),
  canApprove: z.boolean(),
  canReturn: z.boolean(),
  canWriteExpectations: z.boolean(),
  canDownloadPdf: z.boolean(),
  canViewHistory: z.boolean(),
  canConfirmPersonalData: z.boolean(),
  canEditPersonalData: z.boolean(),
  canConfirmTeam: z.boolean(),
});
export type PlanAbilities = z.infer<typeof planAbilitiesSchema>;

/** What changed between the two latest submitted versions, per tab, in words (issue 11). */
export const planChangesSchema = z.object({
  fromVersion: z.number().int(),
  toVersion: z.number().int(),
  sections: z.array(
    z.object({
      tab: planTabSchema,
      label: z.string(),
      changes: z.array(
        z.object({ kind: z.enum(['added', 'removed', 'changed']), text: z.string() }),
      ),
    }),
  ),
});
export type PlanChanges = z.infer<typeof planChangesSchema>;

/** A plan as every plan endpoint returns it. */
export const planSchema = z.object({
  id: z.string(),
  periodId: z.string(),
  periodLabel: z.string(),
  ruleSetVersion: z.string(),
  /** The catalogue version the plan was started with, e.g. "Katalog versi 3, 12 Desember 2026". */
  catalogueVersionLabel: z.string(),
  employee: z.object({
    id: z.string(),
    name: z.string(),
    nip: z.string().nullable(),
    kind: employeeKindSchema,
  }),
  school: z.object({ id: z.string(), name: z.string(), npsn: z.string(), jenjang: z.string() }),
  status: planStatusSchema,
  statusLabel: z.string(),
  version: z.number().int(),
  lastTab: planTabSchema.nullable(),
  tabs: z.array(
    z.object({ code: planTabSchema, label: z.string(), problems: z.array(planProblemSchema) }),
  ),
  content: planContentSchema,
  supervisorExpectations: z.partialRecord(
    berakhlakValueCodeSchema,
    z.object({ text: z.string(), writtenAt: z.string() }),
  ),
  isValid: z.boolean(),
  /** 2024 Pengembangan Kompetensi: the running total of the chosen RHKs (≥ min, up to recommendedMax). */
  competencyPoints: z
    .object({ total: z.number(), min: z.number(), recommendedMax: z.number() })
    .nullable(),
  returnNote: z.string().nullable(),
  submittedAt: z.string().nullable(),
  submissionCount: z.number().int(),
  approval: planApprovalSchema.nullable(),
  supervision: supervisionSchema,
  planningDeadline: stageDeadlineSchema.nullable(),
  personalData: personalDataSchema,
  team: z.object({ isRequired: z.boolean(), confirmedAt: z.string().nullable() }).nullable(),
  abilities: planAbilitiesSchema,
  /** After a resubmission: the difference to the version before (absent or null otherwise). */
  changes: planChangesSchema.nullable().optional(),
  updatedAt: z.string(),
});
export type Plan = z.infer<typeof planSchema>;

/** Error body of plan writes; a stale version (409 PLAN_VERSION_CONFLICT) carries the server copy. */
export const planErrorResponseSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    requestId: z.string().optional(),
    fields: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    current: planSchema.optional(),
  }),
});
export type PlanErrorResponse = z.infer<typeof planErrorResponseSchema>;
