import { describe, expect, it } from 'vitest';
import { indicatorsOfLines } from './competency-form';

describe('indicatorsOfLines (a competence list, one indicator per line)', () => {
  const current = [
    { code: 'pedagogik_1', name: 'Merancang pembelajaran' },
    { code: 'pedagogik_3', name: 'Menilai hasil belajar' },
  ];

  it('keeps the code of an unchanged line and gives a new line the next free code', () => {
    const text =
      'Merancang pembelajaran\n\n  Mengelola kelas  \nMenilai hasil belajar\nMemberi umpan balik';
    expect(indicatorsOfLines('pedagogik', current, text)).toEqual([
      { code: 'pedagogik_1', name: 'Merancang pembelajaran' },
      { code: 'pedagogik_4', name: 'Mengelola kelas' },
      { code: 'pedagogik_3', name: 'Menilai hasil belajar' },
      { code: 'pedagogik_5', name: 'Memberi umpan balik' },
    ]);
  });

  it('drops a removed line and gives nothing for an empty text', () => {
    expect(indicatorsOfLines('pedagogik', current, 'Menilai hasil belajar')).toEqual([current[1]]);
    expect(indicatorsOfLines('pedagogik', current, ' \n ')).toEqual([]);
  });
});
