import { describe, expect, it } from 'vitest';
import type { PeriodVersion } from '../periods/period-versions';
import { ruleSetFor } from '../rule-sets/registry';
import {
  resolveSupervisor,
  type DinasAssignment,
  type SchoolLeadership,
} from './resolve-supervisor';

const school = (
  definitivePrincipalId: string | null,
  actingPrincipalId: string | null,
): SchoolLeadership => ({
  definitivePrincipalId,
  actingPrincipalId,
});
const DINAS: DinasAssignment = { assessorId: 'kabid-1', pengawasIds: ['pengawas-1', 'pengawas-2'] };

describe('resolveSupervisor (domain.md §1.2, §3.3, §3.8)', () => {
  it.each<
    [
      string,
      PeriodVersion,
      'teacher' | 'principal',
      SchoolLeadership,
      DinasAssignment | undefined,
      object,
    ]
  >([
    // Definitive KS approves and assesses [C] SEED3
    [
      'teacher, definitive KS',
      '2024-S1',
      'teacher',
      school('ks-1', null),
      undefined,
      { approval: 'manual', basis: 'definitive_principal', approverId: 'ks-1', assessorId: 'ks-1' },
    ],
    [
      'teacher, definitive KS and a Plt',
      '2026',
      'teacher',
      school('ks-1', 'plt-1'),
      undefined,
      { approval: 'manual', approverId: 'ks-1' },
    ],
    // Plt only → approved automatically; the Plt still confirms Pelaksanaan [C] SEED3, HC-PLAK25
    [
      'teacher, Plt only',
      '2025',
      'teacher',
      school(null, 'plt-1'),
      undefined,
      { approval: 'automatic', basis: 'acting_principal', approverId: null, assessorId: 'plt-1' },
    ],
    // Neither → blocked with the official message
    [
      'teacher, no KS and no Plt',
      '2024-S2',
      'teacher',
      school(null, null),
      undefined,
      {
        approval: 'blocked',
        code: 'SUPERVISOR_NOT_FOUND',
        message: 'Data atasan Anda tidak ditemukan',
      },
    ],
    // KS as pegawai → Dinas assessor, pengawas as Tim Kinerja [C] DOKEV, KEPALASEKOLAH.ID
    [
      'principal 2024',
      '2024-S1',
      'principal',
      school('ks-1', null),
      DINAS,
      {
        approval: 'manual',
        basis: 'dinas_assessor',
        approverId: 'kabid-1',
        assessorId: 'kabid-1',
        timKinerjaIds: ['pengawas-1', 'pengawas-2'],
      },
    ],
    [
      'principal 2025',
      '2025',
      'principal',
      school('ks-1', null),
      DINAS,
      { approval: 'manual', approverId: 'kabid-1' },
    ],
    // 2026: principal's plan approved on submission [S] UTAMAPOS-KS
    [
      'principal 2026',
      '2026',
      'principal',
      school('ks-1', null),
      DINAS,
      {
        approval: 'automatic',
        basis: 'principal_on_submission',
        approverId: null,
        assessorId: 'kabid-1',
        timKinerjaIds: ['pengawas-1', 'pengawas-2'],
      },
    ],
    [
      'principal without a Dinas assessor',
      '2026',
      'principal',
      school('ks-1', null),
      { assessorId: null, pengawasIds: [] },
      { approval: 'blocked', code: 'SUPERVISOR_NOT_FOUND' },
    ],
    [
      'principal without Dinas data',
      '2025',
      'principal',
      school('ks-1', null),
      undefined,
      { approval: 'blocked' },
    ],
  ])('%s (%s)', (_name, version, employeeKind, leadership, dinas, expected) => {
    const result = resolveSupervisor({
      ruleSet: ruleSetFor(version),
      employeeKind,
      school: leadership,
      ...(dinas ? { dinas } : {}),
    });
    expect(result).toMatchObject(expected);
  });

  it('passes the Tim Kinerja of a teacher through', () => {
    const result = resolveSupervisor({
      ruleSet: ruleSetFor('2026'),
      employeeKind: 'teacher',
      school: school('ks-1', null),
      timKinerjaIds: ['guru-senior'],
    });
    expect(result).toMatchObject({ timKinerjaIds: ['guru-senior'] });
  });

  it('blocks a Plt-only school when a rule set turns auto-approval off', () => {
    const ruleSet = {
      ...ruleSetFor('2025'),
      approval: { isActingPrincipalAutoApproval: false, principalEmployee: 'assessor' as const },
    };
    expect(
      resolveSupervisor({ ruleSet, employeeKind: 'teacher', school: school(null, 'plt-1') })
        .approval,
    ).toBe('blocked');
  });

  it('localizes the blocked message and its hint', () => {
    const result = resolveSupervisor({
      ruleSet: ruleSetFor('2025'),
      employeeKind: 'teacher',
      school: school(null, null),
      locale: 'en',
    });
    expect(result).toMatchObject({
      message: 'Your supervisor data was not found',
      hint: expect.stringContaining('Dapodik'),
    });
  });
});
