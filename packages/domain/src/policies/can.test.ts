import { describe, expect, it } from 'vitest';
import { abilitiesFor, can } from './can';
import { POLICY_ACTIONS, type Actor, type PolicyAction, type PolicySubject } from './policy-types';

const ACTORS = {
  guru: { personId: 'guru-1', roles: [{ role: 'teacher', schoolId: 'sch-1', regionCode: '3273' }] },
  // A KS wears two hats: atasan of the school's teachers in 2026, and pegawai — domain.md §1.3.
  ks: {
    personId: 'ks-1',
    roles: [
      { role: 'principal_supervisor', schoolId: 'sch-1', regionCode: '3273', periodId: '2026' },
      { role: 'principal_employee', schoolId: 'sch-1', regionCode: '3273' },
    ],
  },
  pengawas: { personId: 'pw-1', roles: [{ role: 'pengawas', regionCode: '3273' }] },
  dinas: {
    personId: 'kabid-1',
    roles: [
      {
        role: 'dinas_official',
        dinasId: 'disdik-3273',
        regionCode: '3273',
        dinasLevel: 'kabupaten_kota',
      },
    ],
  },
  dinasProvinsi: {
    personId: 'kadis-32',
    roles: [{ role: 'dinas_official', regionCode: '32', dinasLevel: 'provinsi' }],
  },
  operator: { personId: 'op-1', roles: [{ role: 'school_operator', schoolId: 'sch-1' }] },
  admin: { personId: 'adm-1', roles: [{ role: 'admin' }] },
  nobody: { personId: 'x', roles: [] },
} satisfies Record<string, Actor>;

// sch-1 is an SD of kota 3273, governed by the kota Dinas — domain.md §1.1.
const GURU_PLAN: PolicySubject = {
  ownerId: 'guru-1',
  ownerKind: 'teacher',
  schoolId: 'sch-1',
  schoolLevel: 'sd',
  regionCode: '3273',
  periodId: '2026',
};
const KS_PLAN: PolicySubject = {
  ownerId: 'ks-1',
  ownerKind: 'principal',
  schoolId: 'sch-1',
  schoolLevel: 'sd',
  regionCode: '3273',
  periodId: '2026',
  assessorId: 'kabid-1',
  timKinerjaIds: ['pw-1'],
};
const SUBJECTS = {
  guruPlan: GURU_PLAN,
  guruDraft: { ...GURU_PLAN, planState: 'draft' },
  guruNotStarted: { ...GURU_PLAN, planState: 'not_started' },
  guruSubmitted: { ...GURU_PLAN, planState: 'submitted', approval: 'manual' },
  guruBlocked: { ...GURU_PLAN, planState: 'submitted', approval: 'blocked' },
  guruPlt: { ...GURU_PLAN, planState: 'submitted', approval: 'automatic' },
  guruApproved: { ...GURU_PLAN, planState: 'approved' },
  guruPlan2025: { ...GURU_PLAN, periodId: '2025' },
  otherSchool: { ...GURU_PLAN, ownerId: 'guru-9', schoolId: 'sch-2' },
  otherRegion: {
    ownerId: 'guru-8',
    ownerKind: 'teacher',
    schoolId: 'sch-8',
    schoolLevel: 'sd',
    regionCode: '3171',
    periodId: '2026',
  },
  evidenceDraft: { ...GURU_PLAN, documentKind: 'competency_evidence', documentState: 'draft' },
  evidenceCollected: {
    ...GURU_PLAN,
    documentKind: 'competency_evidence',
    documentState: 'collected',
  },
  reflectionDraft: { ...GURU_PLAN, documentKind: 'competency_reflection', documentState: 'draft' },
  reflectionEmpty: { ...GURU_PLAN, documentKind: 'competency_reflection', documentState: 'empty' },
  assessmentDraft: { ...GURU_PLAN, assessmentState: 'draft' },
  assessmentFinal: { ...GURU_PLAN, assessmentState: 'final' },
  ksPlan: KS_PLAN,
  ksSubmitted: { ...KS_PLAN, planState: 'submitted', approval: 'manual' },
  ksOtherAssessor: { ...KS_PLAN, assessorId: 'kabid-2' },
  ksAssessmentDraft: { ...KS_PLAN, assessmentState: 'draft' },
  ksAssessmentFinal: { ...KS_PLAN, assessmentState: 'final' },
  // A teacher plotted in a colleague's Tim Kinerja — domain.md §1.1.
  peerTimKinerja: {
    ...GURU_PLAN,
    ownerId: 'guru-2',
    timKinerjaIds: ['guru-1'],
    assessmentState: 'draft',
  },
  school: { schoolId: 'sch-1', schoolLevel: 'sd', regionCode: '3273', periodId: '2026' },
  school2025: { schoolId: 'sch-1', schoolLevel: 'sd', regionCode: '3273', periodId: '2025' },
  otherSchoolRecord: { schoolId: 'sch-2', schoolLevel: 'sd', regionCode: '3273', periodId: '2026' },
  // An SMA of kota 3273: the provincial Dinas governs it, not the kota Dinas — domain.md §1.1.
  smaSchool: { schoolId: 'sch-3', schoolLevel: 'sma', regionCode: '3273', periodId: '2026' },
  smaPlan: { ...GURU_PLAN, ownerId: 'guru-3', schoolId: 'sch-3', schoolLevel: 'sma' },
  none: {},
} satisfies Record<string, PolicySubject>;

