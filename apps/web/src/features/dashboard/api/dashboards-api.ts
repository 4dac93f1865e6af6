import {
  areaDashboardResponseSchema,
  schoolDashboardResponseSchema,
  type AreaDashboardResponse,
  type DashboardQuery,
  type SchoolDashboardResponse,
} from '@kinerja/contract';
import { apiRequest } from '../../../lib/api/client';
import { areaDashboardApiPath, schoolDashboardApiPath, type AreaRef } from '../paths';

/** GET /api/schools/:id/dashboard — each teacher's stage and the school's totals. */
export function fetchSchoolDashboard(
  schoolId: string,
  query: DashboardQuery,
): Promise<SchoolDashboardResponse> {
  return apiRequest(schoolDashboardResponseSchema, schoolDashboardApiPath(schoolId, query));
}

/** GET of a Dinas, national or province dashboard — totals and one row per school or region. */
export function fetchAreaDashboard(
  area: AreaRef,
  query: DashboardQuery,
): Promise<AreaDashboardResponse> {
  return apiRequest(areaDashboardResponseSchema, areaDashboardApiPath(area, query));
}
