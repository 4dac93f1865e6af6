import {
  eKinerjaOutboxResponseSchema,
  eKinerjaOutboxRowSchema,
  type EKinerjaSyncStatus,
} from '@kinerja/contract';
import { apiRequest } from '../../../lib/api/client';

// e-Kinerja endpoints (apps/server/src/modules/e-kinerja/e-kinerja.routes.ts, docs/E-KINERJA.md).

/** GET /api/e-kinerja/outbox — the sync log within the active role's reach. */
export function fetchOutbox(options: { status: EKinerjaSyncStatus | 'all'; offset: number }) {
  const query = new URLSearchParams({
    status: options.status,
    limit: '50',
    offset: String(options.offset),
  });
  return apiRequest(eKinerjaOutboxResponseSchema, `/api/e-kinerja/outbox?${query.toString()}`);
}

/** POST /api/e-kinerja/outbox/:id/retry — "Coba lagi" for a failed or retrying record. */
export function retryOutboxRow(id: number) {
  return apiRequest(eKinerjaOutboxRowSchema, `/api/e-kinerja/outbox/${id}/retry`, {
    method: 'POST',
  });
}

/** The Dinas region's export of agreed SKP and final predikat, as a download link. */
export const dinasExportUrl = (dinasId: string, periodId: string, format: 'csv' | 'json') =>
  `/api/dinas/${encodeURIComponent(dinasId)}/e-kinerja/export?${new URLSearchParams({ periodId, format }).toString()}`;
