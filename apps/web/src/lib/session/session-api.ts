import type { MeResponse, Period, RoleCode } from '@kinerja/contract';
import { apiRequest } from '../api/client';
import { setReaderTimeZone } from '../i18n/reader-time';

const schemas = () => import('./session-schemas');
const meSchema = () => schemas().then((m) => m.meResponseSchema);
const okSchema = () => schemas().then((m) => m.okResponseSchema);
const periodListSchema = () => schemas().then((m) => m.periodListResponseSchema);

const ruleSetRegistration = () => import('./register-rule-sets');

/** Registers the periods' stored rule sets; the rule-set registry is only needed once signed in. */
const registerPeriodRuleSets = async (periods: readonly Pick<Period, 'ruleSet'>[]) =>
  (await ruleSetRegistration()).registerPeriodRuleSets(periods);

/** Starts downloading what reading a signed-in session needs, beside the GET /api/me itself. */
export function preloadSessionModules(): void {
  void Promise.all([schemas(), ruleSetRegistration()]).catch(() => undefined);
}

/** GET /api/me — quiet, because "not signed in" is an answer here, not an interruption. */
export const fetchMe = async (): Promise<MeResponse> => {
  const me = await apiRequest(meSchema, '/api/me', { quiet: true });
  await registerPeriodRuleSets([me.activePeriod]);
  setReaderTimeZone(me.timeZone);
  return me;
};

/** GET /api/periods — the choices of "Ganti periode". */
export const fetchPeriods = async (): Promise<Period[]> => {
  const { periods } = await apiRequest(periodListSchema, '/api/periods');
  await registerPeriodRuleSets(periods);
  return periods;
};

/** POST /api/me/period */
export const switchPeriod = (periodId: string) =>
  apiRequest(okSchema, '/api/me/period', { method: 'POST', body: { periodId } });

/** POST /api/me/role */
export const switchRole = (role: RoleCode) =>
  apiRequest(okSchema, '/api/me/role', { method: 'POST', body: { role } });

/** POST /api/auth/logout */
export const logout = () =>
  apiRequest(okSchema, '/api/auth/logout', { method: 'POST', quiet: true });
