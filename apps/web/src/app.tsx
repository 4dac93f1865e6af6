import { Suspense } from 'react';
import { AppShell } from './features/shell/components/app-shell';
import { describeError } from './lib/api/describe-error';
import { I18nProvider, useI18n } from './lib/i18n/i18n';
import { Link, Redirect, RouteParamsProvider, safeReturnPath, useLocation } from './lib/router';
import { activeRoleIn, rosterRoles, SessionProvider, useSession } from './lib/session/session';
import { UpdateNotice } from './lib/offline/update-notice';
import { Loading } from './lib/ui/loading';
import { Page } from './lib/ui/page';
import { CHANGE_PASSWORD_PATH, findRoute, SIGN_IN_PATH } from './routes';

function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Page title={t('error.notFoundTitle')}>
      <p>{t('error.notFoundBody')}</p>
      <Link to="/" className="btn btn-secondary">
        {t('common.backHome')}
      </Link>
    </Page>
  );
}

function ForbiddenNote() {
  const { t } = useI18n();
  return (
    <Page title={t('app.name')}>
      <p className="alert alert-info">{t('error.forbiddenRole')}</p>
      <Link to="/" className="btn btn-secondary">
        {t('common.backHome')}
      </Link>
    </Page>
  );
}

function UnreachablePage({ error }: { error: unknown }) {
  const { t } = useI18n();
  const { refresh } = useSession();
  return (
    <Page title={t('app.name')}>
      <p role="alert" className="alert alert-error">
        {describeError(error, t)}
      </p>
      <button type="button" className="btn btn-primary" onClick={() => void refresh()}>
        {t('common.retry')}
      </button>
    </Page>
  );
}

/**
 * While a page's code downloads: the same line the session check shows, so the screen does not
 * change between the two waits (no flash, no layout shift).
 */
function PageLoading() {
  const { t } = useI18n();
  return <Loading label={t('common.loading')} />;
}

/** Picks the page for the path, sending people to sign-in or the forced password change first. */
function CurrentPage() {
  const { t } = useI18n();
  const { state } = useSession();
  const { pathname, search } = useLocation();
  const found = findRoute(pathname);
  const route = found?.route;
  if (state.status === 'loading') return <Loading label={t('common.loading')} />;
  if (state.status === 'error') return <UnreachablePage error={state.error} />;
  if (route?.access === 'anyone') return <route.page.Component />;
  if (route?.access === 'public') {
    if (state.status !== 'signed-in') return <route.page.Component />;
    return <Redirect to={safeReturnPath(search.get('kembali'))} />;
  }
  if (state.status === 'anonymous') {
    const here = pathname + (search.toString() ? `?${search.toString()}` : '');
    const query = here === '/' ? '' : `?kembali=${encodeURIComponent(here)}`;
    return <Redirect to={`${SIGN_IN_PATH}${query}`} />;
  }
  if (state.me.mustChangePassword && pathname !== CHANGE_PASSWORD_PATH) {
    return <Redirect to={CHANGE_PASSWORD_PATH} />;
  }
  if (!route) return <NotFoundPage />;
  if (route.access === 'roster' && !activeRoleIn(state.me, rosterRoles)) return <ForbiddenNote />;
  return (
    <RouteParamsProvider value={found?.params ?? {}}>
      <route.page.Component />
    </RouteParamsProvider>
  );
}

/** The whole SPA: language, session, shell and the current page. */
export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <AppShell>
          <Suspense fallback={<PageLoading />}>
            <CurrentPage />
          </Suspense>
        </AppShell>
      </SessionProvider>
      <UpdateNotice />
    </I18nProvider>
  );
}
