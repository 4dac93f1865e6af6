import { describe, expect, it } from 'vitest';
import type { RoleCode } from '../roles/roles';
import { accountTier, mayResetPassword, type AccountTarget } from './account-powers';
import type { Actor } from './policy-types';

const ACTORS = {
  operator: { personId: 'op-1', roles: [{ role: 'school_operator', schoolId: 'sch-1' }] },
  dinas: {
    personId: 'kabid-1',
    roles: [{ role: 'dinas_official', regionCode: '3273', dinasLevel: 'kabupaten_kota' }],
  },
  dinasProvinsi: {
    personId: 'kadis-32',
    roles: [{ role: 'dinas_official', regionCode: '32', dinasLevel: 'provinsi' }],
  },
  dinasFar: {
    personId: 'kabid-9',
    roles: [{ role: 'dinas_official', regionCode: '3171', dinasLevel: 'kabupaten_kota' }],
  },
  admin: { personId: 'adm-1', roles: [{ role: 'admin' }] },
  ks: {
    personId: 'ks-1',
    roles: [
      { role: 'principal_supervisor', schoolId: 'sch-1', periodId: '2026' },
      { role: 'principal_employee', schoolId: 'sch-1' },
    ],
  },
  guru: { personId: 'guru-1', roles: [{ role: 'teacher', schoolId: 'sch-1' }] },
} satisfies Record<string, Actor>;

// SMPs under the kota Dinas, an SMA under the provincial one (UU 23/2014, domain.md §1.1).
const SCH1 = { schoolId: 'sch-1', regionCode: '3273', schoolLevel: 'smp' } as const;
const SCH2 = { schoolId: 'sch-2', regionCode: '3273', schoolLevel: 'smp' } as const;
const SMA = { schoolId: 'sma-1', regionCode: '3273', schoolLevel: 'sma' } as const;
const target = (
  personId: string,
  roles: RoleCode[],
  places: Partial<Pick<AccountTarget, 'staffPlaces' | 'ledPlaces'>> = {},
): AccountTarget => ({ personId, roles, staffPlaces: [], ledPlaces: [], ...places });

const TARGETS = {
  guru: target('guru-1', ['teacher'], { staffPlaces: [SCH1] }),
  tendik: target('tu-1', [], { staffPlaces: [SCH1] }),
  guruSch2: target('guru-2', ['teacher'], { staffPlaces: [SCH2] }),
  operator: target('op-1', ['school_operator'], { staffPlaces: [SCH1] }),
  ks: target('ks-1', ['principal_supervisor', 'principal_employee', 'teacher'], {
    staffPlaces: [SCH1],
    ledPlaces: [SCH1],
  }),
  // A Plt leads sch-1 while working at sch-2 (domain.md §1.1).
  plt: target('plt-1', ['principal_supervisor', 'teacher'], {
    staffPlaces: [SCH2],
    ledPlaces: [SCH1],
  }),
  ksSma: target('ks-2', ['principal_supervisor', 'principal_employee'], {
    staffPlaces: [SMA],
    ledPlaces: [SMA],
  }),
  pengawas: target('pw-1', ['pengawas']),
  dinas: target('kabid-2', ['dinas_official']),
  admin: target('adm-2', ['admin'], { staffPlaces: [SCH1] }),
} satisfies Record<string, AccountTarget>;

type Row = [actor: keyof typeof ACTORS, target: keyof typeof TARGETS, expected: string];

// domain.md §3.1/§6.1 (the school operator answers "lupa kata sandi"), §1.1/§1.2 (the level above).
const TABLE: Row[] = [
  ['operator', 'guru', 'allowed'],
  ['operator', 'tendik', 'allowed'],
  ['operator', 'guruSch2', 'hidden'],
  ['operator', 'operator', 'self'],
  ['operator', 'ks', 'higher_account:school_head'],
  ['operator', 'plt', 'hidden'],
  ['operator', 'pengawas', 'hidden'],
  ['operator', 'admin', 'higher_account:admin'],
  ['dinas', 'ks', 'allowed'],
  ['dinas', 'plt', 'allowed'],
  ['dinasProvinsi', 'ks', 'hidden'],
  ['dinasProvinsi', 'ksSma', 'allowed'],
  ['dinas', 'ksSma', 'hidden'],
  ['dinasFar', 'ks', 'hidden'],
  ['dinas', 'guru', 'hidden'],
  ['dinas', 'pengawas', 'hidden'],
  ['dinas', 'dinas', 'hidden'],
  ['admin', 'guru', 'allowed'],
  ['admin', 'ks', 'allowed'],
  ['admin', 'pengawas', 'allowed'],
  ['admin', 'dinas', 'allowed'],
  ['admin', 'admin', 'allowed'],
  ['ks', 'guru', 'forbidden'],
  ['guru', 'guruSch2', 'forbidden'],
];

describe('mayResetPassword: who resets whose password', () => {
  it.each(TABLE)('%s → %s: %s', (actor, who, expected) => {
    const decision = mayResetPassword(ACTORS[actor], TARGETS[who]);
    const shown = decision.allowed
      ? 'allowed'
      : decision.reason === 'higher_account'
        ? `higher_account:${decision.tier}`
        : decision.reason;
    expect(shown).toBe(expected);
  });

  it('refuses an admin their own password (they change it instead)', () => {
    expect(mayResetPassword(ACTORS.admin, target('adm-1', ['admin']))).toEqual({
      allowed: false,
      reason: 'self',
    });
  });
});

describe('accountTier: approving or assessing powers from the roles in the period', () => {
  it.each([
    [[], 'staff'],
    [['teacher'], 'staff'],
    [['teacher', 'school_operator'], 'staff'],
    [['principal_supervisor'], 'school_head'],
    [['teacher', 'principal_employee'], 'school_head'],
    [['pengawas', 'teacher'], 'oversight'],
    [['dinas_official'], 'oversight'],
    [['school_operator', 'admin'], 'admin'],
  ] as Array<[RoleCode[], string]>)('%j → %s', (roles, tier) => {
    expect(accountTier(roles)).toBe(tier);
  });
});
