import { describe, expect, it } from 'vitest';
import {
  findControlCharacters,
  hasControlCharacters,
  periodIdSchema,
  textSchema,
} from './strings.js';

describe('hasControlCharacters', () => {
  it.each([
    ['plain text', 'Rencana Hasil Kerja', false],
    ['tab, line feed and carriage return', 'baris 1\r\n\tbaris 2', false],
    ['Indonesian and other letters', 'Guru Mapel — ñ é 日本', false],
    ['NUL', 'a\u0000b', true],
    ['bell', '\u0007', true],
    ['escape', '\u001b[31m', true],
    ['DEL', '\u007f', true],
  ])('%s → %s', (_name, text, expected) => {
    expect(hasControlCharacters(text)).toBe(expected);
  });
});

describe('findControlCharacters', () => {
  it('names the path of every string that carries one, in nested bodies and arrays', () => {
    const body = {
      periodId: '\u0000',
      ok: 'fine',
      content: { duties: [{ sk: 'SK 1' }, { sk: 'SK\u00002' }] },
      count: 3,
      flag: null,
    };
    expect(findControlCharacters(body)).toEqual(['periodId', 'content.duties.1.sk']);
  });

  it('refuses a control character in a key, and reads query objects without a prototype', () => {
    const query = Object.assign(Object.create(null) as object, { 'a\u0000': 'x', b: 'y\u0000' });
    expect(findControlCharacters(query)).toEqual(['(nama kolom)', 'b']);
  });

  it('skips buffers and streams (raw uploads), and a bare string has an empty path', () => {
    expect(findControlCharacters(new Uint8Array([97, 0, 98]))).toEqual([]);
    expect(findControlCharacters({ pipe: () => undefined, x: '\u0000' })).toEqual([]);
    expect(findControlCharacters('\u0000')).toEqual(['']);
  });
});

describe('periodIdSchema', () => {
  it.each([
    ['2026', true],
    ['2024-S1', true],
    [' 2025 ', true],
    ['', false],
    ['\u0000', false],
    ['2026\u0000', false],
    ["2026' or 1=1", false],
    ['x'.repeat(21), false],
  ])('%j valid: %s', (value, valid) => {
    expect(periodIdSchema.safeParse(value).success).toBe(valid);
  });
});

describe('textSchema', () => {
  const reason = textSchema({ min: 3, max: 10, minMessage: 'alasan wajib diisi' });

  it('trims, bounds the length and refuses control characters with an Indonesian message', () => {
    expect(reason.parse('  sakit  ')).toBe('sakit');
    expect(reason.safeParse('ab').error?.issues[0]?.message).toBe('alasan wajib diisi');
    expect(reason.safeParse('x'.repeat(11)).error?.issues[0]?.message).toBe(
      'paling panjang 10 karakter',
    );
    expect(reason.safeParse('sak\u0000it').error?.issues[0]?.message).toMatch(/karakter kendali/);
    expect(reason.parse('abc\ndef')).toBe('abc\ndef');
  });
});
