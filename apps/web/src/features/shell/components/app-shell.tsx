import { useCallback, useId, useState, type ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/i18n';
import { NotificationBell } from '../../../lib/notifications/notification-bell';
import { Link } from '../../../lib/router';
import { useSession } from '../../../lib/session/session';
import { AccountMenu } from './account-menu';
import { MainNav } from './main-nav';

/** Header (app name, navigation, account menu) around every page. */
export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { state } = useSession();
  const [isNavOpen, setNavOpen] = useState(false);
  const navId = useId();
  const closeNav = useCallback(() => setNavOpen(false), []);
  const me = state.status === 'signed-in' ? state.me : null;
  const isRestricted = me?.mustChangePassword ?? false;
  const hasNav = me !== null && !isRestricted;

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="header-bar">
          {hasNav ? (
            <button
              type="button"
              className="nav-toggle"
              aria-expanded={isNavOpen}
              aria-controls={navId}
              onClick={() => setNavOpen((open) => !open)}
            >
              <span className="burger" aria-hidden="true" />
              <span className="visually-hidden">{t('nav.menu')}</span>
            </button>
          ) : null}
          <Link to="/" className="brand" onClick={closeNav}>
            {t('app.name')}
          </Link>
          {hasNav ? <MainNav me={me} id={navId} isOpen={isNavOpen} onNavigate={closeNav} /> : null}
          {hasNav ? <NotificationBell /> : null}
          {me ? <AccountMenu me={me} isRestricted={isRestricted} /> : null}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
