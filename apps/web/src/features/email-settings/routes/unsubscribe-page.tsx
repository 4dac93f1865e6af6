import { useState } from 'react';
import { describeError } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { useLocation } from '../../../lib/router';
import { Page } from '../../../lib/ui/page';
import { unsubscribe } from '../api/email-settings-api';

type State = { status: 'asking' | 'sending' | 'done' } | { status: 'error'; message: string };

/**
 * /berhenti-email?token=… — opened from an email, signed in or not. Nothing changes on opening:
 * mail scanners open links too; the person confirms with the button.
 */
export function UnsubscribePage() {
  const { t } = useI18n();
  const token = useLocation().search.get('token') ?? '';
  const [state, setState] = useState<State>({ status: 'asking' });
  const confirm = () => {
    setState({ status: 'sending' });
    unsubscribe(token).then(
      () => setState({ status: 'done' }),
      (error: unknown) => setState({ status: 'error', message: describeError(error, t) }),
    );
  };
  return (
    <Page title={t('unsubscribe.title')}>
      <section className="card stack">
        {!token ? <p role="alert">{t('unsubscribe.missing')}</p> : null}
        {token && state.status === 'done' ? <p role="status">{t('unsubscribe.done')}</p> : null}
        {token && state.status !== 'done' ? (
          <>
            <p className="lead">{t('unsubscribe.intro')}</p>
            <div>
              <button
                type="button"
                className="btn btn-primary"
                disabled={state.status === 'sending'}
                onClick={confirm}
              >
                {t('unsubscribe.confirm')}
              </button>
            </div>
          </>
        ) : null}
        {state.status === 'error' ? (
          <p role="alert" className="alert alert-error">
            {state.message}
          </p>
        ) : null}
      </section>
    </Page>
  );
}
