import type { StaffListResponse } from '@kinerja/contract';
import { mayResetPassword, type PeopleActor } from './people-policy.js';
import type { StaffRow } from './people.repository.js';

/** The staff list with what the viewer may do with each member. */
export function presentStaffList(
  rows: StaffRow[],
  actor: PeopleActor,
  schoolId: string,
): StaffListResponse {
  return {
    staff: rows.map((row) => ({
      id: row.id,
      name: row.name,
      nip: row.nip,
      nuptk: row.nuptk,
      email: row.email,
      employmentStatus: row.employmentStatus,
      jenisPtk: row.jenisPtk,
      mustChangePassword: row.mustChangePassword,
      abilities: {
        canResetPassword: mayResetPassword(actor, {
          id: row.id,
          isAdmin: row.isAdmin,
          schoolIds: [schoolId],
        }).ok,
      },
    })),
  };
}
