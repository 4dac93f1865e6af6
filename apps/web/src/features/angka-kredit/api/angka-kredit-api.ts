import { angkaKreditResponseSchema } from '@kinerja/contract';
import { apiRequest } from '../../../lib/api/client';

/** GET /api/angka-kredit/mine — the signed-in person's angka kredit (domain.md §5.4). */
export const fetchMyAngkaKredit = () =>
  apiRequest(angkaKreditResponseSchema, '/api/angka-kredit/mine');
