import {
  personLookupResponseSchema,
  resetPasswordResponseSchema,
  type PersonLookupItem,
  staffListResponseSchema,
  type StaffMember,
} from '@kinerja/contract';
import { apiRequest } from '../../../lib/api/client';

/** GET /api/schools/:id/staff */
export const fetchStaff = async (schoolId: string): Promise<StaffMember[]> =>
  (await apiRequest(staffListResponseSchema, `/api/schools/${encodeURIComponent(schoolId)}/staff`))
    .staff;

/** POST /api/people/:id/reset-password — returns the temporary password, shown once. */
export const resetPassword = async (personId: string): Promise<string> =>
  (
    await apiRequest(
      resetPasswordResponseSchema,
      `/api/people/${encodeURIComponent(personId)}/reset-password`,
      { method: 'POST' },
    )
  ).temporaryPassword;

/** GET /api/people/lookup — accounts whose NIP, NUPTK or email is exactly `q`, with abilities. */
export const findAccounts = async (q: string): Promise<PersonLookupItem[]> =>
  (await apiRequest(personLookupResponseSchema, `/api/people/lookup?q=${encodeURIComponent(q)}`))
    .people;
