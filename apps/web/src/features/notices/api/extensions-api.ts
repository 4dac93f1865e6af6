import {
  deadlineExtensionSchema,
  extensionOverviewResponseSchema,
  type z,
} from '@kinerja/contract';
import { apiRequest } from '../../../lib/api/client';

/** The body of POST /api/deadline-extensions. */
export type ExtensionRequest = {
  personId: string;
  periodId: string;
  stage: 'pre_planning' | 'planning' | 'execution' | 'assessment';
  until: string;
  reason: string;
};

/** POST /api/deadline-extensions — extend a stage for one named person (audited by the server). */
export const grantExtension = (body: ExtensionRequest) =>
  apiRequest(deadlineExtensionSchema, '/api/deadline-extensions', { method: 'POST', body });

/** The period's extensions the caller could grant. */
export type ExtensionOverview = z.infer<typeof extensionOverviewResponseSchema>;

/** GET /api/deadline-extensions/overview */
export const fetchExtensionOverview = (periodId: string): Promise<ExtensionOverview> =>
  apiRequest(
    extensionOverviewResponseSchema,
    `/api/deadline-extensions/overview?periodId=${encodeURIComponent(periodId)}`,
  );
