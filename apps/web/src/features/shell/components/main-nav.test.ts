import { describe, expect, it } from 'vitest';
import { makeMe } from '../../../test/fake-api';
import { navItems } from './main-nav';

const principal = (ruleSetVersion: string) => {
  const me = makeMe({ activeRole: 'principal_supervisor' });
  return { ...me, activePeriod: { ...me.activePeriod, ruleSetVersion } };
};

describe('navigation follows the rule set (issue #11 finding 6)', () => {
  it.each([
    ['2024-S1', true],
    ['2024-S2', true],
    ['2025', false],
    ['2026', false],
  ])('%s: the principal’s "Bukti Dukung" is offered: %s', (version, expected) => {
    const paths = navItems(principal(version)).map((item) => item.to);
    expect(paths.includes('/periksa/bukti')).toBe(expected);
    expect(paths).toContain('/penilaian');
  });
});
