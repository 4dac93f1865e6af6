import { describe, expect, it } from 'vitest';
import type { Actor } from './policy-types';
import { mayLookUpPerson, mayUsePeopleLookup, type LookupCandidate } from './people-lookup';

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
  admin: { personId: 'adm-1', roles: [{ role: 'admin' }] },
  ks: { personId: 'ks-1', roles: [{ role: 'principal_supervisor', schoolId: 'sch-1' }] },
  pengawas: { personId: 'pw-1', roles: [{ role: 'pengawas' }] },
} satisfies Record<string, Actor>;

// SMPs under the kota Dinas, an SMA under the provincial one (UU 23/2014, domain.md §1.1).
const SCH1 = { schoolId: 'sch-1', regionCode: '3273', schoolLevel: 'smp' } as const;
const SCH2 = { schoolId: 'sch-2', regionCode: '3273', schoolLevel: 'smp' } as const;
const SMA = { schoolId: 'sma-1', regionCode: '3273', schoolLevel: 'sma' } as const;
const FAR = { schoolId: 'sch-9', regionCode: '3171', schoolLevel: 'smp' } as const;
const CANDIDATES = {
  guruSch1: { staffPlaces: [SCH1], supervisedPlaces: [] },
  guruSch2: { staffPlaces: [SCH2], supervisedPlaces: [] },
  guruFar: { staffPlaces: [FAR], supervisedPlaces: [] },
  guruSma: { staffPlaces: [SMA], supervisedPlaces: [] },
  pengawasOfSch1: { staffPlaces: [], supervisedPlaces: [SCH1] },
  pengawasFar: { staffPlaces: [], supervisedPlaces: [FAR] },
  nowhere: { staffPlaces: [], supervisedPlaces: [] },
} satisfies Record<string, LookupCandidate>;

// domain.md §1.1, §2.2, §2.4: the lookup names people for Tim Kinerja and extensions only.
const TABLE: Array<[keyof typeof ACTORS, keyof typeof CANDIDATES, boolean]> = [
  ['operator', 'guruSch1', true],
  ['operator', 'guruSch2', false],
  ['operator', 'pengawasOfSch1', true],
  ['operator', 'pengawasFar', false],
  ['operator', 'nowhere', false],
  ['dinas', 'guruSch2', true],
  ['dinas', 'pengawasOfSch1', true],
  ['dinas', 'guruFar', false],
  ['dinasProvinsi', 'guruSch1', false],
  ['dinasProvinsi', 'guruSma', true],
  ['dinas', 'guruSma', false],
  ['dinasProvinsi', 'guruFar', false],
  ['admin', 'guruFar', true],
  ['admin', 'nowhere', true],
  ['ks', 'guruSch1', false],
];

describe('people lookup reach', () => {
  it.each(TABLE)('%s finds %s: %s', (actor, candidate, expected) => {
    expect(mayLookUpPerson(ACTORS[actor], CANDIDATES[candidate])).toBe(expected);
  });

  it('is open to operators, the Dinas and admins only', () => {
    expect(mayUsePeopleLookup(ACTORS.operator)).toBe(true);
    expect(mayUsePeopleLookup(ACTORS.dinas)).toBe(true);
    expect(mayUsePeopleLookup(ACTORS.admin)).toBe(true);
    expect(mayUsePeopleLookup(ACTORS.ks)).toBe(false);
    expect(mayUsePeopleLookup(ACTORS.pengawas)).toBe(false);
  });
});
