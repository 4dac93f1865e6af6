import { dinasPrincipalsResponseSchema } from '@kinerja/contract';
import { apiRequest } from './client';

/**
 * GET /api/dinas/:id/principals — the Dinas's principals with their Pelaksanaan and Penilaian; shared
 * by the Dinas's "Pelaksanaan" and "Penilaian" pages (two features, one endpoint).
 */
export function fetchDinasPrincipals(dinasId: string, options: { offset?: number } = {}) {
  const query = new URLSearchParams({ limit: '100', offset: String(options.offset ?? 0) });
  return apiRequest(
    dinasPrincipalsResponseSchema,
    `/api/dinas/${encodeURIComponent(dinasId)}/principals?${query.toString()}`,
  );
}
