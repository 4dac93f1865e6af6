import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../lib/context.js';
import { angkaKreditRoutes } from './angka-kredit/angka-kredit.routes.js';
import { assessmentRoutes } from './assessments/assessments.routes.js';
import { eKinerjaRoutes } from './e-kinerja/e-kinerja.routes.js';
import { authRoutes } from './auth/auth.routes.js';
import { authOidcRoutes } from './auth-oidc/auth-oidc.routes.js';
import { buktiKaryaRoutes } from './bukti-karya/bukti-karya.routes.js';
import { catalogueRoutes } from './catalogues/catalogues.routes.js';
import { dashboardRoutes } from './dashboards/dashboards.routes.js';
import { dinasPrincipalRoutes } from './dinas-principals/dinas-principals.routes.js';
import { deadlineRoutes } from './deadlines/deadlines.routes.js';
import { emailRoutes } from './email/email.routes.js';
import { evidenceRoutes } from './evidence/evidence.routes.js';
import { executionRoutes } from './execution-documents/execution-documents.routes.js';
import { healthRoutes } from './health/health.routes.js';
import { meRoutes } from './me/me.routes.js';
import { notificationRoutes } from './notifications/notifications.routes.js';
import { peopleRoutes } from './people/people.routes.js';
import { peopleDirectoryRoutes } from './people-directory/people-directory.routes.js';
import { periodRoutes } from './periods/periods.routes.js';
import { periodAdminRoutes } from './periods/period-admin.routes.js';
import { planRoutes } from './plans/plans.routes.js';
import { raporPendidikanRoutes } from './rapor-pendidikan/rapor-pendidikan.routes.js';
import { rhkChangeRoutes } from './rhk-change/rhk-change.routes.js';
import { rosterImportRoutes } from './roster-import/roster-import.routes.js';
import { storageRoutes } from './storage/storage.routes.js';
import { timKinerjaRoutes } from './tim-kinerja/tim-kinerja.routes.js';

/** Every feature module's routes, registered in this order by app.ts. */
export const featureRoutes: Array<(ctx: AppContext) => FastifyPluginAsyncZod> = [
  healthRoutes,
  authRoutes,
  authOidcRoutes,
  meRoutes,
  peopleRoutes,
  periodRoutes,
  periodAdminRoutes,
  rosterImportRoutes,
  planRoutes,
  catalogueRoutes,
  notificationRoutes,
  emailRoutes,
  raporPendidikanRoutes,
  deadlineRoutes,
  timKinerjaRoutes,
  peopleDirectoryRoutes,
  assessmentRoutes,
  dinasPrincipalRoutes,
  angkaKreditRoutes,
  eKinerjaRoutes,
  evidenceRoutes,
  buktiKaryaRoutes,
  rhkChangeRoutes,
  executionRoutes,
  dashboardRoutes,
  storageRoutes,
];
