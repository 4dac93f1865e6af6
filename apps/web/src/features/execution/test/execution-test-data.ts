import {
  executionOverviewSchema,
  meResponseSchema,
  myPlanResponseSchema,
  planSchema,
  practiceCycleSchema,
  writtenDocumentSchema,
  type ExecutionOverview,
  type MeResponse,
  type MyPlanResponse,
  type PracticeCycle,
  type WrittenDocument,
} from '@kinerja/contract';
import { makeMe } from '../../../test/fake-api';

// Contract-checked data for the Pelaksanaan page tests: a 2025 teacher of SMA Negeri 1 whose plan
// is approved, and the principal who observes her.

/** The plan id used by every fixture. */
export const PLAN_ID = '7a2d3c4b-5e6f-4a1b-8c9d-0e1f2a3b4c5d';
const TEACHER = { id: '0b7f6c1e-2f43-4a59-9a51-7c1c1f0e0a01', name: 'Andi Wijaya, S.Pd.' };
const PRINCIPAL = { id: '9c8b7a6d-1e2f-4a3b-9c4d-5e6f7a8b9c0d', name: 'Dr. Siti Rahmawati, M.Pd.' };
const SCHOOL = { id: 'school-a', name: 'SMA Negeri 1 Contoh Bandung' };

const period2025 = {
  id: '2025',
  label: 'Januari–Desember 2025',
  ruleSetVersion: '2025',
  startsOn: '2025-01-01',
  endsOn: '2025-12-31',
  planning: { opensOn: '2025-01-08', closesOn: '2025-01-31' },
  execution: { opensOn: '2025-02-01', closesOn: '2025-11-12' },
  assessment: { opensOn: '2025-11-13', closesOn: '2025-12-31' },
  isCurrent: false,
};

/** The teacher, in period 2025. */
export const teacherMe = (): MeResponse => makeMe({ activePeriod: period2025 });

/** The principal as Kepala Sekolah sebagai Atasan, in period 2025. */
export function principalMe(): MeResponse {
  return meResponseSchema.parse({
    ...makeMe({ activePeriod: period2025 }),
    person: { ...makeMe().person, id: PRINCIPAL.id, name: PRINCIPAL.name, email: 'siti@x.id' },
    roles: [
      {
        role: 'principal_supervisor',
        label: 'Kepala Sekolah sebagai Atasan',
        schoolId: SCHOOL.id,
        schoolName: SCHOOL.name,
        dinasId: null,
        dinasName: null,
      },
    ],
    activeRole: 'principal_supervisor',
  });
}

const deadline = {
  stage: 'execution' as const,
  label: 'Pelaksanaan Kinerja',
  status: 'open' as const,
  opensOn: '2025-02-01',
  closesOn: '2025-11-12',
  effectiveClosesOn: '2025-11-12',
  daysLeft: 247,
  isLockedOut: false,
};

