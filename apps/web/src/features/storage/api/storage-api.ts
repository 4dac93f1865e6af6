import { storageUsageResponseSchema, type StorageUsageResponse } from '@kinerja/contract';
import { apiRequest } from '../../../lib/api/client';

/** GET /api/admin/storage — the blob store's figures (Admin). */
export const fetchStorageUsage = (): Promise<StorageUsageResponse> =>
  apiRequest(storageUsageResponseSchema, '/api/admin/storage');
