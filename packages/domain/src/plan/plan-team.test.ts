import { describe, expect, it } from 'vitest';
import { ruleSetFor } from '../rule-sets/registry';
import { confirmsPlanTeam } from './plan-team';

describe('who confirms Tim Kinerja and Pejabat Penilai Kinerja before planning (domain.md §3.8)', () => {
  it.each([
    ['2024-S1', 'principal', false],
    ['2024-S2', 'principal', false],
    ['2025', 'principal', false],
    ['2026', 'principal', true],
    ['2026', 'teacher', false],
  ] as const)('%s, %s: %s', (version, kind, expected) => {
    expect(confirmsPlanTeam(ruleSetFor(version), kind)).toBe(expected);
  });
});
