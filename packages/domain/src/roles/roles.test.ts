import { describe, expect, it } from 'vitest';
import { ROLE_CODES, isRoleCode, roleLabel } from './roles';

describe('role codes and official labels (domain.md §1.3, SEED0)', () => {
  it('has exactly the seven role codes, in order', () => {
    expect(ROLE_CODES).toEqual([
      'teacher',
      'principal_supervisor',
      'principal_employee',
      'pengawas',
      'dinas_official',
      'school_operator',
      'admin',
    ]);
  });

  it.each([
    ['teacher', 'Guru sebagai Pegawai', 'Teacher as Employee'],
    ['principal_supervisor', 'Kepala Sekolah sebagai Atasan', 'Principal as Supervisor'],
    ['principal_employee', 'Kepala Sekolah sebagai Pegawai', 'Principal as Employee'],
    ['pengawas', 'Pengawas', 'School Inspector (Pengawas)'],
    ['dinas_official', 'Dinas', 'Education Office (Dinas)'],
    ['school_operator', 'Operator Sekolah', 'School Operator'],
    ['admin', 'Admin', 'Administrator'],
  ] as const)('%s → "%s" / "%s"', (code, id, en) => {
    expect(roleLabel(code, 'id')).toBe(id);
    expect(roleLabel(code, 'en')).toBe(en);
    expect(roleLabel(code)).toBe(id);
  });

  it('recognises role codes', () => {
    expect(isRoleCode('pengawas')).toBe(true);
    expect(isRoleCode('guru')).toBe(false);
  });
});
