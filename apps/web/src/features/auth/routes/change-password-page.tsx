import { useI18n } from '../../../lib/i18n/i18n';
import { useMe } from '../../../lib/session/session';
import { Page } from '../../../lib/ui/page';
import { ChangePasswordForm } from '../components/change-password-form';

/** /ganti-kata-sandi — forced after a reset by the operator, voluntary otherwise. */
export function ChangePasswordPage() {
  const { t } = useI18n();
  const me = useMe();
  const isForced = me.mustChangePassword;
  return (
    <Page title={t('changePassword.title')}>
      <p className="lead">
        {isForced ? t('changePassword.forcedIntro') : t('changePassword.intro')}
      </p>
      <ChangePasswordForm isForced={isForced} email={me.person.email} />
    </Page>
  );
}
