import type { ComponentType } from 'react';
import { matchPath } from './lib/router';
import { AngkaKreditPage } from './features/angka-kredit/routes/angka-kredit-page';
import { EKinerjaPage } from './features/e-kinerja/routes/e-kinerja-page';
import { PrincipalAssessmentsPage } from './features/assessment/routes/principal-assessments-page';
import { AssessPage } from './features/assessment/routes/assess-page';
import { MyAssessmentsPage } from './features/assessment/routes/my-assessments-page';
import { SchoolAssessmentsPage } from './features/assessment/routes/school-assessments-page';
import { ChangePasswordPage } from './features/auth/routes/change-password-page';
import { SignInPage } from './features/auth/routes/sign-in-page';
import { HomePage } from './features/home/routes/home-page';
import { DashboardPage } from './features/dashboard/routes/dashboard-page';
import { ProvinceDashboardPage } from './features/dashboard/routes/province-dashboard-page';
import { SchoolDashboardPage } from './features/dashboard/routes/school-dashboard-page';
import { EvidencePage } from './features/evidence/routes/evidence-page';
import { RhkChangePage } from './features/evidence/routes/rhk-change-page';
import { BuktiKaryaPage } from './features/evidence/routes/bukti-karya-page';
import { SchoolEvidencePage } from './features/evidence/routes/school-evidence-page';
import { TeacherEvidencePage } from './features/evidence/routes/teacher-evidence-page';
import { ExecutionPage } from './features/execution/routes/execution-page';
import { ExecutionReviewPage } from './features/execution/routes/execution-review-page';
import { PracticeCyclePage } from './features/execution/routes/practice-cycle-page';
import { ExtensionsPage } from './features/notices/routes/extensions-page';
import { NotificationsPage } from './features/notices/routes/notifications-page';
import { TimKinerjaPage } from './features/notices/routes/tim-kinerja-page';
import { AccountResetPage } from './features/people/routes/account-reset-page';
import { StaffPage } from './features/people/routes/staff-page';
import { PlanningPage } from './features/planning/routes/planning-page';
import { PeriksaPage } from './features/plan-review/routes/periksa-page';
import { PrincipalPlansPage } from './features/plan-review/routes/principal-plans-page';
import { ReviewPlanPage } from './features/plan-review/routes/review-plan-page';
import { RosterImportPage } from './features/roster-import/routes/roster-import-page';
import { StoragePage } from './features/storage/routes/storage-page';
import { PeriodsPage } from './features/periods/routes/periods-page';
import { RuleSetChangesPage } from './features/periods/routes/rule-set-changes-page';
import { CataloguesPage } from './features/catalogues/routes/catalogues-page';

/** Who may open a path: anyone signed out, anyone signed in, or only roster managers. */
export type RouteAccess = 'public' | 'signed-in' | 'roster';

/** The app's pages by path. */
export const routes: Record<string, { page: ComponentType; access: RouteAccess }> = {
  '/masuk': { page: SignInPage, access: 'public' },
  '/ganti-kata-sandi': { page: ChangePasswordPage, access: 'signed-in' },
  '/': { page: HomePage, access: 'signed-in' },
  '/rencana': { page: PlanningPage, access: 'signed-in' },
  '/operator/ptk': { page: StaffPage, access: 'roster' },
  '/operator/impor': { page: RosterImportPage, access: 'roster' },
  '/akun': { page: AccountResetPage, access: 'signed-in' },
  '/periksa': { page: PeriksaPage, access: 'signed-in' },
  '/periksa/kepala-sekolah': { page: PrincipalPlansPage, access: 'signed-in' },
  '/periksa/bukti': { page: SchoolEvidencePage, access: 'signed-in' },
  '/periksa/bukti/:planId': { page: TeacherEvidencePage, access: 'signed-in' },
  '/periksa/:planId': { page: ReviewPlanPage, access: 'signed-in' },
  '/notifikasi': { page: NotificationsPage, access: 'signed-in' },
  '/perpanjangan': { page: ExtensionsPage, access: 'signed-in' },
  '/tim-kinerja': { page: TimKinerjaPage, access: 'signed-in' },
  '/pelaksanaan': { page: ExecutionPage, access: 'signed-in' },
  '/pelaksanaan/bukti': { page: EvidencePage, access: 'signed-in' },
  '/pelaksanaan/ubah-rhk': { page: RhkChangePage, access: 'signed-in' },
  '/bukti-karya': { page: BuktiKaryaPage, access: 'signed-in' },
  '/pelaksanaan/siklus/:planId': { page: PracticeCyclePage, access: 'signed-in' },
  '/periksa/pelaksanaan': { page: ExecutionReviewPage, access: 'signed-in' },
  '/penilaian': { page: SchoolAssessmentsPage, access: 'signed-in' },
  '/penilaian-saya': { page: MyAssessmentsPage, access: 'signed-in' },
  '/penilaian/kepala-sekolah': { page: PrincipalAssessmentsPage, access: 'signed-in' },
  '/penilaian/:planId': { page: AssessPage, access: 'signed-in' },
  '/angka-kredit': { page: AngkaKreditPage, access: 'signed-in' },
  '/e-kinerja': { page: EKinerjaPage, access: 'signed-in' },
  '/dasbor': { page: DashboardPage, access: 'signed-in' },
  '/dasbor/provinsi/:code': { page: ProvinceDashboardPage, access: 'signed-in' },
  '/dasbor/sekolah/:schoolId': { page: SchoolDashboardPage, access: 'signed-in' },
  '/admin/penyimpanan': { page: StoragePage, access: 'signed-in' },
  '/admin/periode': { page: PeriodsPage, access: 'signed-in' },
  '/aturan-periode': { page: RuleSetChangesPage, access: 'signed-in' },
  '/admin/katalog': { page: CataloguesPage, access: 'signed-in' },
};

/** The route for a path: an exact entry first, then the first `:param` pattern that matches. */
export function findRoute(
  pathname: string,
): { route: (typeof routes)[string]; params: Record<string, string> } | null {
  const exact = routes[pathname];
  if (exact) return { route: exact, params: {} };
  for (const [pattern, route] of Object.entries(routes)) {
    if (!pattern.includes(':')) continue;
    const params = matchPath(pattern, pathname);
    if (params) return { route, params };
  }
  return null;
}

/** Paths used by guards. */
export const SIGN_IN_PATH = '/masuk';
/** Where a person with a temporary password is held until they change it. */
export const CHANGE_PASSWORD_PATH = '/ganti-kata-sandi';
