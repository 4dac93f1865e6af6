import { oidcErrorMessage } from '@kinerja/contract';
import { LanguageSwitch } from '../../../lib/i18n/language-switch';
import { useI18n } from '../../../lib/i18n/i18n';
import { safeReturnPath, useLocation } from '../../../lib/router';
import { Page } from '../../../lib/ui/page';
import { BelajarIdButton } from '../components/belajar-id-button';
import { ForgotPassword } from '../components/forgot-password';
import { SignInForm } from '../components/sign-in-form';

/** /masuk — "Masuk dengan akun belajar.id" when configured, email + password, "Lupa kata sandi?". */
export function SignInPage() {
  const { t, locale } = useI18n();
  const { search } = useLocation();
  const returnTo = safeReturnPath(search.get('kembali'));
  const galat = search.get('galat');
  const oidcError = galat
    ? oidcErrorMessage(galat, { email: search.get('email'), domain: search.get('domain') }, locale)
    : null;
  return (
    <Page title={t('signIn.title')}>
      <p className="lead">
        {t('app.tagline')}. {t('signIn.intro')}
      </p>
      {oidcError ? (
        <p role="alert" className="alert alert-error">
          {oidcError}
        </p>
      ) : null}
      <div className="card stack">
        <BelajarIdButton returnTo={returnTo} />
        <SignInForm />
        <ForgotPassword />
      </div>
      <LanguageSwitch />
    </Page>
  );
}
