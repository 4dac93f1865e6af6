import type { ComponentType } from 'react';
import { preloadSignedInControls } from './features/shell/components/app-shell';
import { loadMessagePacks, type MessagePack } from './lib/i18n/message-packs';
import { matchPath } from './lib/router';
import { lazyComponent, type LazyComponent } from './lib/ui/lazy-component';
import { preloadSessionModules } from './lib/session/session-api';

/** A page loaded on demand (issue 15 item 5: a small first download). */
export type LazyPage = LazyComponent<object>;

/** A page whose code and whose areas' Indonesian texts (message-packs.ts) download together. */
const lazyPage = (load: () => Promise<ComponentType>, packs: MessagePack[] = []): LazyPage =>
  lazyComponent(() => Promise.all([load(), loadMessagePacks(packs)]).then(([page]) => page));

const AngkaKreditPage = lazyPage(
  () => import('./features/angka-kredit/routes/angka-kredit-page').then((m) => m.AngkaKreditPage),
  ['journeys'],
);
const EKinerjaPage = lazyPage(
  () => import('./features/e-kinerja/routes/e-kinerja-page').then((m) => m.EKinerjaPage),
  ['planning', 'journeys', 'assessment'],
);
const PrincipalAssessmentsPage = lazyPage(
  () =>
    import('./features/assessment/routes/principal-assessments-page').then(
      (m) => m.PrincipalAssessmentsPage,
    ),
  ['journeys', 'assessment'],
);
const AssessPage = lazyPage(
  () => import('./features/assessment/routes/assess-page').then((m) => m.AssessPage),
  ['planning', 'assessment', 'documentVersions'],
);
const MyAssessmentsPage = lazyPage(
  () => import('./features/assessment/routes/my-assessments-page').then((m) => m.MyAssessmentsPage),
  ['planning', 'assessment'],
);
const SchoolAssessmentsPage = lazyPage(
  () =>
    import('./features/assessment/routes/school-assessments-page').then(
      (m) => m.SchoolAssessmentsPage,
    ),
  ['assessment'],
);
const ChangePasswordPage = lazyPage(() =>
  import('./features/auth/routes/change-password-page').then((m) => m.ChangePasswordPage),
);
const SignInPage = lazyPage(() =>
  import('./features/auth/routes/sign-in-page').then((m) => m.SignInPage),
);
const HomePage = lazyPage(
  () => import('./features/home/routes/home-page').then((m) => m.HomePage),
  ['notices'],
);
const DashboardPage = lazyPage(
  () => import('./features/dashboard/routes/dashboard-page').then((m) => m.DashboardPage),
  ['journeys', 'dashboard'],
);
const ProvinceDashboardPage = lazyPage(
  () =>
    import('./features/dashboard/routes/province-dashboard-page').then(
      (m) => m.ProvinceDashboardPage,
    ),
  ['dashboard'],
);
const SchoolDashboardPage = lazyPage(
  () =>
    import('./features/dashboard/routes/school-dashboard-page').then((m) => m.SchoolDashboardPage),
  ['dashboard'],
);
const EvidencePage = lazyPage(
  () => import('./features/evidence/routes/evidence-page').then((m) => m.EvidencePage),
  ['execution', 'evidence'],
);
const RhkChangePage = lazyPage(
  () => import('./features/evidence/routes/rhk-change-page').then((m) => m.RhkChangePage),
  ['evidence'],
);
const BuktiKaryaPage = lazyPage(
  () => import('./features/evidence/routes/bukti-karya-page').then((m) => m.BuktiKaryaPage),
  ['evidence'],
);
const SchoolEvidencePage = lazyPage(
  () => import('./features/evidence/routes/school-evidence-page').then((m) => m.SchoolEvidencePage),
  ['evidence', 'review'],
);
const TeacherEvidencePage = lazyPage(
  () =>
    import('./features/evidence/routes/teacher-evidence-page').then((m) => m.TeacherEvidencePage),
  ['execution', 'evidence'],
);
const ExecutionPage = lazyPage(
  () => import('./features/execution/routes/execution-page').then((m) => m.ExecutionPage),
  ['planning', 'execution'],
);
const ExecutionReviewPage = lazyPage(
  () =>
    import('./features/execution/routes/execution-review-page').then((m) => m.ExecutionReviewPage),
  ['planning', 'execution', 'journeys'],
);
const PracticeCyclePage = lazyPage(
  () => import('./features/execution/routes/practice-cycle-page').then((m) => m.PracticeCyclePage),
  ['planning', 'execution'],
);
const ExtensionsPage = lazyPage(
  () => import('./features/notices/routes/extensions-page').then((m) => m.ExtensionsPage),
  ['notices'],
);
const NotificationsPage = lazyPage(
  () => import('./features/notices/routes/notifications-page').then((m) => m.NotificationsPage),
  ['notices'],
);
const TimKinerjaPage = lazyPage(
  () => import('./features/notices/routes/tim-kinerja-page').then((m) => m.TimKinerjaPage),
  ['notices'],
);
const AccountResetPage = lazyPage(() =>
  import('./features/people/routes/account-reset-page').then((m) => m.AccountResetPage),
);
const StaffPage = lazyPage(() =>
  import('./features/people/routes/staff-page').then((m) => m.StaffPage),
);
const PlanningPage = lazyPage(
  () => import('./features/planning/routes/planning-page').then((m) => m.PlanningPage),
  ['planning', 'journeys'],
);
const PeriksaPage = lazyPage(
  () => import('./features/plan-review/routes/periksa-page').then((m) => m.PeriksaPage),
  ['review'],
);
const PrincipalPlansPage = lazyPage(
  () =>
    import('./features/plan-review/routes/principal-plans-page').then((m) => m.PrincipalPlansPage),
  ['review'],
);
const ReviewPlanPage = lazyPage(
  () => import('./features/plan-review/routes/review-plan-page').then((m) => m.ReviewPlanPage),
  ['planning', 'review'],
);
const RosterImportPage = lazyPage(() =>
  import('./features/roster-import/routes/roster-import-page').then((m) => m.RosterImportPage),
);
const StoragePage = lazyPage(() =>
  import('./features/storage/routes/storage-page').then((m) => m.StoragePage),
);
const PeriodsPage = lazyPage(
  () => import('./features/periods/routes/periods-page').then((m) => m.PeriodsPage),
  ['periods'],
);
const RuleSetChangesPage = lazyPage(
  () => import('./features/periods/routes/rule-set-changes-page').then((m) => m.RuleSetChangesPage),
  ['periods'],
);
const EmailSettingsPage = lazyPage(() =>
  import('./features/email-settings/routes/email-settings-page').then((m) => m.EmailSettingsPage),
);
const UnsubscribePage = lazyPage(() =>
  import('./features/email-settings/routes/unsubscribe-page').then((m) => m.UnsubscribePage),
);
const CataloguesPage = lazyPage(
  () => import('./features/catalogues/routes/catalogues-page').then((m) => m.CataloguesPage),
  ['catalogues'],
);

