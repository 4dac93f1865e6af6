import {
  meResponseSchema,
  okResponseSchema,
  periodListResponseSchema,
  type MeResponse,
  type Period,
  type RoleCode,
} from '@kinerja/contract';
import { apiRequest } from '../api/client';
import { setReaderTimeZone } from '../i18n/reader-time';
import { registerPeriodRuleSets } from './register-rule-sets';

/** GET /api/me — quiet, because "not signed in" is an answer here, not an interruption. */
export const fetchMe = async (): Promise<MeResponse> => {
  const me = await apiRequest(meResponseSchema, '/api/me', { quiet: true });
  registerPeriodRuleSets([me.activePeriod]);
  setReaderTimeZone(me.timeZone);
  return me;
};

/** GET /api/periods — the choices of "Ganti periode". */
export const fetchPeriods = async (): Promise<Period[]> => {
  const { periods } = await apiRequest(periodListResponseSchema, '/api/periods');
  registerPeriodRuleSets(periods);
  return periods;
};

/** POST /api/me/period */
export const switchPeriod = (periodId: string) =>
  apiRequest(okResponseSchema, '/api/me/period', { method: 'POST', body: { periodId } });

/** POST /api/me/role */
export const switchRole = (role: RoleCode) =>
  apiRequest(okResponseSchema, '/api/me/role', { method: 'POST', body: { role } });

/** POST /api/auth/logout */
export const logout = () =>
  apiRequest(okResponseSchema, '/api/auth/logout', { method: 'POST', quiet: true });
