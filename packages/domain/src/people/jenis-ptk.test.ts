import { describe, expect, it } from 'vitest';
import {
  ELIGIBLE_JENIS_PTK,
  isEligibleJenisPtk,
  isTeachingJenisPtk,
  TEACHING_JENIS_PTK,
} from './jenis-ptk';

describe('Jenis PTK eligibility (domain.md §1.4)', () => {
  it('counts the ten teaching types as teachers, in any letter case', () => {
    expect(TEACHING_JENIS_PTK).toHaveLength(10);
    expect(isTeachingJenisPtk('GURU MAPEL')).toBe(true);
    expect(isTeachingJenisPtk(' kindergarten teacher ')).toBe(true);
  });

  it('does not count principals, pengawas, tenaga kependidikan or a missing value', () => {
    expect(isTeachingJenisPtk('Kepala Sekolah')).toBe(false);
    expect(isTeachingJenisPtk('Pengawas Sekolah')).toBe(false);
    expect(isTeachingJenisPtk('Tenaga Administrasi Sekolah')).toBe(false);
    expect(isTeachingJenisPtk(null)).toBe(false);
  });

  it('opens the page to the teaching types and Kepala Sekolah only', () => {
    expect(ELIGIBLE_JENIS_PTK).toHaveLength(11);
    expect(ELIGIBLE_JENIS_PTK).toContain('Kepala Sekolah');
  });

  it.each([
    ['Guru Kelas', true],
    ['KEPALA SEKOLAH', true],
    ['Tenaga Administrasi Sekolah', false],
    ['Pengawas Sekolah', false],
    [null, false],
  ])('%s is eligible: %s', (jenisPtk, expected) => {
    expect(isEligibleJenisPtk(jenisPtk)).toBe(expected);
  });
});
