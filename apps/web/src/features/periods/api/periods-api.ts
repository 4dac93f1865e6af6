import {
  adminPeriodListResponseSchema,
  adminPeriodSchema,
  ruleSetChangesResponseSchema,
  type AdminPeriod,
  type AdminPeriodListResponse,
  type CreatePeriodRequest,
  type PeriodWindowsInput,
  type RuleSetChangesResponse,
} from '@kinerja/contract';
import { apiRequest } from '../../../lib/api/client';
import { registerPeriodRuleSets } from '../../../lib/session/register-rule-sets';

/** GET /api/admin/periods — every period with its windows (Admin). */
export const fetchAdminPeriods = async (): Promise<AdminPeriodListResponse> => {
  const list = await apiRequest(adminPeriodListResponseSchema, '/api/admin/periods');
  registerPeriodRuleSets(list.periods);
  return list;
};

/** POST /api/admin/periods — a new period from a rule set (Admin). */
export const createPeriod = (body: CreatePeriodRequest): Promise<AdminPeriod> =>
  apiRequest(adminPeriodSchema, '/api/admin/periods', { method: 'POST', body });

/** PUT /api/admin/periods/:id/windows — `confirm` after the started-stage question (Admin). */
export const updatePeriodWindows = (
  periodId: string,
  windows: PeriodWindowsInput,
  confirm: boolean,
): Promise<AdminPeriod> =>
  apiRequest(adminPeriodSchema, `/api/admin/periods/${encodeURIComponent(periodId)}/windows`, {
    method: 'PUT',
    body: { windows, ...(confirm ? { confirm: true } : {}) },
  });

/** GET /api/rule-sets/changes — what changed between two rule sets, in words. */
export const fetchRuleSetChanges = (
  from?: string,
  to?: string,
): Promise<RuleSetChangesResponse> => {
  const query = new URLSearchParams({ ...(from ? { from } : {}), ...(to ? { to } : {}) });
  const suffix = query.size > 0 ? `?${query.toString()}` : '';
  return apiRequest(ruleSetChangesResponseSchema, `/api/rule-sets/changes${suffix}`);
};
