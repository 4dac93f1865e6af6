import { describe, expect, it } from 'vitest';
import {
  applyPersonalDataEdit,
  editablePersonalDataFields,
  type EmploymentStatus,
  type PersonalData,
} from './personal-data';

const CURRENT: PersonalData = { golongan: 'III', ruang: 'b', careerLevel: 'ahli_pertama' };

describe('data diri edits (domain.md §3.2 [C] SEED3)', () => {
  it.each<[EmploymentStatus, boolean, string[]]>([
    ['pns', false, ['golongan', 'ruang', 'careerLevel']],
    ['pppk', false, ['careerLevel']],
    ['non_asn', false, []],
    // "hanya bisa dilakukan satu kali"
    ['pns', true, []],
    ['pppk', true, []],
  ])('%s (edited before: %s) may edit %j', (status, hasEditedBefore, fields) => {
    expect(editablePersonalDataFields({ status, hasEditedBefore })).toEqual(fields);
  });

  it.each<[string, EmploymentStatus, Partial<PersonalData>, boolean, string | PersonalData]>([
    [
      'PNS changes golongan, ruang and jenjang',
      'pns',
      { golongan: 'III', ruang: 'c', careerLevel: 'ahli_muda' },
      false,
      { golongan: 'III', ruang: 'c', careerLevel: 'ahli_muda' },
    ],
    [
      'PNS changes only ruang',
      'pns',
      { ruang: 'a' },
      false,
      { golongan: 'III', ruang: 'a', careerLevel: 'ahli_pertama' },
    ],
    [
      'PPPK changes jenjang',
      'pppk',
      { careerLevel: 'ahli_muda' },
      false,
      { ...CURRENT, careerLevel: 'ahli_muda' },
    ],
    [
      'PPPK changes golongan',
      'pppk',
      { golongan: 'IV' },
      false,
      'PERSONAL_DATA_FIELD_NOT_EDITABLE',
    ],
    [
      'non-ASN changes jenjang',
      'non_asn',
      { careerLevel: 'ahli_muda' },
      false,
      'PERSONAL_DATA_NOT_EDITABLE',
    ],
    ['second edit', 'pns', { ruang: 'c' }, true, 'PERSONAL_DATA_ALREADY_EDITED'],
    ['nothing chosen', 'pns', {}, false, 'PERSONAL_DATA_NO_CHANGES'],
    ['III/e does not exist', 'pns', { ruang: 'e' }, false, 'PERSONAL_DATA_INVALID_VALUE'],
    [
      'unknown jenjang',
      'pns',
      { careerLevel: 'ahli_super' as never },
      false,
      'PERSONAL_DATA_INVALID_VALUE',
    ],
  ])('%s', (_name, status, edit, hasEditedBefore, expected) => {
    const result = applyPersonalDataEdit({ status, current: CURRENT, edit, hasEditedBefore });
    if (typeof expected === 'string') {
      expect(!result.ok && result.code).toBe(expected);
    } else {
      expect(result).toEqual({ ok: true, data: expected, hasEditedBefore: true });
    }
  });

  it('names the field and status in Indonesian', () => {
    const result = applyPersonalDataEdit({
      status: 'pppk',
      current: CURRENT,
      edit: { ruang: 'c' },
      hasEditedBefore: false,
    });
    expect(!result.ok && result.params).toEqual({ field: 'Ruang', status: 'PPPK' });
  });
});
