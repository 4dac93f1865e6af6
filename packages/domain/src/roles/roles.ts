import { DEFAULT_LOCALE, type Locale, type LocalizedText } from '../i18n/locale';

/** Role codes of the product, one per hat a person can wear — domain.md §1.1, §1.3. */
export const ROLE_CODES = [
  'teacher',
  'principal_supervisor',
  'principal_employee',
  'pengawas',
  'dinas_official',
  'school_operator',
  'admin',
] as const;

/** A role code. */
export type RoleCode = (typeof ROLE_CODES)[number];

/** Official labels: Indonesian from the guides ("Guru sebagai Pegawai" — domain.md §1.3, SEED0). */
export const ROLE_LABELS: { readonly [R in RoleCode]: LocalizedText } = {
  teacher: { id: 'Guru sebagai Pegawai', en: 'Teacher as Employee' },
  principal_supervisor: { id: 'Kepala Sekolah sebagai Atasan', en: 'Principal as Supervisor' },
  principal_employee: { id: 'Kepala Sekolah sebagai Pegawai', en: 'Principal as Employee' },
  pengawas: { id: 'Pengawas', en: 'School Inspector (Pengawas)' },
  dinas_official: { id: 'Dinas', en: 'Education Office (Dinas)' },
  school_operator: { id: 'Operator Sekolah', en: 'School Operator' },
  admin: { id: 'Admin', en: 'Administrator' },
};

/** Whether a string is one of the role codes. */
export function isRoleCode(value: string): value is RoleCode {
  return (ROLE_CODES as readonly string[]).includes(value);
}

/** The acting head's label: a Plt is named as such (domain.md §1.1, §1.2). */
export const ACTING_SUPERVISOR_LABEL: LocalizedText = {
  id: 'Plt. Kepala Sekolah sebagai Atasan',
  en: 'Acting Principal as Supervisor',
};

/** The official label of a role in a locale; the acting head's role says "Plt.". */
export function roleLabel(
  code: RoleCode,
  locale: Locale = DEFAULT_LOCALE,
  options: { isActing?: boolean } = {},
): string {
  if (code === 'principal_supervisor' && options.isActing) return ACTING_SUPERVISOR_LABEL[locale];
  return ROLE_LABELS[code][locale];
}
