import { describe, expect, it } from 'vitest';
import { fillTemplate } from './fill-template';

describe('placeholders as a person reads them (issue #11 finding 7)', () => {
  it.each([
    [
      'Dikembalikan kepada {name}.',
      { name: 'Andi Wijaya, S.Pd.' },
      'id',
      'Dikembalikan kepada Andi Wijaya, S.Pd.',
    ],
    [
      'Oleh {name} pada {date}.',
      { name: 'Siti, M.Pd.', date: '2026-01-31' },
      'id',
      'Oleh Siti, M.Pd. pada 31 Januari 2026.',
    ],
    ['Mulai {date}.', { date: '2023-01-01' }, 'en', 'Mulai 1 January 2023.'],
    ['{count} guru.', { count: 5 }, 'id', '5 guru.'],
    ['Tetap {missing}.', {}, 'id', 'Tetap {missing}.'],
  ] as const)('%s', (template, params, locale, expected) => {
    expect(fillTemplate(template, params, locale)).toBe(expected);
  });
});
