import type { RoleCode } from '@kinerja/contract';

// TEMPORARY until @kinerja/domain exports roleLabel.
const labels: Record<RoleCode, { id: string; en: string }> = {
  teacher: { id: 'Guru sebagai Pegawai', en: 'Teacher as employee' },
  principal_supervisor: { id: 'Kepala Sekolah sebagai Atasan', en: 'Principal as supervisor' },
  principal_employee: { id: 'Kepala Sekolah sebagai Pegawai', en: 'Principal as employee' },
  pengawas: { id: 'Pengawas', en: 'School supervisor (pengawas)' },
  dinas_official: { id: 'Dinas', en: 'Education office (Dinas)' },
  school_operator: { id: 'Operator Sekolah', en: 'School operator' },
  admin: { id: 'Admin', en: 'Administrator' },
};

/** Official label of a role. */
export const roleLabel = (role: RoleCode, locale: 'id' | 'en'): string => labels[role][locale];
