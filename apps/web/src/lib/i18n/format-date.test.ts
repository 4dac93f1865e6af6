import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange } from './format-date';

describe('Indonesian date windows (domain.md §2.4)', () => {
  it.each([
    ['2026-01-08', '2026-01-31', 'id', '8–31 Januari 2026'],
    ['2026-02-01', '2026-11-30', 'id', '1 Februari – 30 November 2026'],
    ['2025-12-01', '2026-01-31', 'id', '1 Desember 2025 – 31 Januari 2026'],
    ['2026-12-01', '2026-12-01', 'id', '1 Desember 2026'],
    ['2026-01-08', '2026-01-31', 'en', '8–31 January 2026'],
  ] as const)('%s … %s (%s) → %s', (from, to, locale, expected) => {
    expect(formatDateRange(from, to, locale)).toBe(expected);
  });

  it('does not shift the day by time zone', () => {
    expect(formatDate('2026-01-01', 'id')).toBe('1 Januari 2026');
  });
});
