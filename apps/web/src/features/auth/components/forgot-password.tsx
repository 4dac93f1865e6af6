import { useId, useState } from 'react';
import { useI18n } from '../../../lib/i18n/i18n';

/** "Lupa kata sandi?": explains that the school operator resets passwords (domain.md §3.1). */
export function ForgotPassword() {
  const { t } = useI18n();
  const [isOpen, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className="forgot">
      <button
        type="button"
        className="btn-link"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => setOpen((open) => !open)}
      >
        {t('signIn.forgot')}
      </button>
      <p id={panelId} className="note" hidden={!isOpen}>
        {t('signIn.forgotHelp')}
      </p>
    </div>
  );
}