type Row = [
  actor: keyof typeof ACTORS,
  action: PolicyAction,
  subject: keyof typeof SUBJECTS,
  expected: string,
];
const OK = 'allowed';

// Scopes: architecture.md §5 (own records; the KS's school in periods led; the Dinas region); who approves/assesses: domain.md §1.2.
const TABLE: Row[] = [
  ['guru', 'plan.view', 'guruPlan', OK],
  ['guru', 'plan.view', 'otherSchool', 'NOT_OWN_RECORD'],
  ['guru', 'plan.view', 'ksPlan', 'NOT_OWN_RECORD'],
  ['ks', 'plan.view', 'guruPlan', OK],
  ['ks', 'plan.view', 'guruPlan2025', 'OTHER_PERIOD'],
  ['ks', 'plan.view', 'otherSchool', 'OTHER_SCHOOL'],
  ['ks', 'plan.view', 'ksPlan', OK],
  ['pengawas', 'plan.view', 'ksPlan', OK],
  ['pengawas', 'plan.view', 'guruPlan', 'NOT_TIM_KINERJA'],
  ['dinas', 'plan.view', 'guruPlan', OK],
  ['dinas', 'plan.view', 'otherRegion', 'OTHER_REGION'],
  ['dinasProvinsi', 'plan.view', 'guruPlan', 'OTHER_LEVEL'],
  ['dinasProvinsi', 'plan.view', 'smaPlan', OK],
  ['dinas', 'plan.view', 'smaPlan', 'OTHER_LEVEL'],
  ['admin', 'plan.view', 'otherRegion', OK],
  ['operator', 'plan.view', 'guruPlan', 'ROLE_NOT_ALLOWED'],
  ['nobody', 'plan.view', 'guruPlan', 'ROLE_NOT_ALLOWED'],
  ['guru', 'plan.edit', 'guruDraft', OK],
  ['guru', 'plan.edit', 'guruNotStarted', OK],
  ['guru', 'plan.edit', 'guruApproved', 'PLAN_LOCKED_USE_RHK_CHANGE'],
  ['ks', 'plan.edit', 'guruDraft', 'NOT_OWN_RECORD'],
  ['ks', 'plan.edit', 'ksPlan', OK],
  ['guru', 'plan.submit', 'guruDraft', OK],
  ['guru', 'plan.submit', 'guruSubmitted', 'INVALID_TRANSITION'],
  ['ks', 'plan.approve', 'guruSubmitted', OK],
  ['ks', 'plan.approve', 'guruBlocked', 'SUPERVISOR_NOT_FOUND'],
  ['ks', 'plan.approve', 'guruDraft', 'INVALID_TRANSITION'],
  ['ks', 'plan.approve', 'ksSubmitted', 'WRONG_EMPLOYEE_KIND'],
  ['dinas', 'plan.approve', 'ksSubmitted', OK],
  ['dinas', 'plan.approve', 'ksOtherAssessor', 'NOT_ASSESSOR'],
  ['dinas', 'plan.approve', 'guruSubmitted', 'WRONG_EMPLOYEE_KIND'],
  ['guru', 'plan.approve', 'guruSubmitted', 'ROLE_NOT_ALLOWED'],
  ['ks', 'plan.return', 'guruSubmitted', OK],
  ['ks', 'plan.return', 'guruPlt', 'PLAN_APPROVAL_AUTOMATIC'],
  ['guru', 'plan.change_rhk', 'guruApproved', OK],
  ['guru', 'plan.change_rhk', 'guruDraft', 'RHK_CHANGE_PLAN_NOT_APPROVED'],
  ['dinas', 'plan.extend_deadline', 'guruPlan', OK],
  ['admin', 'plan.extend_deadline', 'otherRegion', OK],
  ['ks', 'plan.extend_deadline', 'guruPlan', 'ROLE_NOT_ALLOWED'],
  ['guru', 'evidence.upload', 'evidenceDraft', OK],
  ['guru', 'evidence.upload', 'evidenceCollected', 'DOCUMENT_LOCKED'],
  ['guru', 'evidence.collect', 'reflectionDraft', OK],
  ['guru', 'evidence.collect', 'reflectionEmpty', 'DOCUMENT_EMPTY'],
  ['guru', 'evidence.collect', 'evidenceDraft', OK],
  ['ks', 'evidence.upload', 'evidenceDraft', 'NOT_OWN_RECORD'],
  ['ks', 'evidence.view', 'evidenceCollected', OK],
  ['operator', 'evidence.view', 'evidenceCollected', 'ROLE_NOT_ALLOWED'],
  ['guru', 'practice.record', 'guruPlan', OK],
  ['pengawas', 'practice.record', 'ksPlan', 'ROLE_NOT_ALLOWED'],
  ['ks', 'observation.record', 'guruPlan', OK],
  ['pengawas', 'observation.record', 'ksPlan', OK],
  ['guru', 'observation.record', 'guruPlan', 'ROLE_NOT_ALLOWED'],
  ['ks', 'assessment.set', 'assessmentDraft', OK],
  ['ks', 'assessment.set', 'assessmentFinal', 'ASSESSMENT_FINAL'],
  ['dinas', 'assessment.set', 'ksAssessmentDraft', OK],
  ['pengawas', 'assessment.set', 'ksAssessmentDraft', 'ROLE_NOT_ALLOWED'],
  ['pengawas', 'assessment.recommend', 'ksAssessmentDraft', OK],
  ['ks', 'assessment.recommend', 'assessmentDraft', 'NOT_TIM_KINERJA'],
  ['guru', 'assessment.recommend', 'peerTimKinerja', OK],
  ['pengawas', 'assessment.recommend', 'ksAssessmentFinal', 'ASSESSMENT_FINAL'],
  ['nobody', 'assessment.recommend', 'ksAssessmentDraft', 'ROLE_NOT_ALLOWED'],
  ['ks', 'assessment.finalize', 'assessmentDraft', OK],
  ['guru', 'assessment.finalize', 'assessmentDraft', 'ROLE_NOT_ALLOWED'],
  ['guru', 'assessment.view', 'assessmentFinal', OK],
  ['pengawas', 'assessment.view', 'ksAssessmentDraft', OK],
  ['operator', 'assessment.view', 'assessmentFinal', 'ROLE_NOT_ALLOWED'],
  ['guru', 'personal_data.edit', 'guruPlan', OK],
  ['admin', 'personal_data.edit', 'guruPlan', 'ROLE_NOT_ALLOWED'],
  ['operator', 'roster.import', 'school', OK],
  ['operator', 'roster.import', 'otherSchoolRecord', 'OTHER_SCHOOL'],
  ['admin', 'roster.import', 'otherSchoolRecord', OK],
  ['ks', 'roster.import', 'school', 'ROLE_NOT_ALLOWED'],
  ['operator', 'password.reset', 'school', OK],
  ['dinas', 'password.reset', 'school', OK],
  ['ks', 'password.reset', 'school', 'ROLE_NOT_ALLOWED'],
  ['operator', 'tim_kinerja.assign', 'school', OK],
  ['dinas', 'tim_kinerja.assign', 'school', OK],
  ['guru', 'tim_kinerja.assign', 'school', 'ROLE_NOT_ALLOWED'],
  ['guru', 'period.switch', 'none', OK],
  ['pengawas', 'period.switch', 'none', OK],
  ['nobody', 'period.switch', 'none', 'ROLE_NOT_ALLOWED'],
  ['ks', 'export.school', 'school', OK],
  ['ks', 'export.school', 'school2025', 'OTHER_PERIOD'],
  ['operator', 'export.school', 'school', 'ROLE_NOT_ALLOWED'],
  ['dinas', 'export.region', 'school', OK],
  ['ks', 'export.region', 'school', 'ROLE_NOT_ALLOWED'],
  ['operator', 'e_kinerja.sync', 'school', OK],
  ['operator', 'e_kinerja.sync', 'otherSchoolRecord', 'OTHER_SCHOOL'],
  ['dinas', 'e_kinerja.sync', 'otherRegion', 'OTHER_REGION'],
  ['dinas', 'e_kinerja.sync', 'smaSchool', 'OTHER_LEVEL'],
  ['dinasProvinsi', 'export.school', 'smaSchool', OK],
  ['admin', 'e_kinerja.sync', 'otherRegion', OK],
  ['ks', 'e_kinerja.sync', 'school', 'ROLE_NOT_ALLOWED'],
  ['ks', 'distribution.view', 'school', OK],
  ['dinas', 'distribution.view', 'otherSchoolRecord', OK],
  ['guru', 'distribution.view', 'school', 'ROLE_NOT_ALLOWED'],
  ['admin', 'catalogue.edit', 'none', OK],
  ['dinas', 'catalogue.edit', 'none', 'ROLE_NOT_ALLOWED'],
  ['admin', 'storage.view', 'none', OK],
  ['dinas', 'storage.view', 'none', 'ROLE_NOT_ALLOWED'],
  ['admin', 'period.manage', 'none', OK],
  ['dinas', 'period.manage', 'none', 'ROLE_NOT_ALLOWED'],
  ['ks', 'rule_set.view', 'none', OK],
  ['guru', 'rule_set.view', 'none', 'ROLE_NOT_ALLOWED'],
];

