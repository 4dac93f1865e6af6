import type { EmailPreferenceResponse } from '@kinerja/contract';
import { useEffect, useState, type FormEvent } from 'react';
import { describeError } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { Loading } from '../../../lib/ui/loading';
import { Page } from '../../../lib/ui/page';
import { fetchEmailPreference, saveEmailPreference } from '../api/email-settings-api';

type Load =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; preference: EmailPreferenceResponse };

/** /pengaturan/email — email on or off, each notification at once or a daily summary. */
export function EmailSettingsPage() {
  const { t } = useI18n();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [enabled, setEnabled] = useState(true);
  const [frequency, setFrequency] = useState<'immediate' | 'daily'>('daily');
  const [note, setNote] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  useEffect(() => {
    fetchEmailPreference().then(
      (preference) => {
        setEnabled(preference.enabled);
        setFrequency(preference.frequency);
        setLoad({ status: 'ready', preference });
      },
      (error: unknown) => setLoad({ status: 'error', message: describeError(error, t) }),
    );
  }, [t]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setIsSaving(true);
    setNote(null);
    saveEmailPreference({ enabled, frequency })
      .then(
        (preference) => {
          setLoad({ status: 'ready', preference });
          setNote({ kind: 'saved', text: t('email.saved') });
        },
        (error: unknown) => setNote({ kind: 'error', text: describeError(error, t) }),
      )
      .finally(() => setIsSaving(false));
  };

  return (
    <Page title={t('email.title')}>
      {load.status === 'loading' ? <Loading label={t('common.loading')} /> : null}
      {load.status === 'error' ? (
        <p role="alert" className="alert alert-error">
          {load.message}
        </p>
      ) : null}
      {load.status === 'ready' ? (
        <form className="card stack" onSubmit={submit}>
          <p className="lead">
            {load.preference.emailAddress
              ? t('email.intro', { address: load.preference.emailAddress })
              : t('email.noAddress')}
          </p>
          {load.preference.isEmailAvailable ? null : (
            <p className="muted">{t('email.unavailable')}</p>
          )}
          <label className="radio">
            <input
              type="checkbox"
              checked={enabled}
              onChange={(event) => setEnabled(event.target.checked)}
            />
            <span>{t('email.enabled')}</span>
          </label>
          <fieldset disabled={!enabled}>
            <legend>{t('email.frequency')}</legend>
            {(['daily', 'immediate'] as const).map((value) => (
              <label key={value} className="radio">
                <input
                  type="radio"
                  name="frequency"
                  value={value}
                  checked={frequency === value}
                  onChange={() => setFrequency(value)}
                />
                <span>{t(`email.frequency.${value}`)}</span>
              </label>
            ))}
          </fieldset>
          <div>
            <button type="submit" className="btn btn-primary" disabled={isSaving}>
              {isSaving ? t('common.saving') : t('common.save')}
            </button>
          </div>
          {note ? (
            <p
              role={note.kind === 'error' ? 'alert' : 'status'}
              className={note.kind === 'error' ? 'alert alert-error' : 'alert alert-info'}
            >
              {note.text}
            </p>
          ) : null}
        </form>
      ) : null}
    </Page>
  );
}
