import { isEligibleJenisPtk, PDF_UPLOAD_MAX_BYTES } from '@kinerja/domain';
import type { Db } from '../../db/database.js';
import { forbidden } from '../../lib/app-error.js';

/** 10 MB, as for 2024 evidence: a work is meant to be taken as evidence (domain.md §3.4). */
export const KARYA_MAX_BYTES = PDF_UPLOAD_MAX_BYTES;

/**
 * The province a person's works are keyed by: that of their school (teachers and principals keep
 * a Bukti Karya — domain.md §6.6, §1.4); 403 for tenaga kependidikan, operators and people on no
 * school's staff.
 */
export async function karyaOwnerProvince(db: Db, personId: string): Promise<string> {
  const row = await db
    .selectFrom('schoolStaff')
    .innerJoin('people', 'people.id', 'schoolStaff.personId')
    .select(['schoolStaff.provinceCode', 'people.jenisPtk'])
    .where('schoolStaff.personId', '=', personId)
    .orderBy('schoolStaff.isPrimary', 'desc')
    .executeTakeFirst();
  if (!row || !isEligibleJenisPtk(row.jenisPtk))
    throw forbidden('Bukti Karya hanya tersedia bagi guru dan kepala sekolah.');
  return row.provinceCode;
}
