import { useEffect, useState } from 'react';
import { useI18n } from '../../../lib/i18n/i18n';
import { fetchOidcConfig, oidcStartUrl } from '../api/auth-api';

/** "Masuk dengan akun belajar.id", shown only when the server has OpenID Connect configured. */
export function BelajarIdButton({ returnTo }: { returnTo: string }) {
  const { t } = useI18n();
  const [isEnabled, setEnabled] = useState(false);
  useEffect(() => {
    let isCurrent = true;
    void fetchOidcConfig()
      .then((config) => isCurrent && setEnabled(config.enabled))
      .catch(() => isCurrent && setEnabled(false));
    return () => {
      isCurrent = false;
    };
  }, []);
  if (!isEnabled) return null;
  return (
    <>
      <a className="btn btn-primary btn-block" href={oidcStartUrl(returnTo)}>
        {t('signIn.belajarId')}
      </a>
      <p className="divider">
        <span>{t('signIn.or')}</span>
      </p>
    </>
  );
}