/** GET /api/plans/mine with the approved 2025 plan. */
export function approvedMine(): MyPlanResponse {
  const plan = planSchema.parse({
    id: PLAN_ID,
    periodId: '2025',
    periodLabel: period2025.label,
    ruleSetVersion: '2025',
    employee: { ...TEACHER, nip: '199203152019031008', kind: 'teacher' },
    school: { ...SCHOOL, npsn: '20200001', jenjang: 'SMA' },
    status: 'approved',
    statusLabel: 'Disetujui',
    version: 4,
    lastTab: 'summary',
    tabs: [],
    content: {
      mainDuties: { dutyCodes: ['merencanakan_pembelajaran'], focusCode: null },
      practiceIndicatorCode: 'penerapan_disiplin_positif',
      competencyRhkCodes: [],
      competencyIndicatorCode: 'demo_pedagogik_1',
      additionalDuties: [],
      workBehaviour: {},
    },
    supervisorExpectations: {},
    catalogueVersionLabel: 'Katalog versi 1, 8 Januari 2025',
    isValid: true,
    competencyPoints: null,
    returnNote: null,
    submittedAt: '2025-01-20T02:00:00.000Z',
    submissionCount: 1,
    approval: {
      approvedAt: '2025-01-22T02:00:00.000Z',
      approvedBy: PRINCIPAL,
      isAutomatic: false,
      label: `Disetujui oleh ${PRINCIPAL.name}`,
    },
    supervision: {
      mode: 'manual',
      basis: 'definitive_principal',
      approver: PRINCIPAL,
      assessor: PRINCIPAL,
      message: null,
      hint: null,
    },
    planningDeadline: null,
    personalData: {
      roster: {
        name: TEACHER.name,
        nip: '199203152019031008',
        nuptk: null,
        employmentStatus: 'pns',
        golonganRuang: 'III/a',
        jenjangJabatan: 'ahli_pertama',
        jenisPtk: 'Guru Mapel',
        schoolName: SCHOOL.name,
      },
      effective: {
        golongan: 'III',
        ruang: 'a',
        golonganRuang: 'III/a',
        pangkat: 'Penata Muda',
        careerLevel: 'ahli_pertama',
        careerLevelLabel: 'Ahli Pertama',
      },
      isEdited: false,
      editedAt: null,
      editableFields: [],
      isConfirmed: true,
      confirmedAt: '2025-01-10T02:00:00.000Z',
    },
    team: null,
    abilities: {
      canEdit: false,
      canSubmit: false,
      canApprove: false,
      canReturn: false,
      canWriteExpectations: false,
      canDownloadPdf: true,
      canViewHistory: true,
      canConfirmPersonalData: false,
      canEditPersonalData: false,
      canConfirmTeam: false,
    },
    updatedAt: '2025-01-22T02:00:00.000Z',
  });
  return myPlanResponseSchema.parse({
    period: { id: '2025', label: period2025.label },
    employeeKind: 'teacher',
    status: 'approved',
    plan,
    canStart: false,
    startRefusal: null,
    planningDeadline: null,
  });
}

/** The Dokumen Pengembangan Kompetensi in a given state; override what a test needs. */
export function reflectionDoc(overrides: Partial<WrittenDocument> = {}): WrittenDocument {
  const state = overrides.state ?? 'empty';
  return writtenDocumentSchema.parse({
    planId: PLAN_ID,
    kind: 'competency_reflection',
    label: 'Dokumen Pengembangan Kompetensi',
    state,
    stateLabel: { empty: 'Belum diisi', draft: 'Draf', sent: 'Terkirim' }[state],
    version: 0,
    reflection: { text: '', maxLength: 5000 },
    checklist: null,
    accountability: null,
    sentAt: null,
    updatedAt: null,
    abilities: {
      canSaveDraft: state !== 'sent',
      canSend: state === 'draft',
      canConfirmAccountability: false,
    },
    ...overrides,
  });
}

/** The Dokumen Pelaksanaan Tugas Pokok, nothing ticked yet. */
export function checklistDoc(overrides: Partial<WrittenDocument> = {}): WrittenDocument {
  return writtenDocumentSchema.parse({
    planId: PLAN_ID,
    kind: 'main_duties_checklist',
    label: 'Dokumen Pelaksanaan Tugas Pokok',
    state: 'empty',
    stateLabel: 'Belum diisi',
    version: 0,
    reflection: null,
    checklist: {
      duties: [
        {
          code: 'merencanakan_pembelajaran',
          name: 'Merencanakan pembelajaran',
          isFocus: true,
          isCompleted: false,
        },
      ],
    },
    accountability: {
      isConfirmed: false,
      confirmedAt: null,
      confirmedBy: null,
      note: null,
      description:
        'Atasan mengonfirmasi dokumen akuntabilitas tugas pokok; guru dapat menunjukkan bukti pelaksanaan secara langsung, tanpa unggah dokumen.',
    },
    sentAt: null,
    updatedAt: null,
    abilities: { canSaveDraft: true, canSend: false, canConfirmAccountability: false },
    ...overrides,
  });
}

/** GET /api/plans/:id/execution with the given documents. */
export function overview(documents: WrittenDocument[]): ExecutionOverview {
  return executionOverviewSchema.parse({
    plan: {
      id: PLAN_ID,
      periodId: '2025',
      periodLabel: period2025.label,
      ruleSetVersion: '2025',
      employee: { ...TEACHER, nip: '199203152019031008', kind: 'teacher' },
      school: SCHOOL,
    },
    gate: { isOpen: true, code: null, message: null },
    executionDeadline: deadline,
    supervisor: { person: PRINCIPAL, isActing: false, message: null },
    documents,
    practice: {
      state: 'preparation_discussion',
      letter: 'A',
      stateLabel: 'A. Diskusi Persiapan',
      isStarted: false,
      observationProgress: { rated: 0, total: 0 },
    },
  });
}

