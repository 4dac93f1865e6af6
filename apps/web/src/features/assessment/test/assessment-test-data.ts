import {
  assessmentPageSchema,
  type AssessmentPage,
  type MeResponse,
  type RatingDto,
} from '@kinerja/contract';
import { makeMe } from '../../../test/fake-api';

// Test data of the assessment pages, parsed with the contract so it cannot drift from the API.

/** The plan under assessment. */
export const PLAN_ID = '00000000-0000-4000-8000-000000000002';
/** Its assessment once a draft exists. */
export const ASSESSMENT_ID = '00000000-0000-4000-8000-0000000000a1';

/** Dr. Siti Rahmawati as "Kepala Sekolah sebagai Atasan" of school A. */
export function principalMe(): MeResponse {
  return makeMe({
    person: { ...makeMe().person, name: 'Dr. Siti Rahmawati, M.Pd.', jenisPtk: 'Kepala Sekolah' },
    roles: [
      {
        role: 'principal_supervisor',
        label: 'Kepala Sekolah sebagai Atasan',
        schoolId: 'school-a',
        schoolName: 'SMA Negeri 1 Contoh Bandung',
        dinasId: null,
        dinasName: null,
      },
    ],
    activeRole: 'principal_supervisor',
    csrfToken: 'csrf-principal',
  });
}

const ratingLabels: Record<RatingDto, string> = {
  above_expectations: 'Di Atas Ekspektasi',
  meets_expectations: 'Sesuai Ekspektasi',
  below_expectations: 'Di Bawah Ekspektasi',
};

const values = [
  ['berorientasi_pelayanan', 'Berorientasi Pelayanan'],
  ['akuntabel', 'Akuntabel'],
  ['kompeten', 'Kompeten'],
  ['harmonis', 'Harmonis'],
  ['loyal', 'Loyal'],
  ['adaptif', 'Adaptif'],
  ['kolaboratif', 'Kolaboratif'],
] as const;

type Options = {
  state?: 'not_started' | 'draft' | 'final';
  version?: number;
  workResult?: RatingDto | null;
  workBehaviour?: RatingDto | null;
  predikat?: { code: 'baik' | 'sangat_baik'; label: string; isPreview: boolean } | null;
  feedback?: Partial<Record<(typeof values)[number][0], string>>;
  notes?: string;
};

/** The assessor's page of Andi Wijaya's approved 2026 plan. */
export function assessmentPage(options: Options = {}): AssessmentPage {
  const state = options.state ?? 'not_started';
  const isFinal = state === 'final';
  const labelled = (code: RatingDto | null | undefined) =>
    code ? { code, label: ratingLabels[code] } : null;
  return assessmentPageSchema.parse({
    assessment: {
      id: state === 'not_started' ? null : ASSESSMENT_ID,
      planId: PLAN_ID,
      periodId: '2026',
      periodLabel: '2026',
      document: { code: 'tahunan', label: 'Tahunan' },
      coverage: { start: '2026-01-01', end: '2026-12-31', label: '1 Januari–31 Desember 2026' },
      state,
      stateLabel: { not_started: 'Belum dinilai', draft: 'Draf', final: 'Ditetapkan' }[state],
      version: options.version ?? 0,
      workResultRating: labelled(options.workResult),
      workBehaviourRating: labelled(options.workBehaviour),
      behaviourFeedback: values.map(([value, name]) => ({
        value,
        name,
        feedback: options.feedback?.[value] ?? '',
      })),
      notes: options.notes ?? '',
      predikat: options.predikat ?? null,
      finalizedAt: isFinal ? '2026-12-10T03:00:00.000Z' : null,
      finalizedBy: isFinal ? { id: 'p-1', name: 'Dr. Siti Rahmawati, M.Pd.' } : null,
      angkaKredit: null,
      employee: {
        id: 'person-2',
        name: 'Andi Wijaya, S.Pd.',
        nip: '199203152019031008',
        kind: 'teacher',
        school: { id: 'school-a', name: 'SMA Negeri 1 Contoh Bandung', npsn: '20200001' },
      },
      assessor: { id: 'p-1', name: 'Dr. Siti Rahmawati, M.Pd.' },
      abilities: {
        canEdit: !isFinal,
        canFinalize: !isFinal && Boolean(options.workResult && options.workBehaviour),
        canRecommend: false,
        canDownloadPdf: isFinal,
      },
    },
    window: {
      opensOn: '2026-11-01',
      closesOn: '2026-12-31',
      isOpen: true,
      code: null,
      message: null,
    },
    documents: [
      {
        document: { code: 'tahunan', label: 'Tahunan' },
        assessmentId: state === 'not_started' ? null : ASSESSMENT_ID,
        state,
      },
    ],
    plan: {
      id: PLAN_ID,
      status: 'approved',
      approvedAt: '2026-01-20T03:00:00.000Z',
      summary: {
        mainDuties: ['Merencanakan pembelajaran', 'Melaksanakan pembelajaran'],
        focusDuty: 'Melaksanakan pembelajaran',
        practiceIndicator: 'Pembelajaran yang berpusat pada murid',
        competency: ['Pembelajaran berdiferensiasi'],
        additionalDuties: [],
        workBehaviour: values.map(([value, name]) => ({
          value,
          name,
          behaviour: null,
          expectation: '',
        })),
      },
    },
    execution: { evidence: null, documents: [], practiceCycle: null },
    recommendations: [
      {
        id: 'rec-1',
        author: { id: 'p-9', name: 'Budi Santoso, M.Pd.' },
        text: 'Pertahankan refleksi mingguan bersama rekan sejawat.',
        createdAt: '2026-11-20T02:00:00.000Z',
      },
    ],
    organisation: {
      achievement: { code: 'baik', label: 'Baik' },
      principal: { id: 'p-1', name: 'Dr. Siti Rahmawati, M.Pd.' },
      counts: { sangat_baik: 3, baik: 5, butuh_perbaikan: 0, kurang: 0, sangat_kurang: 0 },
      total: 8,
      warnings: [
        {
          code: 'SANGAT_BAIK_SHARE',
          message: 'Predikat Sangat Baik sudah diberikan kepada 3 dari 8 guru.',
        },
      ],
      notice: null,
    },
    ratingOptions: (Object.keys(ratingLabels) as RatingDto[]).map((code) => ({
      code,
      label: ratingLabels[code],
    })),
    documentWarnings: [],
    basis: {
      practiceDimensions: [
        {
          code: 'upaya_refleksi',
          label: 'Upaya Refleksi',
          description: 'Kualitas refleksi pada Diskusi Tindak Lanjut dan Refleksi Tindak Lanjut.',
        },
      ],
      variables: [
        {
          code: 'pengembangan_kompetensi',
          label: 'Pengembangan Kompetensi',
          role: 'consideration',
          roleLabel: 'Variabel pertimbangan',
        },
      ],
    },
  });
}
