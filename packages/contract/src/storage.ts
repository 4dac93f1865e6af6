import { z } from './zod.js';

const countAndBytes = z.object({
  files: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
});

/** GET /api/admin/storage: what the blob store holds (Admin only; issue 12 finding 8). */
export const storageUsageResponseSchema = z.object({
  /** 'local' (disk) or 's3' (bucket). */
  store: z.enum(['local', 's3']),
  /** Every stored blob. */
  stored: countAndBytes,
  /** Blobs no row references any more; deleted once they are older than the grace period. */
  unreferenced: countAndBytes,
  /** Hours an unreferenced blob is kept after it was last stored. */
  graceHours: z.number().int().positive(),
  /** Temporary upload files of this instance (uploads in progress or left by a crash). */
  temporary: countAndBytes,
  /** Hours after which a temporary file that is no longer written is swept. */
  temporaryMaxAgeHours: z.number().int().positive(),
});
export type StorageUsageResponse = z.infer<typeof storageUsageResponseSchema>;
