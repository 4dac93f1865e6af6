import { describe, expect, it } from 'vitest';
import { DomainError, isDomainError } from './domain-error';
import { MESSAGE_CODES, isMessageCode, messageFor, messages } from './messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogue (architecture.md §6)', () => {
  it.each(MESSAGE_CODES)(
    '%s has Indonesian and English texts with the same placeholders',
    (code) => {
      const { id, en } = messages[code];
      expect(id.trim()).not.toBe('');
      expect(en.trim()).not.toBe('');
      expect(id).not.toBe(en);
      expect(placeholders(id)).toEqual(placeholders(en));
    },
  );

  it.each([
    // "Data atasan Anda tidak ditemukan" verbatim — domain.md §3.6, HC-PLAK25.
    ['SUPERVISOR_NOT_FOUND', 'id', undefined, 'Data atasan Anda tidak ditemukan'],
    ['SUPERVISOR_NOT_FOUND', 'en', undefined, 'Your supervisor data was not found'],
    [
      'COMPETENCY_POINTS_BELOW_MIN',
      'id',
      { total: 24, min: 32 },
      'Total poin Pengembangan Kompetensi 24; minimal 32 poin.',
    ],
    [
      'COMPETENCY_POINTS_BELOW_MIN',
      'en',
      { total: 24, min: 32 },
      'Competency development totals 24 points; at least 32 are required.',
    ],
    // Missing params leave the placeholder visible instead of printing "undefined".
    ['UNKNOWN_PERIOD_VERSION', 'id', {}, 'Versi periode "{version}" tidak dikenal.'],
  ] as const)('messageFor(%s, %s)', (code, locale, params, expected) => {
    expect(messageFor(code, locale, params)).toBe(expected);
  });

  it('defaults to Indonesian', () => {
    expect(messageFor('DOCUMENT_LOCKED')).toBe(messages.DOCUMENT_LOCKED.id);
  });

  it('recognises codes', () => {
    expect(isMessageCode('PRACTICE_EXACTLY_ONE')).toBe(true);
    expect(isMessageCode('toString')).toBe(false);
    expect(isMessageCode('NOPE')).toBe(false);
  });
});

describe('DomainError', () => {
  it('carries a stable code, details and an English log message', () => {
    const error = new DomainError('UNKNOWN_PERIOD_VERSION', { details: { version: '2030' } });
    expect(error).toBeInstanceOf(Error);
    expect(isDomainError(error)).toBe(true);
    expect(error.code).toBe('UNKNOWN_PERIOD_VERSION');
    expect(error.details).toEqual({ version: '2030' });
    expect(error.message).toBe('Unknown period version "2030".');
    expect(error.name).toBe('DomainError');
  });

  it('has no details when none are given, and keeps a cause', () => {
    const cause = new Error('root');
    const error = new DomainError('INVALID_DATE', { cause });
    expect(error.details).toBeUndefined();
    expect(error.cause).toBe(cause);
    expect(isDomainError(new Error('x'))).toBe(false);
  });

  it('writes date parameters as a person reads them, never ISO (issue #11 finding 7)', () => {
    expect(messageFor('CERTIFICATE_TOO_OLD', 'id', { date: '2023-01-01' })).toContain(
      '1 Januari 2023',
    );
    expect(messageFor('CERTIFICATE_TOO_OLD', 'id', { date: '2023-01-01' })).not.toContain(
      '2023-01-01',
    );
    expect(messageFor('CERTIFICATE_TOO_OLD', 'en', { date: '2023-01-01' })).toContain(
      '1 January 2023',
    );
  });
});
