import {
  catalogueEntriesResponseSchema,
  type CatalogueEntriesResponse,
  type EditDutyEntryRequest,
  type EditPracticeEntryRequest,
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
