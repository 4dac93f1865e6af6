/**
 * Dapodik "Jenis PTK" values whose holders plan and are assessed as teachers (domain.md §1.4).
 * "Kepala Sekolah" is eligible too, but as a principal; everyone else (tenaga kependidikan, pengawas)
 * is not a teacher in Pengelolaan Kinerja.
 */
export const TEACHING_JENIS_PTK = [
  'Guru Mapel',
  'Guru Kelas',
  'Guru BK',
  'Guru Pengganti',
  'Guru TIK',
  'Guru Pendamping',
  'Guru Pendamping Khusus',
  'Guru Pembimbing Khusus',
  'Play Group Teacher',
  'Kindergarten Teacher',
] as const;

/** The Jenis PTK of a school's head (domain.md §1.4). */
export const PRINCIPAL_JENIS_PTK = 'Kepala Sekolah';

/** Every Jenis PTK the page is open to (domain.md §1.4): the teaching ones and Kepala Sekolah. */
export const ELIGIBLE_JENIS_PTK = [...TEACHING_JENIS_PTK, PRINCIPAL_JENIS_PTK] as const;

/** Whether a Jenis PTK (any letter case) makes its holder a teacher (domain.md §1.4). */
export function isTeachingJenisPtk(jenisPtk: string | null | undefined): boolean {
  const wanted = jenisPtk?.trim().toLowerCase();
  return TEACHING_JENIS_PTK.some((value) => value.toLowerCase() === wanted);
}

/** Whether a Jenis PTK (any letter case) opens Pengelolaan Kinerja: a teacher or a Kepala Sekolah (domain.md §1.4). */
export function isEligibleJenisPtk(jenisPtk: string | null | undefined): boolean {
  const wanted = jenisPtk?.trim().toLowerCase();
  return ELIGIBLE_JENIS_PTK.some((value) => value.toLowerCase() === wanted);
}
