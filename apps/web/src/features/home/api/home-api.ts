import { homeResponseSchema, type HomeResponse } from '@kinerja/contract';
import { apiRequest } from '../../../lib/api/client';

/** GET /api/home — what is due and by when for the signed-in person in the active period. */
export const fetchHome = (): Promise<HomeResponse> => apiRequest(homeResponseSchema, '/api/home');
