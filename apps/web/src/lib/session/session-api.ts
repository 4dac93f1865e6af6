import {
  meResponseSchema,
  okResponseSchema,
  periodListResponseSchema,
  type MeResponse,
  type Period,
  type RoleCode,
} from '@kinerja/contract';
import { apiRequest } from '../api/client';

/** GET /api/me — quiet, because "not signed in" is an answer here, not an interruption. */
export const fetchMe = (): Promise<MeResponse> =>
  apiRequest(meResponseSchema, '/api/me', { quiet: true });

/** GET /api/periods — the choices of "Ganti periode". */
export const fetchPeriods = async (): Promise<Period[]> =>
  (await apiRequest(periodListResponseSchema, '/api/periods')).periods;

/** POST /api/me/period */
export const switchPeriod = (periodId: string) =>
  apiRequest(okResponseSchema, '/api/me/period', { method: 'POST', body: { periodId } });

/** POST /api/me/role */
export const switchRole = (role: RoleCode) =>
  apiRequest(okResponseSchema, '/api/me/role', { method: 'POST', body: { role } });

/** POST /api/auth/logout */
export const logout = () =>
  apiRequest(okResponseSchema, '/api/auth/logout', { method: 'POST', quiet: true });
