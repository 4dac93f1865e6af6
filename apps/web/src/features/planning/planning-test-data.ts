import {
  myPlanResponseSchema,
  planOptionsResponseSchema,
  planSchema,
  practiceOptionsResponseSchema,
  type MyPlanResponse,
  type Plan,
  type PlanContent,
  type PlanOptionsResponse,
  type PlanProblemDto,
  type PlanTab,
  type PracticeOptionsResponse,
} from '@kinerja/contract';

// Contract-checked data for the planning page tests (a 2026 teacher plan, as the API sends it).

/** The plan id used by every fixture. */
export const PLAN_ID = '6f1c2a8e-4b1d-4c55-9a7e-2d7f5b0c9e11';

const emptyContent: PlanContent = {
  mainDuties: { dutyCodes: [], focusCode: null },
  practiceIndicatorCode: null,
  competencyRhkCodes: [],
  competencyIndicatorCode: null,
  additionalDuties: [],
  workBehaviour: {},
};

/** A draft where everything is filled in (no problems). */
export const completeContent: PlanContent = {
  mainDuties: { dutyCodes: ['merencanakan_pembelajaran'], focusCode: null },
  practiceIndicatorCode: 'penerapan_disiplin_positif',
  competencyRhkCodes: [],
  competencyIndicatorCode: 'demo_pedagogik_1',
  additionalDuties: [],
  workBehaviour: {
    berorientasi_pelayanan: {
      behaviourCode: 'berorientasi_pelayanan_a',
      supervisorExpectation: 'Melayani orang tua dengan ramah',
    },
  },
};

const labels: Record<PlanTab, string> = {
  pre_planning: 'Pra-Perencanaan',
  main_duties: 'Pelaksanaan Tugas Pokok',
  practice: 'Praktik Kinerja',
  competency: 'Pengembangan Kompetensi',
  additional_duties: 'Tugas Tambahan',
  work_behaviour: 'Perilaku Kerja',
  summary: 'Rangkuman',
};
const tabOrder: PlanTab[] = ['main_duties', 'practice', 'competency', 'work_behaviour', 'summary'];

/** The problems the server's validator would report for a draft (the few rules tests need). */
function problemsOf(content: PlanContent): PlanProblemDto[] {
  const problems: PlanProblemDto[] = [];
  const add = (tab: PlanTab, field: string, message: string) =>
    problems.push({ code: 'X', tab, field, severity: 'error', message });
  if (content.mainDuties.dutyCodes.length === 0) {
    add('main_duties', 'mainDuties.dutyCodes', 'Pilih tugas pokok yang Anda laksanakan.');
  }
  if (!content.practiceIndicatorCode) {
    add('practice', 'practiceIndicatorCode', 'Pilih tepat satu sub indikator Praktik Kinerja.');
  }
  if (!content.competencyIndicatorCode) {
    add('competency', 'competencyIndicatorCode', 'Pilih tepat satu indikator.');
  }
  if (!content.workBehaviour.berorientasi_pelayanan?.behaviourCode) {
    add(
      'work_behaviour',
      'workBehaviour.berorientasi_pelayanan.behaviourCode',
      'Pilih satu perilaku untuk nilai "Berorientasi Pelayanan".',
    );
  }
  return problems;
}