/**
 * Who may open a path: anyone signed out, anyone signed in, only roster managers, or anyone at all
 * (a link from an email, opened signed in or not).
 */
export type RouteAccess = 'public' | 'signed-in' | 'roster' | 'anyone';

/** The app's pages by path. */
export const routes: Record<string, { page: LazyPage; access: RouteAccess }> = {
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
  '/pengaturan/email': { page: EmailSettingsPage, access: 'signed-in' },
  '/berhenti-email': { page: UnsubscribePage, access: 'anyone' },
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

/**
 * Starts downloading the page of the address the app was opened at, while the session check runs,
 * instead of after it (one round trip less before the first page shows on a slow connection).
 */
export function preloadPageFor(pathname: string): void {
  const route = findRoute(pathname)?.route;
  void route?.page.preload().catch(() => undefined);
  // Behind sign-in (or unknown: the not-found page is also shown signed in), the header's
  // signed-in controls and the session's schemas are needed too; the sign-in page needs neither.
  if (route?.access !== 'public') {
    void preloadSignedInControls();
    preloadSessionModules();
  }
}

/** Paths used by guards. */
export const SIGN_IN_PATH = '/masuk';
/** Where a person with a temporary password is held until they change it. */
export const CHANGE_PASSWORD_PATH = '/ganti-kata-sandi';
