import {
  adminPeriodListResponseSchema,
  catalogueEntriesResponseSchema,
  competencyCatalogueResponseSchema,
  type AdminPeriodListResponse,
  type CatalogueEntriesResponse,
  type EditDutyEntryRequest,
  type EditPracticeEntryRequest,
  type EditRhkEntryRequest,
  type FillCompetencyGroupRequest,
} from '@kinerja/contract';
import { apiRequest } from '../../../lib/api/client';

/** GET /api/catalogues/:periodId/entries — the editable catalogues with history (Admin). */
export const fetchCatalogueEntries = (periodId: string): Promise<CatalogueEntriesResponse> =>
  apiRequest(
    catalogueEntriesResponseSchema,
    `/api/catalogues/${encodeURIComponent(periodId)}/entries`,
  );

/** PUT a Praktik Kinerja indicator of a period (teacher or principal). */
export const savePracticeEntry = (
  periodId: string,
  kind: 'teacher' | 'principal',
  code: string,
  body: EditPracticeEntryRequest,
): Promise<CatalogueEntriesResponse> =>
  apiRequest(
    catalogueEntriesResponseSchema,
    `/api/catalogues/${encodeURIComponent(periodId)}/practice/${kind}/${encodeURIComponent(code)}`,
    { method: 'PUT', body },
  );

/** PUT a tugas tambahan of a period (a new code adds one). */
export const saveDutyEntry = (
  periodId: string,
  code: string,
  body: EditDutyEntryRequest,
): Promise<CatalogueEntriesResponse> =>
  apiRequest(
    catalogueEntriesResponseSchema,
    `/api/catalogues/${encodeURIComponent(periodId)}/additional-duties/${encodeURIComponent(code)}`,
    { method: 'PUT', body },
  );

/** PUT a row of the 2024 RHK point table of a period. */
export const saveRhkEntry = (
  periodId: string,
  code: string,
  body: EditRhkEntryRequest,
): Promise<CatalogueEntriesResponse> =>
  apiRequest(
    catalogueEntriesResponseSchema,
    `/api/catalogues/${encodeURIComponent(periodId)}/competency-rhk/${encodeURIComponent(code)}`,
    { method: 'PUT', body },
  );

/** PUT a competence's indicator list of a period, then the entries as they now stand. */
export const saveCompetencyEntry = async (
  periodId: string,
  groupCode: string,
  body: FillCompetencyGroupRequest,
): Promise<CatalogueEntriesResponse> => {
  await apiRequest(
    competencyCatalogueResponseSchema,
    `/api/catalogues/competency-indicators/${encodeURIComponent(periodId)}/${encodeURIComponent(groupCode)}`,
    { method: 'PUT', body },
  );
  return fetchCatalogueEntries(periodId);
};

/** GET /api/admin/periods — the periods the Admin may edit catalogues of (unopened ones too). */
export const fetchCataloguePeriods = (): Promise<AdminPeriodListResponse> =>
  apiRequest(adminPeriodListResponseSchema, '/api/admin/periods');
