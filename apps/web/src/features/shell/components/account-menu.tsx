import type { MeResponse } from '@kinerja/contract';
import { useCallback, useId, useRef, useState } from 'react';
import { LanguageSwitch } from '../../../lib/i18n/language-switch';
import { useI18n } from '../../../lib/i18n/i18n';
import { Link } from '../../../lib/router';
import { BreakableText } from '../../../lib/ui/breakable-text';
import { PeriodDialog } from '../../../lib/session/period-dialog';
import { RoleSwitcher } from '../../../lib/session/role-switcher';
import { useSession } from '../../../lib/session/session';
import { useDismiss } from './use-dismiss';

/** The person's name, top-right (as in the guides), opening period, role, language and "Keluar". */
export function AccountMenu({ me, isRestricted }: { me: MeResponse; isRestricted: boolean }) {
  const { t } = useI18n();
  const { signOut } = useSession();
  const [isOpen, setOpen] = useState(false);
  const [isPeriodOpen, setPeriodOpen] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const close = useCallback(() => setOpen(false), []);
  useDismiss({ isOpen, container, button, onDismiss: close });

  const openPeriod = () => {
    setOpen(false);
    setPeriodOpen(true);
  };
  const afterRoleSwitch = () => {
    setOpen(false);
    button.current?.focus();
  };
  const closePeriod = () => {
    setPeriodOpen(false);
    button.current?.focus();
  };

  return (
    <div className="account" ref={container}>
      <button
        ref={button}
        type="button"
        className="account-button"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => setOpen((open) => !open)}
      >
        <span className="account-name">{me.person.name}</span>
        <span className="caret" aria-hidden="true" />
      </button>
      <div id={panelId} className="account-panel" hidden={!isOpen}>
        <p className="account-who">
          <strong>{me.person.name}</strong>
          {me.person.email ? (
            <span className="muted break">
              <BreakableText text={me.person.email} />
            </span>
          ) : null}
        </p>
        {isRestricted ? null : (
          <>
            <button type="button" className="menu-item" onClick={openPeriod}>
              <span>{t('account.changePeriod')}</span>
              <span className="choice-detail">{me.activePeriod.label}</span>
            </button>
            {me.roles.length > 0 ? (
              <section className="menu-section" aria-label={t('account.role')}>
                <h2 className="menu-heading">{t('account.role')}</h2>
                <RoleSwitcher me={me} onSwitched={afterRoleSwitch} />
              </section>
            ) : null}
          </>
        )}
        <section className="menu-section" aria-label={t('language.label')}>
          <h2 className="menu-heading">{t('language.label')}</h2>
          <LanguageSwitch />
        </section>
        {me.authMethod === 'password' && !isRestricted ? (
          <Link to="/ganti-kata-sandi" className="menu-item" onClick={close}>
            {t('account.changePassword')}
          </Link>
        ) : null}
        <button type="button" className="menu-item" onClick={() => void signOut()}>
          {t('account.signOut')}
        </button>
      </div>
      {isPeriodOpen ? <PeriodDialog onClose={closePeriod} /> : null}
    </div>
  );
}
