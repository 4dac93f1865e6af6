import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error';
import { addDays, assertIsoDate, daysBetween, isIsoDate, isWithin, toIsoDate } from './dates';

describe('ISO dates (architecture.md §9: dates as YYYY-MM-DD, never the clock)', () => {
  it.each([
    ['2024-01-31', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2024-13-01', false],
    ['2024-1-01', false],
    ['31-01-2024', false],
    ['', false],
  ])('isIsoDate(%j) = %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it('assertIsoDate throws INVALID_DATE', () => {
    expect(assertIsoDate('2026-01-31')).toBe('2026-01-31');
    expect(() => assertIsoDate('2026-02-30')).toThrow(DomainError);
  });

  it.each([
    // 2026-01-31T17:00Z is already 1 Feb 00:00 in WIB (UTC+7) — deadline "31 Jan" ends at local midnight.
    [new Date('2026-01-31T16:59:59Z'), undefined, '2026-01-31'],
    [new Date('2026-01-31T17:00:00Z'), undefined, '2026-02-01'],
    [new Date('2026-01-31T17:00:00Z'), 0, '2026-01-31'],
    // WIT (UTC+9)
    [new Date('2026-01-31T15:00:00Z'), 540, '2026-02-01'],
    ['2026-01-31', undefined, '2026-01-31'],
  ] as const)('toIsoDate(%s, offset %s) = %s', (instant, offset, expected) => {
    expect(toIsoDate(instant, offset)).toBe(expected);
  });

  it('rejects invalid instants', () => {
    expect(() => toIsoDate(new Date('nope'))).toThrow(DomainError);
    expect(() => toIsoDate('2026-1-1')).toThrow(DomainError);
  });

  it.each([
    ['2024-01-31', 1, '2024-02-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2025-12-31', 1, '2026-01-01'],
  ])('addDays(%s, %i) = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    ['2026-01-25', '2026-01-31', 6],
    ['2026-01-31', '2026-01-25', -6],
    ['2024-02-28', '2024-03-01', 2],
  ])('daysBetween(%s, %s) = %i', (from, to, expected) => {
    expect(daysBetween({ from, to })).toBe(expected);
  });

  it('isWithin is inclusive at both ends', () => {
    const window = { start: '2026-01-08', end: '2026-01-31' };
    expect(isWithin('2026-01-08', window)).toBe(true);
    expect(isWithin('2026-01-31', window)).toBe(true);
    expect(isWithin('2026-02-01', window)).toBe(false);
    expect(isWithin('2026-01-07', window)).toBe(false);
  });
});
