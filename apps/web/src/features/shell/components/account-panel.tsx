import type { MeResponse } from '@kinerja/contract';
import { LanguageSwitch } from '../../../lib/i18n/language-switch';
import { useI18n } from '../../../lib/i18n/i18n';
import { Link } from '../../../lib/router';
import { RoleSwitcher } from '../../../lib/session/role-switcher';
import { useSession } from '../../../lib/session/session';
import { BreakableText } from '../../../lib/ui/breakable-text';

type AccountPanelProps = {
  me: MeResponse;
  /** While a temporary password must be changed: only language and "Keluar". */
  isRestricted: boolean;
  onChangePeriod: () => void;
  onRoleSwitched: () => void;
  onNavigate: () => void;
};

/** What the name button opens: "Ganti periode", roles, language, email, password and "Keluar". */
export function AccountPanel({ me, isRestricted, ...actions }: AccountPanelProps) {
  const { t } = useI18n();
  const { signOut } = useSession();
  return (
    <>
      <p className="account-who">
        <strong>{me.person.name}</strong>
        {me.person.email ? (
          <span className="muted break">
            <BreakableText text={me.person.email} />
          </span>
        ) : null}
      </p>
      {isRestricted ? null : (
        <button type="button" className="menu-item" onClick={actions.onChangePeriod}>
          <span>{t('account.changePeriod')}</span>
          <span className="choice-detail">{me.activePeriod.label}</span>
        </button>
      )}
      {!isRestricted && me.roles.length > 0 ? (
        <section className="menu-section" aria-label={t('account.role')}>
          <h2 className="menu-heading">{t('account.role')}</h2>
          <RoleSwitcher me={me} onSwitched={actions.onRoleSwitched} />
        </section>
      ) : null}
      <section className="menu-section" aria-label={t('language.label')}>
        <h2 className="menu-heading">{t('language.label')}</h2>
        <LanguageSwitch />
      </section>
      {isRestricted ? null : (
        <Link to="/pengaturan/email" className="menu-item" onClick={actions.onNavigate}>
          {t('account.emailSettings')}
        </Link>
      )}
      {me.authMethod === 'password' && !isRestricted ? (
        <Link to="/ganti-kata-sandi" className="menu-item" onClick={actions.onNavigate}>
          {t('account.changePassword')}
        </Link>
      ) : null}
      <button type="button" className="menu-item" onClick={() => void signOut()}>
        {t('account.signOut')}
      </button>
    </>
  );
}
