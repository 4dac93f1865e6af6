import { periodIdSchema } from './strings.js';
import { z } from './zod.js';

/** ?periodId=&format= of the e-Kinerja export (docs/E-KINERJA.md). */
export const eKinerjaExportQuerySchema = z.object({
  periodId: periodIdSchema.optional(),
  format: z.enum(['json', 'csv']).default('json'),
});

/** One agreed plan (SKP) in the export and in the push body (docs/E-KINERJA.md). */
export const eKinerjaSkpSchema = z.object({
  planId: z.string(),
  versi: z.number().int(),
  status: z.literal('disepakati'),
  disepakatiPada: z.string(),
  dasarPersetujuan: z.string().nullable(),
  pejabatPenilai: z.object({ nama: z.string(), nip: z.string().nullable() }).nullable(),
  rencanaHasilKerja: z.array(
    z.object({ jenis: z.string(), uraian: z.string(), keterangan: z.string().nullable() }),
  ),
  perilakuKerja: z.array(
    z.object({
      nilai: z.string(),
      perilaku: z.string().nullable(),
      ekspektasiKhususPimpinan: z.string(),
    }),
  ),
});

/** One final assessment in the export and in the push body (docs/E-KINERJA.md). */
export const eKinerjaPenilaianSchema = z.object({
  assessmentId: z.string(),
  dokumen: z.enum(['semester_1', 'semester_2', 'akhir', 'tahunan']),
  periodePenilaian: z.object({ mulai: z.string(), selesai: z.string() }),
  ratingHasilKerja: z.string(),
  ratingPerilakuKerja: z.string(),
  predikat: z.string(),
  predikatLabel: z.string(),
  capaianKinerjaOrganisasi: z.string().nullable(),
  ditetapkanPada: z.string(),
  pejabatPenilai: z.object({ nama: z.string(), nip: z.string().nullable() }),
  angkaKredit: z.number().nullable(),
});

/** One person in the export: identity, unit kerja, the SKP and its final predikat. */
export const eKinerjaRecordSchema = z.object({
  pegawai: z.object({
    id: z.string(),
    nama: z.string(),
    nip: z.string().nullable(),
    nuptk: z.string().nullable(),
    statusKepegawaian: z.enum(['pns', 'pppk', 'non_asn']),
    jenisPegawai: z.enum(['guru', 'kepala_sekolah']),
    jabatan: z.string().nullable(),
    golonganRuang: z.string().nullable(),
  }),
  unitKerja: z.object({
    npsn: z.string(),
    nama: z.string(),
    kodeProvinsi: z.string(),
    kodeKabupatenKota: z.string(),
  }),
  periode: z.object({ id: z.string(), label: z.string() }),
  skp: eKinerjaSkpSchema,
  penilaian: z.array(eKinerjaPenilaianSchema),
});
export type EKinerjaRecord = z.infer<typeof eKinerjaRecordSchema>;

/** The JSON export document (format "kinerja.e-kinerja.v1"). */
export const eKinerjaExportSchema = z.object({
  format: z.literal('kinerja.e-kinerja.v1'),
  dibuatPada: z.string(),
  cakupan: z.object({
    jenis: z.enum(['sekolah', 'wilayah']),
    id: z.string(),
    nama: z.string(),
  }),
  periode: z.object({ id: z.string(), label: z.string(), mulai: z.string(), selesai: z.string() }),
  records: z.array(eKinerjaRecordSchema),
});
export type EKinerjaExport = z.infer<typeof eKinerjaExportSchema>;

/** Where an outbox row stands. */
export const eKinerjaSyncStatusSchema = z.enum(['pending', 'retrying', 'failed', 'delivered']);
export type EKinerjaSyncStatus = z.infer<typeof eKinerjaSyncStatusSchema>;

/** GET /api/e-kinerja/outbox query. */
export const eKinerjaOutboxQuerySchema = z.object({
  status: z.enum(['pending', 'retrying', 'failed', 'delivered', 'all']).default('all'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

/** One attempt to deliver a record. */
export const eKinerjaAttemptSchema = z.object({
  attempt: z.number().int(),
  startedAt: z.string(),
  durationMs: z.number().int(),
  outcome: z.enum(['delivered', 'duplicate', 'retry', 'failed']),
  httpStatus: z.number().int().nullable(),
  errorCode: z.string().nullable(),
  message: z.string().nullable(),
});

/** One outbox row as the operator sees it. */
export const eKinerjaOutboxRowSchema = z.object({
  id: z.number().int(),
  topic: z.enum(['plan.approved', 'plan.rhk_changed', 'assessment.final', 'assessment.periodic']),
  kind: z.string(),
  /** What exactly the row carries, in words: "Perubahan ke-1", "Triwulan I 2026 (Januari–Maret)". */
  detail: z.string().nullable(),
  idempotencyKey: z.string(),
  status: eKinerjaSyncStatusSchema,
  statusLabel: z.string(),
  attempts: z.number().int(),
  createdAt: z.string(),
  nextAttemptAt: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  failedAt: z.string().nullable(),
  lastErrorCode: z.string().nullable(),
  lastError: z.string().nullable(),
  employee: z.object({ id: z.string(), name: z.string(), nip: z.string().nullable() }),
  school: z.object({ id: z.string(), name: z.string(), npsn: z.string() }),
  periodId: z.string(),
  canRetry: z.boolean(),
});
export type EKinerjaOutboxRow = z.infer<typeof eKinerjaOutboxRowSchema>;

/** GET /api/e-kinerja/outbox */
export const eKinerjaOutboxResponseSchema = z.object({
  isConfigured: z.boolean(),
  counts: z.record(eKinerjaSyncStatusSchema, z.number().int()),
  total: z.number().int(),
  rows: z.array(eKinerjaOutboxRowSchema),
});
export type EKinerjaOutboxResponse = z.infer<typeof eKinerjaOutboxResponseSchema>;

/** GET /api/e-kinerja/outbox/:id — one row with every attempt. */
export const eKinerjaOutboxDetailSchema = z.object({
  row: eKinerjaOutboxRowSchema,
  attemptLog: z.array(eKinerjaAttemptSchema),
});
export type EKinerjaOutboxDetail = z.infer<typeof eKinerjaOutboxDetailSchema>;

/** :id of an outbox row (a positive integer). */
export const eKinerjaOutboxParamsSchema = z.object({
  id: z.coerce.number({ error: 'ID tidak valid (harus angka)' }).int().min(1),
});
