import { describe, expect, it } from 'vitest';
import { ruleSetFor } from '../rule-sets/registry';
import { checkTimKinerjaMember, type TimKinerjaCandidate } from './tim-kinerja-member';

const NOBODY: TimKinerjaCandidate = {
  employeeKind: 'teacher',
  isSelf: false,
  isStaffOfSchool: false,
  leadsSchool: false,
  isPengawasOfSchool: false,
  isDinasOfSchool: false,
};
const colleague = { ...NOBODY, isStaffOfSchool: true };
const head = { ...NOBODY, isStaffOfSchool: true, leadsSchool: true };
const ofPrincipal = { ...NOBODY, employeeKind: 'principal' as const };

type Row = [
  label: string,
  version: string,
  candidate: TimKinerjaCandidate,
  expected: string | null,
];

// domain.md §1.1 (Tim Kinerja, Pengawas), §1.2 (helpers), §2.2 (plotting in 2026 Pra-Perencanaan).
const TABLE: Row[] = [
  ['a colleague of the same school', '2026', colleague, null],
  ['a colleague, in 2024-S1 (no Tim Kinerja)', '2024-S1', colleague, 'TIM_KINERJA_NOT_IN_PERIOD'],
  ['a colleague, in 2025', '2025', colleague, 'TIM_KINERJA_NOT_IN_PERIOD'],
  ['the teacher themself', '2026', { ...colleague, isSelf: true }, 'TIM_KINERJA_SELF'],
  ['a teacher of another school', '2026', NOBODY, 'TIM_KINERJA_TEACHER_MEMBER'],
  ['the head of the school (the PPK)', '2026', head, 'TIM_KINERJA_TEACHER_MEMBER'],
  [
    'a pengawas of the school, for a teacher',
    '2026',
    { ...NOBODY, isPengawasOfSchool: true },
    'TIM_KINERJA_TEACHER_MEMBER',
  ],
  [
    'the pengawas of the school, for a principal',
    '2026',
    { ...ofPrincipal, isPengawasOfSchool: true },
    null,
  ],
  [
    'an official of the governing Dinas, for a principal',
    '2026',
    { ...ofPrincipal, isDinasOfSchool: true },
    null,
  ],
  [
    'a teacher of the school, for a principal',
    '2026',
    { ...ofPrincipal, isStaffOfSchool: true },
    'TIM_KINERJA_PRINCIPAL_MEMBER',
  ],
  [
    'a pengawas of another school, for a principal',
    '2026',
    ofPrincipal,
    'TIM_KINERJA_PRINCIPAL_MEMBER',
  ],
  [
    'the principal themself',
    '2026',
    { ...ofPrincipal, isSelf: true, leadsSchool: true },
    'TIM_KINERJA_SELF',
  ],
  [
    'the pengawas, in 2024-S2',
    '2024-S2',
    { ...ofPrincipal, isPengawasOfSchool: true },
    'TIM_KINERJA_NOT_IN_PERIOD',
  ],
];

describe('who may be plotted in a Tim Kinerja', () => {
  it.each(TABLE)('%s (%s) → %s', (_label, version, candidate, expected) => {
    expect(checkTimKinerjaMember(ruleSetFor(version), candidate)).toBe(expected);
  });
});