const SCALE = [
  { value: 'not_done', label: 'Belum Dilakukan' },
  { value: 'done_not_effective', label: 'Dilakukan tapi Belum Efektif' },
  { value: 'done_effective', label: 'Dilakukan dan Efektif' },
] as const;

/** The behaviours rated in the observation fixture. */
export const BEHAVIOURS = [
  { code: 'refleksi_dinamika_kelas', text: 'Refleksi dinamika kelas', isFocus: true },
  { code: 'penguatan_positif', text: 'Penguatan positif', isFocus: false },
  { code: 'restitusi', text: 'Restitusi', isFocus: false },
] as const;

type Ratings = Partial<
  Record<string, { rating: (typeof SCALE)[number]['value'] | null; note: string }>
>;

/** The cycle at B. Observasi Kinerja as the principal sees it, with the given ratings saved. */
export function observationCycle(version: number, ratings: Ratings = {}): PracticeCycle {
  const items = BEHAVIOURS.map((item) => {
    const entry = ratings[item.code];
    const rating = entry?.rating ?? null;
    return {
      ...item,
      rating,
      ratingLabel: SCALE.find((option) => option.value === rating)?.label ?? null,
      note: entry?.note ?? '',
    };
  });
  const rated = items.filter((item) => item.rating !== null).length;
  const steps = [
    ['preparation_discussion', 'A', 'Diskusi Persiapan', 'done'],
    ['observation', 'B', 'Observasi Kinerja', 'current'],
    ['follow_up_discussion', 'C', 'Diskusi Tindak Lanjut', 'upcoming'],
    ['follow_up_action', 'D', 'Upaya Tindak Lanjut', 'upcoming'],
    ['follow_up_reflection', 'E', 'Refleksi Tindak Lanjut', 'upcoming'],
  ] as const;
  return practiceCycleSchema.parse({
    id: 'cycle-1',
    planId: PLAN_ID,
    periodId: '2025',
    periodLabel: period2025.label,
    ruleSetVersion: '2025',
    employee: { ...TEACHER, nip: '199203152019031008', kind: 'teacher' },
    school: SCHOOL,
    observer: { role: 'principal', people: [PRINCIPAL], message: null },
    viewerRole: 'observer',
    indicator: {
      code: 'penerapan_disiplin_positif',
      name: 'Penerapan Disiplin Positif',
      description: 'Penerapan prinsip disiplin positif untuk mengelola perilaku kelas.',
      targets: BEHAVIOURS.map((item) => ({
        code: item.code,
        text: item.text,
        recommended: ['Mengajak murid menyepakati aturan kelas'],
        avoided: ['Memberi hukuman tanpa penjelasan'],
      })),
    },
    state: 'observation',
    stateLabel: 'B. Observasi Kinerja',
    version,
    steps: steps.map(([step, letter, label, status]) => ({
      step,
      letter,
      label,
      status,
      finishedAt: status === 'done' ? '2025-03-05T02:00:00.000Z' : null,
      finishedBy: status === 'done' ? PRINCIPAL : null,
    })),
    scale: SCALE,
    preparation: {
      focusBehaviourCodes: ['refleksi_dinamika_kelas'],
      customFocusBehaviours: [],
      scheduledDate: '2025-03-10',
      scheduledTime: '08:30',
      specificBehaviour: 'Memberi penguatan positif',
      effortsToReachTarget: 'Menyiapkan kesepakatan kelas',
      isTextRequired: true,
      modulAjar: null,
    },
    observation: { ratings: items, generalNote: '', rated, total: items.length },
    followUp: { agreement: '', acknowledgedAt: null },
    actions: [],
    reflection: { text: '', submittedAt: null, comment: '' },
    gate: { isOpen: true, code: null, message: null },
    executionDeadline: deadline,
    abilities: {
      canEditPreparation: false,
      canFinishPreparation: false,
      canUploadModulAjar: false,
      canRecordObservation: true,
      canFinishObservation: rated === items.length,
      canWriteFollowUp: false,
      canFinishFollowUp: false,
      canAcknowledgeFollowUp: false,
      canEditActions: false,
      canFinishActions: false,
      canEditReflection: false,
      canSubmitReflection: false,
      canComment: false,
      canFinishCycle: false,
    },
    updatedAt: '2025-03-10T01:30:00.000Z',
  });
}
