import type { RuleSetChangesResponse } from '@kinerja/contract';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { describeError } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { Loading } from '../../../lib/ui/loading';
import { Page } from '../../../lib/ui/page';
import { fetchRuleSetChanges } from '../api/periods-api';

type Load =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; changes: RuleSetChangesResponse };

/** /aturan-periode — what changed between two rule sets, in words (issue 13 item 2). */
export function RuleSetChangesPage() {
  const { t } = useI18n();
  const fromId = useId();
  const toId = useId();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [choice, setChoice] = useState<{ from: string; to: string } | null>(null);
  const show = (from?: string, to?: string) =>
    fetchRuleSetChanges(from, to).then(
      (changes) => {
        setLoad({ status: 'ready', changes });
        setChoice({ from: changes.from.version, to: changes.to.version });
      },
      (error: unknown) => setLoad({ status: 'error', message: describeError(error, t) }),
    );
  useEffect(() => {
    void show();
    // The newest comparison once, on open.
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (choice) void show(choice.from, choice.to);
  };
  const changes = load.status === 'ready' ? load.changes : null;
  return (
    <Page title={t('ruleChanges.title')}>
      <p className="lead">{t('ruleChanges.intro')}</p>
      {load.status === 'loading' ? <Loading label={t('common.loading')} /> : null}
      {load.status === 'error' ? (
        <p role="alert" className="alert alert-error">
          {load.message}
        </p>
      ) : null}
      {changes && choice ? (
        <>
          <form className="card stack" onSubmit={submit}>
            <div className="window-dates">
              <div className="field">
                <label htmlFor={fromId}>{t('ruleChanges.from')}</label>
                <select
                  id={fromId}
                  value={choice.from}
                  onChange={(event) => setChoice({ ...choice, from: event.target.value })}
                >
                  {changes.ruleSets.map((r) => (
                    <option key={r.version} value={r.version}>
                      {r.label}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={toId}>{t('ruleChanges.to')}</label>
                <select
                  id={toId}
                  value={choice.to}
                  onChange={(event) => setChoice({ ...choice, to: event.target.value })}
                >
                  {changes.ruleSets.map((r) => (
                    <option key={r.version} value={r.version}>
                      {r.label}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <div className="actions">
              <button type="submit" className="btn btn-primary">
                {t('ruleChanges.show')}
              </button>
            </div>
          </form>
          <section className="card stack" aria-labelledby="rule-changes-rules">
            <h2 id="rule-changes-rules" className="card-heading">
              {t('ruleChanges.rules')}: {changes.from.label} → {changes.to.label}
            </h2>
            <ul className="plain-list stack">
              {changes.rules.map((sentence) => (
                <li key={sentence}>{sentence}</li>
              ))}
            </ul>
          </section>
          <section className="card stack" aria-labelledby="rule-changes-dates">
            <h2 id="rule-changes-dates" className="card-heading">
              {t('ruleChanges.dates')}
            </h2>
            {changes.dates.length === 0 ? (
              <p>{t('ruleChanges.noDates')}</p>
            ) : (
              <ul className="plain-list stack">
                {changes.dates.map((sentence) => (
                  <li key={sentence}>{sentence}</li>
                ))}
              </ul>
            )}
          </section>
        </>
      ) : null}
    </Page>
  );
}
