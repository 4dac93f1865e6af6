import {
  planSchema,
  type MeResponse,
  type Plan,
  type PlanOptionsResponse,
  type SchoolPlanListResponse,
} from '@kinerja/contract';
import { makeMe } from '../../../test/fake-api';

// Test data of the review pages, parsed with the contract so it cannot drift from the API.

const schoolA = {
  schoolId: 'school-a',
  schoolName: 'SMA Negeri 1 Contoh Bandung',
  dinasId: null,
  dinasName: null,
};

/** Dr. Siti Rahmawati as "Kepala Sekolah sebagai Atasan" of school A. */
export function principalMe(): MeResponse {
  return makeMe({
    person: { ...makeMe().person, name: 'Dr. Siti Rahmawati, M.Pd.', jenisPtk: 'Kepala Sekolah' },
    roles: [{ role: 'principal_supervisor', label: 'Kepala Sekolah sebagai Atasan', ...schoolA }],
    activeRole: 'principal_supervisor',
    csrfToken: 'csrf-principal',
  });
}

/** A Dinas official of the Bandung office. */
export function dinasMe(): MeResponse {
  return makeMe({
    person: { ...makeMe().person, name: 'Drs. Bambang Sutrisno', jenisPtk: null },
    roles: [
      {
        role: 'dinas_official',
        label: 'Dinas',
        schoolId: null,
        schoolName: null,
        dinasId: 'dinas-bandung',
        dinasName: 'Dinas Pendidikan Kota Bandung',
      },
    ],
    activeRole: 'dinas_official',
  });
}

type Row = SchoolPlanListResponse['plans'][number];

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** One teacher row of "Periksa". */
export function teacherRow(
  n: number,
  name: string,
  status: Row['status'],
  nip: string | null = `1990010120190310${String(n).padStart(2, '0')}`,
): Row {
  const hasPlan = status !== 'not_started';
  const labels = {
    not_started: 'Belum mulai',
    draft: 'Draf',
    submitted: 'Perlu disetujui',
    returned: 'Dikembalikan',
    approved: 'Disetujui',
  };
  return {
    employee: { id: `person-${n}`, name, nip, nuptk: null },
    planId: hasPlan ? uuid(n) : null,
    status,
    statusLabel: labels[status],
    version: hasPlan ? 3 : null,
    submittedAt:
      status === 'submitted' || status === 'approved' ? '2026-01-12T02:15:00.000Z' : null,
    updatedAt: hasPlan ? '2026-01-12T02:15:00.000Z' : null,
    hasSupervisorExpectations: false,
    abilities: {
      canView: hasPlan,
      canApprove: status === 'submitted',
      canReturn: status === 'submitted',
    },
  };
}

/** The plan id of row `n`. */
export const planIdOf = uuid;

/** A school list answer with counts computed from the rows. */
export function schoolList(
  plans: Row[],
  approvalMode: SchoolPlanListResponse['approvalMode'] = 'manual',
): SchoolPlanListResponse {
  const counts = { not_started: 0, draft: 0, submitted: 0, returned: 0, approved: 0 };
  for (const row of plans) counts[row.status] += 1;
  return {
    period: { id: '2026', label: 'Januari–Desember 2026' },
    school: { id: 'school-a', name: 'SMA Negeri 1 Contoh Bandung', npsn: '20200001' },
    approvalMode,
    counts,
    plans,
  };
}

const noAbilities = {
  canEdit: false,
  canSubmit: false,
  canApprove: false,
  canReturn: false,
  canWriteExpectations: false,
  canDownloadPdf: false,
  canViewHistory: false,
  canConfirmPersonalData: false,
  canEditPersonalData: false,
  canConfirmTeam: false,
};

/** A submitted 2026 teacher plan as the principal sees it (may approve, return, write). */
export function submittedPlan(overrides: Partial<Plan> = {}): Plan {
  return planSchema.parse({
    id: uuid(2),
    periodId: '2026',
    periodLabel: 'Januari–Desember 2026',
    ruleSetVersion: '2026',
    catalogueVersionLabel: 'Katalog bawaan (belum pernah diubah)',
    employee: {
      id: 'person-2',
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
    status: 'submitted',
    statusLabel: 'Perlu disetujui',
    version: 3,
    lastTab: 'summary',
    tabs: [
      { code: 'practice', label: 'Praktik Kinerja', problems: [] },
      { code: 'work_behaviour', label: 'Perilaku Kerja', problems: [] },
      { code: 'summary', label: 'Rangkuman', problems: [] },
    ],
    content: {
      mainDuties: { dutyCodes: [], focusCode: null },
      practiceIndicatorCode: 'penerapan_disiplin_positif',
      competencyRhkCodes: [],
      competencyIndicatorCode: null,
      additionalDuties: [],
      workBehaviour: {
        berorientasi_pelayanan: { behaviourCode: 'bp_a', supervisorExpectation: '' },
        akuntabel: { behaviourCode: 'ak_a', supervisorExpectation: '' },
      },
    },
    supervisorExpectations: {},
    isValid: true,
    competencyPoints: null,
    returnNote: null,
    submittedAt: '2026-01-12T02:15:00.000Z',
    submissionCount: 1,
    approval: null,
    supervision: {
      mode: 'manual',
      basis: 'definitive_principal',
      approver: { id: 'person-kepsek', name: 'Dr. Siti Rahmawati, M.Pd.' },
      assessor: null,
      message: null,
      hint: null,
    },
    planningDeadline: null,
    personalData: {
      roster: {
        name: 'Andi Wijaya, S.Pd.',
        nip: '199203152019031008',
        nuptk: null,
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
      editableFields: [],
      isConfirmed: true,
      confirmedAt: '2026-01-10T02:00:00.000Z',
    },
    team: null,
    abilities: {
      ...noAbilities,
      canApprove: true,
      canReturn: true,
      canWriteExpectations: true,
      canDownloadPdf: true,
      canViewHistory: true,
    },
    updatedAt: '2026-01-12T02:15:00.000Z',
    ...overrides,
  });
}

/** The options of a 2026 plan: two BerAKHLAK values are enough for the review page. */
export function planOptions(): PlanOptionsResponse {
  return {
    tabs: [],
    mainDuties: { isFocusRequired: false, duties: [] },
    competency: { mode: 'indicator', groups: [] },
    additionalDuties: { tab: 'main_duties', isSkReferenceRequired: true, duties: [] },
    workBehaviour: {
      requiredValueCodes: ['berorientasi_pelayanan', 'akuntabel'],
      minSelectedValues: 2,
      isSupervisorExpectationRequired: true,
      values: [
        {
          code: 'berorientasi_pelayanan',
          name: 'Berorientasi Pelayanan',
          behaviours: [{ code: 'bp_a', text: 'Memahami dan memenuhi kebutuhan masyarakat' }],
        },
        {
          code: 'akuntabel',
          name: 'Akuntabel',
          behaviours: [{ code: 'ak_a', text: 'Melaksanakan tugas dengan jujur' }],
        },
      ],
    },
  };
}
