import { describe, expect, it } from 'vitest';
import { SCHOOL_LEVELS, type SchoolLevel } from '../catalogues/school-levels';
import { can } from './can';
import {
  DINAS_LEVELS,
  dinasGovernsSchoolLevel,
  governingDinasLevel,
  schoolLevelOfJenjang,
  type DinasLevel,
} from './jurisdiction';
import type { Actor, PolicyAction, PolicySubject } from './policy-types';

// UU 23/2014 Lampiran I.A — domain.md §1.1 "Jurisdiction of a Dinas".
const LAW: [DinasLevel, SchoolLevel, boolean][] = [
  ['provinsi', 'paud', false],
  ['provinsi', 'sd', false],
  ['provinsi', 'smp', false],
  ['provinsi', 'sma', true],
  ['provinsi', 'smk', true],
  ['provinsi', 'slb', true],
  ['kabupaten_kota', 'paud', true],
  ['kabupaten_kota', 'sd', true],
  ['kabupaten_kota', 'smp', true],
  ['kabupaten_kota', 'sma', false],
  ['kabupaten_kota', 'smk', false],
  ['kabupaten_kota', 'slb', false],
];

describe('which Dinas governs which school level (domain.md §1.1)', () => {
  it.each(LAW)('a %s Dinas governs %s: %s', (dinas, school, expected) => {
    expect(dinasGovernsSchoolLevel(dinas, school)).toBe(expected);
  });

  it('every school level is governed by exactly one Dinas level', () => {
    for (const level of SCHOOL_LEVELS) {
      const governing = DINAS_LEVELS.filter((dinas) => dinasGovernsSchoolLevel(dinas, level));
      expect(governing).toEqual([governingDinasLevel(level)]);
    }
  });

  it('reads a Dapodik jenjang', () => {
    expect(schoolLevelOfJenjang('SMA')).toBe('sma');
    expect(schoolLevelOfJenjang('SD')).toBe('sd');
    expect(schoolLevelOfJenjang('MA')).toBeUndefined();
    expect(schoolLevelOfJenjang(null)).toBeUndefined();
  });
});

const PROVINCE: Actor = {
  personId: 'kadis-32',
  roles: [{ role: 'dinas_official', dinasId: 'prov-32', regionCode: '32', dinasLevel: 'provinsi' }],
};
const KABUPATEN: Actor = {
  personId: 'kabid-3204',
  roles: [
    {
      role: 'dinas_official',
      dinasId: 'kab-3204',
      regionCode: '3204',
      dinasLevel: 'kabupaten_kota',
    },
  ],
};
const ACTORS = { PROVINCE, KABUPATEN };

const teacherAt = (schoolLevel: SchoolLevel | undefined, regionCode = '3204'): PolicySubject => ({
  ownerId: 'guru-1',
  ownerKind: 'teacher',
  schoolId: 'sch-1',
  regionCode,
  periodId: '2026',
  ...(schoolLevel ? { schoolLevel } : {}),
});
const principalAt = (schoolLevel: SchoolLevel, assessorId: string): PolicySubject => ({
  ...teacherAt(schoolLevel),
  ownerId: 'ks-1',
  ownerKind: 'principal',
  assessorId,
});

type Row = [
  actor: keyof typeof ACTORS,
  action: PolicyAction,
  subject: PolicySubject,
  expected: string,
];
const OK = 'allowed';

// The `region` and `region_assessor` scopes: own level AND own region; whole-region subjects by region.
const SCOPES: Row[] = [
  ['KABUPATEN', 'plan.view', teacherAt('sd'), OK],
  ['KABUPATEN', 'plan.view', teacherAt('smp'), OK],
  ['KABUPATEN', 'plan.view', teacherAt('sma'), 'OTHER_LEVEL'],
  ['KABUPATEN', 'evidence.view', teacherAt('smk'), 'OTHER_LEVEL'],
  ['KABUPATEN', 'plan.view', teacherAt('sd', '3273'), 'OTHER_REGION'],
  ['PROVINCE', 'plan.view', teacherAt('sma'), OK],
  ['PROVINCE', 'plan.view', teacherAt('slb', '3273'), OK],
  ['PROVINCE', 'plan.view', teacherAt('sd'), 'OTHER_LEVEL'],
  ['PROVINCE', 'assessment.view', teacherAt('paud'), 'OTHER_LEVEL'],
  ['PROVINCE', 'plan.view', teacherAt('sma', '3301'), 'OTHER_REGION'],
  // A school subject without its level is refused, so a forgotten level never widens the reach.
  ['PROVINCE', 'plan.view', teacherAt(undefined), 'OTHER_LEVEL'],
  ['PROVINCE', 'export.school', { schoolId: 'sch-1', regionCode: '3204' }, 'OTHER_LEVEL'],
  ['PROVINCE', 'export.school', { schoolId: 'sch-1', regionCode: '3204', schoolLevel: 'sma' }, OK],
  [
    'KABUPATEN',
    'e_kinerja.sync',
    { schoolId: 'sch-1', regionCode: '3204', schoolLevel: 'sma' },
    'OTHER_LEVEL',
  ],
  [
    'KABUPATEN',
    'tim_kinerja.assign',
    { schoolId: 'sch-1', regionCode: '3204', schoolLevel: 'sd' },
    OK,
  ],
  // Whole-region subjects (the Dinas' own list, ZIP, dashboard) are checked by region only.
  ['KABUPATEN', 'export.region', { regionCode: '3204', periodId: '2026' }, OK],
  ['PROVINCE', 'distribution.view', { regionCode: '32', periodId: '2026' }, OK],
  ['KABUPATEN', 'distribution.view', { regionCode: '32', periodId: '2026' }, 'OTHER_REGION'],
  // The area of a Dinas office: only a Dinas of the same level (a province never opens a kota's ZIP).
  [
    'PROVINCE',
    'export.region',
    { regionCode: '3204', dinasLevel: 'kabupaten_kota' },
    'OTHER_LEVEL',
  ],
  ['PROVINCE', 'export.region', { regionCode: '32', dinasLevel: 'provinsi' }, OK],
  ['KABUPATEN', 'export.region', { regionCode: '3204', dinasLevel: 'kabupaten_kota' }, OK],
  // The assessor: approves principals of its own level only.
  ['PROVINCE', 'plan.approve', { ...principalAt('sma', 'kadis-32'), planState: 'submitted' }, OK],
  [
    'KABUPATEN',
    'plan.approve',
    { ...principalAt('sma', 'kabid-3204'), planState: 'submitted' },
    'OTHER_LEVEL',
  ],
  [
    'KABUPATEN',
    'assessment.set',
    { ...principalAt('smp', 'kabid-3204'), assessmentState: 'draft' },
    OK,
  ],
  [
    'PROVINCE',
    'assessment.set',
    { ...principalAt('sd', 'kadis-32'), assessmentState: 'draft' },
    'OTHER_LEVEL',
  ],
];

describe('Dinas scopes reach their own level and region (domain.md §1.1)', () => {
  it.each(SCOPES)('%s %s %j → %s', (actor, action, subject, expected) => {
    const decision = can(ACTORS[actor], action, subject);
    expect(decision.allowed ? OK : decision.reason).toBe(expected);
  });

  it('a Dinas grant without its level reaches no school', () => {
    const actor: Actor = { personId: 'd', roles: [{ role: 'dinas_official', regionCode: '32' }] };
    expect(can(actor, 'plan.view', teacherAt('sma'))).toEqual({
      allowed: false,
      reason: 'OTHER_LEVEL',
    });
  });
});