describe('can(actor, action, subject)', () => {
  it.each(TABLE)('%s %s %s → %s', (actor, action, subject, expected) => {
    const decision = can(ACTORS[actor], action, SUBJECTS[subject]);
    expect(decision.allowed ? OK : decision.reason).toBe(expected);
  });

  it('every action in the product is covered by the table, allowed and refused at least once', () => {
    for (const action of POLICY_ACTIONS) {
      const rows = TABLE.filter((row) => row[1] === action);
      expect(
        rows.some((row) => row[3] === OK),
        action,
      ).toBe(true);
      expect(
        rows.some((row) => row[3] !== OK),
        action,
      ).toBe(true);
    }
  });

  it('a principal grant without a period never reaches teacher records', () => {
    const actor: Actor = {
      personId: 'ks-2',
      roles: [{ role: 'principal_supervisor', schoolId: 'sch-1' }],
    };
    expect(can(actor, 'plan.view', GURU_PLAN)).toEqual({ allowed: false, reason: 'OTHER_PERIOD' });
  });

  it('a Plt who teaches at the school he leads never approves, observes or assesses himself', () => {
    const plt: Actor = {
      personId: 'guru-1',
      roles: [
        { role: 'teacher', schoolId: 'sch-1', regionCode: '3273' },
        { role: 'principal_supervisor', schoolId: 'sch-1', regionCode: '3273', periodId: '2026' },
      ],
    };
    for (const action of ['plan.approve', 'observation.record', 'assessment.finalize'] as const) {
      expect(can(plt, action, SUBJECTS.guruSubmitted)).toEqual({
        allowed: false,
        reason: 'OWN_RECORD_AS_ATASAN',
      });
    }
    // He still reads his own plan as its owner, and assesses his colleagues.
    expect(can(plt, 'plan.view', GURU_PLAN).allowed).toBe(true);
    expect(can(plt, 'assessment.set', { ...GURU_PLAN, ownerId: 'guru-2' }).allowed).toBe(true);
  });

  it('a Dinas grant without a region code reaches nothing', () => {
    const actor: Actor = {
      personId: 'd',
      roles: [{ role: 'dinas_official', dinasLevel: 'kabupaten_kota' }],
    };
    expect(can(actor, 'plan.view', GURU_PLAN)).toEqual({ allowed: false, reason: 'OTHER_REGION' });
  });

  it('defaults to an empty subject', () => {
    expect(can(ACTORS.admin, 'catalogue.edit')).toEqual({ allowed: true });
  });

  it('builds presenter abilities', () => {
    expect(
      abilitiesFor({
        actor: ACTORS.ks,
        subject: SUBJECTS.guruSubmitted,
        actions: ['plan.approve', 'plan.return', 'plan.edit'],
      }),
    ).toEqual({
      'plan.approve': true,
      'plan.return': true,
      'plan.edit': false,
    });
  });
});
