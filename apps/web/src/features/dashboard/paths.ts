import type { AreaDashboardResponse, DashboardQuery } from '@kinerja/contract';

/** Which area dashboard: a Dinas (code = its id), the nation, or one province (2-digit code). */
export type AreaRef = Pick<AreaDashboardResponse['area'], 'kind' | 'code'>;

/** "Dasbor Kinerja": the active role's own dashboard. */
export const DASHBOARD_PATH = '/dasbor';

/** `?periodId=&document=` with the empty values left out (the server then uses its defaults). */
export function dashboardSearch(query: DashboardQuery): string {
  const entries = Object.entries(query).filter((entry): entry is [string, string] =>
    Boolean(entry[1]),
  );
  return entries.length ? `?${new URLSearchParams(entries).toString()}` : '';
}

/** A province's dashboard (rows per kabupaten/kota), keeping the period and document. */
export const provinceDashboardPath = (code: string, query: DashboardQuery = {}) =>
  `${DASHBOARD_PATH}/provinsi/${encodeURIComponent(code)}${dashboardSearch(query)}`;

/** A school's dashboard for the Dinas or Admin drill-down, keeping the period and document. */
export const schoolDashboardPath = (schoolId: string, query: DashboardQuery = {}) =>
  `${DASHBOARD_PATH}/sekolah/${encodeURIComponent(schoolId)}${dashboardSearch(query)}`;

/** The assessor's page of one plan (feature "assessment" owns the page; features share no code). */
export const assessPlanPath = (planId: string) => `/penilaian/${encodeURIComponent(planId)}`;

/** GET /api/schools/:id/dashboard */
export const schoolDashboardApiPath = (schoolId: string, query: DashboardQuery) =>
  `/api/schools/${encodeURIComponent(schoolId)}/dashboard${dashboardSearch(query)}`;

function areaBase(area: AreaRef): string {
  if (area.kind === 'dinas') return `/api/dinas/${encodeURIComponent(area.code)}/dashboard`;
  if (area.kind === 'nation') return '/api/dashboards/provinces';
  return `/api/dashboards/provinces/${encodeURIComponent(area.code)}`;
}

/** GET of an area dashboard: Dinas, national (rows per province) or one province. */
export const areaDashboardApiPath = (area: AreaRef, query: DashboardQuery) =>
  `${areaBase(area)}${dashboardSearch(query)}`;

/** "Unduh XLSX" of an area dashboard — every XLSX address is built here and only here. */
export const dashboardXlsxUrl = (area: AreaRef, query: DashboardQuery) =>
  `${areaBase(area)}.xlsx${dashboardSearch(query)}`;
