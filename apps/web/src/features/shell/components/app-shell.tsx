import { Suspense, useCallback, useId, useState, type ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/i18n';
import { loadMessagePacks } from '../../../lib/i18n/message-packs';
import { Link } from '../../../lib/router';
import { useSession } from '../../../lib/session/session';
import { lazyComponent } from '../../../lib/ui/lazy-component';
import type { SignedInControlsProps } from './signed-in-controls';

// The notification bell's texts come with it (message-packs.ts).
const signedInControls = lazyComponent<SignedInControlsProps>(() =>
  Promise.all([import('./signed-in-controls'), loadMessagePacks(['notices'])]).then(
    ([m]) => m.SignedInControls,
  ),
);
const SignedInControls = signedInControls.Component;

/** Starts downloading the signed-in header early, when the first page is one behind sign-in. */
export function preloadSignedInControls(): Promise<unknown> {
  return signedInControls.preload().catch(() => undefined);
}

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
          {me ? (
            // The bar keeps its height (min-height in styles.css) while these load: nothing shifts.
            <Suspense fallback={null}>
              <SignedInControls
                me={me}
                navId={navId}
                isNavOpen={isNavOpen}
                isRestricted={isRestricted}
                onNavigate={closeNav}
              />
            </Suspense>
          ) : null}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
