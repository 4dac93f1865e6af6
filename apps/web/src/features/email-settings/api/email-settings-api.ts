import {
  emailPreferenceResponseSchema,
  okResponseSchema,
  type EmailPreferenceDto,
  type EmailPreferenceResponse,
} from '@kinerja/contract';
import { apiRequest } from '../../../lib/api/client';

/** GET /api/me/email-preference — my email choice. */
export const fetchEmailPreference = (): Promise<EmailPreferenceResponse> =>
  apiRequest(emailPreferenceResponseSchema, '/api/me/email-preference');

/** PUT /api/me/email-preference — saves my email choice. */
export const saveEmailPreference = (body: EmailPreferenceDto): Promise<EmailPreferenceResponse> =>
  apiRequest(emailPreferenceResponseSchema, '/api/me/email-preference', { method: 'PUT', body });

/** POST /api/email/unsubscribe — the emailed link's signed token; works signed out. */
export const unsubscribe = (token: string): Promise<{ ok: true }> =>
  apiRequest(okResponseSchema, '/api/email/unsubscribe', {
    method: 'POST',
    body: { token },
    quiet: true,
  });
