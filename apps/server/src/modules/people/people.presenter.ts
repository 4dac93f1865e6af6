import type { StaffListResponse } from '@kinerja/contract';
import { mayResetPassword, type AccountTarget, type Actor } from '@kinerja/domain';
import type { StaffRow } from './people.repository.js';

/** The staff list with what the viewer may do with each member (domain `mayResetPassword`). */
export function presentStaffList(
  rows: StaffRow[],
  actor: Actor,
  targets: ReadonlyMap<string, AccountTarget>,
): StaffListResponse {
  return {
    staff: rows.map((row) => {
      const target = targets.get(row.id);
      return {
        id: row.id,
        name: row.name,
        nip: row.nip,
        nuptk: row.nuptk,
        email: row.email,
        employmentStatus: row.employmentStatus,
        jenisPtk: row.jenisPtk,
        mustChangePassword: row.mustChangePassword,
        abilities: {
          canResetPassword: target ? mayResetPassword(actor, target).allowed : false,
        },
      };
    }),
  };
}
