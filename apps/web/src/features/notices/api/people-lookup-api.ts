import { personLookupResponseSchema, type PersonLookupItem } from '@kinerja/contract';
import { apiRequest } from '../../../lib/api/client';

/** GET /api/people/lookup — people whose NIP, NUPTK or email is exactly `q`. */
export const lookupPeople = async (q: string): Promise<PersonLookupItem[]> =>
  (await apiRequest(personLookupResponseSchema, `/api/people/lookup?q=${encodeURIComponent(q)}`))
    .people;