/** A 2026 teacher plan with data diri confirmed; override what a test needs. */
export function makePlan(overrides: Partial<Plan> & { content?: PlanContent } = {}): Plan {
  const content = overrides.content ?? emptyContent;
  const problems = problemsOf(content);
  return planSchema.parse({
    id: PLAN_ID,
    periodId: '2026',
    periodLabel: 'Januari–Desember 2026',
    ruleSetVersion: '2026',
    catalogueVersionLabel: 'Katalog bawaan (belum pernah diubah)',
    employee: {
      id: '0b7f6c1e-2f43-4a59-9a51-7c1c1f0e0a01',
      name: 'Andi Wijaya, S.Pd.',
      nip: '199203152019031008',
      kind: 'teacher',
    },
    school: {
      id: 'school-a',
      name: 'SMA Negeri 1 Contoh Bandung',
      npsn: '20200001',
      jenjang: 'SMA',
    },
    status: 'draft',
    statusLabel: 'Draf',
    version: 2,
    lastTab: null,
    tabs: tabOrder.map((code) => ({
      code,
      label: labels[code],
      problems: problems.filter((problem) => problem.tab === code),
    })),
    content,
    supervisorExpectations: {},
    isValid: problems.length === 0,
    competencyPoints: null,
    returnNote: null,
    submittedAt: null,
    submissionCount: 0,
    approval: null,
    supervision: {
      mode: 'manual',
      basis: 'definitive_principal',
      approver: { id: 'p-1', name: 'Dr. Siti Rahmawati, M.Pd.' },
      assessor: { id: 'p-1', name: 'Dr. Siti Rahmawati, M.Pd.' },
      message: null,
      hint: null,
    },
    planningDeadline: {
      stage: 'planning',
      label: 'Perencanaan Kinerja',
      status: 'open',
      opensOn: '2026-01-08',
      closesOn: '2026-01-31',
      effectiveClosesOn: '2026-01-31',
      daysLeft: 21,
      isLockedOut: false,
    },
    personalData: {
      roster: {
        name: 'Andi Wijaya, S.Pd.',
        nip: '199203152019031008',
        nuptk: '1647770671130023',
        employmentStatus: 'pns',
        golonganRuang: 'III/a',
        jenjangJabatan: 'ahli_pertama',
        jenisPtk: 'Guru Mapel',
        schoolName: 'SMA Negeri 1 Contoh Bandung',
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
      editableFields: ['golongan', 'ruang', 'careerLevel'],
      isConfirmed: true,
      confirmedAt: '2026-01-10T02:00:00.000Z',
    },
    team: null,
    abilities: {
      canEdit: true,
      canSubmit: true,
      canApprove: false,
      canReturn: false,
      canWriteExpectations: false,
      canDownloadPdf: true,
      canViewHistory: true,
      canConfirmPersonalData: true,
      canEditPersonalData: true,
      canConfirmTeam: false,
    },
    updatedAt: '2026-01-10T02:05:00.000Z',
    ...overrides,
  });
}

/** GET /api/plans/mine with a started plan. */
export function makeMine(plan: Plan | null): MyPlanResponse {
  return myPlanResponseSchema.parse({
    period: { id: '2026', label: 'Januari–Desember 2026' },
    employeeKind: 'teacher',
    status: plan?.status ?? 'not_started',
    plan,
    canStart: plan === null,
    startRefusal: null,
    planningDeadline: (plan ?? makePlan()).planningDeadline,
  });
}

/** What the tabs offer (trimmed to a few entries per tab). */
export const planOptions: PlanOptionsResponse = planOptionsResponseSchema.parse({
  tabs: tabOrder.map((code) => ({ code, label: labels[code] })),
  mainDuties: {
    isFocusRequired: false,
    duties: [
      { code: 'merencanakan_pembelajaran', name: 'Merencanakan pembelajaran' },
      { code: 'melaksanakan_pembelajaran', name: 'Melaksanakan pembelajaran' },
    ],
  },
  competency: {
    mode: 'indicator',
    groups: [
      {
        code: 'pedagogik',
        name: 'Pedagogik',
        indicators: [{ code: 'demo_pedagogik_1', name: '[Contoh demo] Merancang pembelajaran' }],
        isGap: false,
      },
      { code: 'sosial', name: 'Sosial', indicators: [], isGap: true },
    ],
  },
  additionalDuties: {
    tab: 'main_duties',
    isSkReferenceRequired: true,
    duties: [
      { code: 'wali_kelas', name: 'Wali Kelas', weeklyJp: 2, legalBasis: 'Kepmendikdasmen' },
    ],
  },
  workBehaviour: {
    requiredValueCodes: ['berorientasi_pelayanan'],
    minSelectedValues: 1,
    isSupervisorExpectationRequired: true,
    values: [
      {
        code: 'berorientasi_pelayanan',
        name: 'Berorientasi Pelayanan',
        behaviours: [
          { code: 'berorientasi_pelayanan_a', text: 'Memahami dan memenuhi kebutuhan masyarakat' },
          { code: 'berorientasi_pelayanan_b', text: 'Ramah, cekatan, solutif' },
        ],
      },
    ],
  },
});

const target = {
  code: 't1',
  text: 'Guru melakukan refleksi dinamika kelas',
  recommended: [],
  avoided: [],
};

/** Praktik Kinerja choices: one recommended (with its Rapor Pendidikan score), one other. */
export const practiceOptions: PracticeOptionsResponse = practiceOptionsResponseSchema.parse({
  raporIndicator: 'D1',
  hasRaporData: true,
  raporImportedAt: '2026-01-05T03:00:00.000Z',
  recommended: [
    {
      code: 'penerapan_disiplin_positif',
      order: 2,
      name: 'Penerapan Disiplin Positif',
      isNameGap: false,
      group: 'Manajemen Kelas',
      description: null,
      raporIndicator: 'D1',
      targets: [target],
      isTargetsGap: false,
      raporScore: 42.5,
    },
  ],
  others: [
    {
      code: 'keteraturan_suasana_kelas',
      order: 1,
      name: 'Keteraturan Suasana Kelas',
      isNameGap: false,
      group: 'Manajemen Kelas',
      description: null,
      raporIndicator: 'D1',
      targets: [{ ...target, code: 't2' }],
      isTargetsGap: false,
      raporScore: null,
    },
  ],
});

/** The plan the server returns after storing `content` on top of `base` (version + 1). */
export function savedPlan(base: Plan, content: PlanContent, lastTab: PlanTab | null): Plan {
  const next = makePlan({ content, version: base.version + 1, lastTab });
  return { ...next, updatedAt: '2026-01-10T02:10:00.000Z' };
}
