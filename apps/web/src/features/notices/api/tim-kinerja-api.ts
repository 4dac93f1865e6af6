import {
  okResponseSchema,
  staffListResponseSchema,
  timKinerjaListResponseSchema,
  timKinerjaMemberSchema,
  type StaffMember,
  type TimKinerjaMember,
} from '@kinerja/contract';
import { apiRequest } from '../../../lib/api/client';

/** GET /api/tim-kinerja — one school's Tim Kinerja in a period. */
export const fetchTimKinerja = async (
  schoolId: string,
  periodId: string,
): Promise<TimKinerjaMember[]> => {
  const query = new URLSearchParams({ schoolId, periodId });
  return (await apiRequest(timKinerjaListResponseSchema, `/api/tim-kinerja?${query.toString()}`))
    .members;
};

/** POST /api/tim-kinerja — 201 when added, 200 when the member was already there. */
export const assignTimKinerja = (body: {
  periodId: string;
  employeeId: string;
  memberId: string;
}) => apiRequest(timKinerjaMemberSchema, '/api/tim-kinerja', { method: 'POST', body });

/** DELETE /api/tim-kinerja/:id */
export const removeTimKinerja = (id: string) =>
  apiRequest(okResponseSchema, `/api/tim-kinerja/${encodeURIComponent(id)}`, {
    method: 'DELETE',
  });

/** GET /api/schools/:id/staff — the employees an operator may plot a Tim Kinerja for. */
export const fetchSchoolStaff = async (schoolId: string): Promise<StaffMember[]> =>
  (await apiRequest(staffListResponseSchema, `/api/schools/${encodeURIComponent(schoolId)}/staff`))
    .staff;
