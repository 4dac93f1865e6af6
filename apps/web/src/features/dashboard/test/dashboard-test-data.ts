import {
  areaDashboardResponseSchema,
  schoolDashboardResponseSchema,
  type AreaDashboardResponse,
  type AreaDashboardRow,
  type MeResponse,
  type RoleCode,
  type SchoolDashboardResponse,
  type StageCounts,
  type TeacherProgressRow,
} from '@kinerja/contract';
import { makeMe } from '../../../test/fake-api';

// Test data of the dashboards, parsed with the contract so it cannot drift from the API.

/** A signed-in person whose only (and active) role is `role`, scoped as given. */
export function meAs(
  role: RoleCode,
  scope: { schoolId?: string; dinasId?: string } = {},
): MeResponse {
  return makeMe({
    roles: [
      {
        role,
        label: role,
        schoolId: scope.schoolId ?? null,
        schoolName: scope.schoolId ? 'SMA Negeri 1 Contoh Bandung' : null,
        dinasId: scope.dinasId ?? null,
        dinasName: scope.dinasId ? 'Dinas Pendidikan Provinsi Jawa Barat' : null,
      },
    ],
    activeRole: role,
  });
}

const planLabels = {
  not_started: 'Belum mulai',
  draft: 'Draf',
  submitted: 'Perlu disetujui',
  returned: 'Dikembalikan',
  approved: 'Disetujui',
} as const;

/** One teacher's progress; a plan id exists unless the plan is "Belum mulai". */
export function teacher(
  n: number,
  name: string,
  options: Partial<
    Pick<TeacherProgressRow, 'planStatus' | 'executionCompleted' | 'assessmentState'>
  > & { predikat?: 'sangat_baik' | 'baik' | 'butuh_perbaikan' } = {},
): TeacherProgressRow {
  const planStatus = options.planStatus ?? 'approved';
  const labels = { sangat_baik: 'Sangat Baik', baik: 'Baik', butuh_perbaikan: 'Butuh Perbaikan' };
  return {
    employee: { id: `person-${n}`, name, nip: n % 2 ? `19920315201903100${n}` : null },
    planId: planStatus === 'not_started' ? null : `plan-${n}`,
    planStatus,
    planStatusLabel: planLabels[planStatus],
    executionCompleted: options.executionCompleted ?? false,
    assessmentState: options.assessmentState ?? 'not_started',
    predikat: options.predikat ? { code: options.predikat, label: labels[options.predikat] } : null,
  };
}

/** Stage counts with everything zero except what is given. */
export function counts(values: {
  teachers: number;
  planning?: Partial<StageCounts['planning']>;
  executionCompleted?: number;
  final?: number;
  predikat?: Partial<StageCounts['predikat']>;
}): StageCounts {
  const final = values.final ?? 0;
  return {
    teachers: values.teachers,
    planning: {
      not_started: 0,
      draft: 0,
      submitted: 0,
      returned: 0,
      approved: 0,
      ...values.planning,
    },
    executionCompleted: values.executionCompleted ?? 0,
    assessment: { not_started: values.teachers - final, draft: 0, final },
    predikat: {
      sangat_baik: 0,
      baik: 0,
      butuh_perbaikan: 0,
      kurang: 0,
      sangat_kurang: 0,
      ...values.predikat,
    },
    completionPercent:
      values.teachers === 0 ? 0 : Math.round((final / values.teachers) * 1000) / 10,
  };
}

/** Four teachers of SMA Negeri 1 Contoh Bandung, one in each stage, in 2026. */
export function schoolDashboard(
  overrides: Partial<SchoolDashboardResponse> = {},
): SchoolDashboardResponse {
  return schoolDashboardResponseSchema.parse({
    period: { id: '2026', label: 'Januari–Desember 2026' },
    document: { code: 'tahunan', label: 'Tahunan' },
    school: { id: 'school-a', name: 'SMA Negeri 1 Contoh Bandung', npsn: '20200001' },
    totals: counts({
      teachers: 4,
      planning: { not_started: 1, approved: 3 },
      executionCompleted: 2,
      final: 1,
      predikat: { baik: 1 },
    }),
    rows: [
      teacher(1, 'Budi Santoso, S.Pd.', { planStatus: 'not_started' }),
      teacher(2, 'Andi Wijaya, S.Pd.', {
        executionCompleted: true,
        assessmentState: 'final',
        predikat: 'baik',
      }),
      teacher(3, 'Citra Lestari, S.Pd.', { executionCompleted: true, assessmentState: 'draft' }),
      teacher(4, 'Dewi Anggraini, M.Pd.'),
    ],
    ...overrides,
  });
}

/** A school row of a Dinas dashboard. */
export function schoolRow(
  id: string,
  name: string,
  npsn: string,
  teachers: number,
  final: number,
): AreaDashboardRow {
  return {
    kind: 'school',
    code: id,
    name,
    npsn,
    counts: counts({
      teachers,
      planning: { approved: teachers },
      final,
      predikat: { baik: final },
    }),
  };
}

/** A province or kabupaten/kota row. */
export function regionRow(
  kind: 'province' | 'regency',
  code: string,
  name: string,
  teachers: number,
  final: number,
): AreaDashboardRow {
  return {
    kind,
    code,
    name,
    npsn: null,
    counts: counts({
      teachers,
      planning: { approved: teachers },
      final,
      predikat: { baik: final },
    }),
  };
}

/** An area dashboard whose totals add its rows up. */
export function areaDashboard(
  area: AreaDashboardResponse['area'],
  rows: AreaDashboardRow[],
  document: AreaDashboardResponse['document'] = { code: 'tahunan', label: 'Tahunan' },
  period: AreaDashboardResponse['period'] = { id: '2026', label: 'Januari–Desember 2026' },
): AreaDashboardResponse {
  const teachers = rows.reduce((sum, row) => sum + row.counts.teachers, 0);
  const final = rows.reduce((sum, row) => sum + row.counts.assessment.final, 0);
  return areaDashboardResponseSchema.parse({
    period,
    document,
    area,
    totals: counts({
      teachers,
      planning: { approved: teachers },
      final,
      predikat: { baik: final },
    }),
    rows,
  });
}
