import type { PersonLookupItem } from '@kinerja/contract';
import { useId, useState, type FormEvent } from 'react';
import { toFormErrors } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { activeRoleIn, useMe } from '../../../lib/session/session';
import { Page } from '../../../lib/ui/page';
import { findAccounts } from '../api/people-api';
import { ResetPasswordDialog } from '../components/reset-password-dialog';
import '../people.css';

/**
 * /akun — "Atur Ulang Kata Sandi" for the level above the school: the Dinas resets principals' accounts
 * in its jurisdiction, the admin the Dinas' and pengawas' (issue 12). The button follows the API's
 * `abilities.canResetPassword`; the lookup only finds accounts within the caller's reach.
 */
export function AccountResetPage() {
  const { t } = useI18n();
  const me = useMe();
  if (!activeRoleIn(me, ['dinas_official', 'admin'])) {
    return (
      <Page title={t('accounts.title')}>
        <p className="alert alert-info">{t('accounts.wrongRole')}</p>
      </Page>
    );
  }
  return (
    <Page title={t('accounts.title')}>
      <p className="lead">
        {me.activeRole === 'admin' ? t('accounts.introAdmin') : t('accounts.introDinas')}
      </p>
      <AccountSearch />
    </Page>
  );
}

function AccountSearch() {
  const { t } = useI18n();
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<PersonLookupItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isSearching, setSearching] = useState(false);
  const [resetting, setResetting] = useState<PersonLookupItem | null>(null);

  const search = async (event: FormEvent) => {
    event.preventDefault();
    if (isSearching) return;
    setSearching(true);
    setError(null);
    try {
      setResults(await findAccounts(query.trim()));
    } catch (caught) {
      const errors = toFormErrors(caught, ['q'], t);
      setError(errors.fields.q ?? errors.general);
      setResults(null);
    } finally {
      setSearching(false);
    }
  };

  return (
    <>
      <form className="card" onSubmit={(event) => void search(event)} noValidate>
        <div className="field">
          <label htmlFor={inputId}>{t('accounts.query')}</label>
          <p id={hintId} className="hint">
            {t('accounts.queryHint')}
          </p>
          <div className="account-search-row">
            <input
              id={inputId}
              type="text"
              inputMode="email"
              autoComplete="off"
              spellCheck={false}
              value={query}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${hintId} ${errorId}` : hintId}
              onChange={(event) => setQuery(event.target.value)}
            />
            <button type="submit" className="btn btn-primary" disabled={isSearching}>
              {isSearching ? t('accounts.searching') : t('accounts.search')}
            </button>
          </div>
          {error ? (
            <p id={errorId} className="field-error">
              {error}
            </p>
          ) : null}
        </div>
      </form>
      {results && results.length === 0 ? (
        <p role="status" className="note">
          {t('accounts.notFound')}
        </p>
      ) : null}
      {results && results.length > 0 ? (
        <ul className="staff-list plain-list">
          {results.map((person) => (
            <li key={person.id} className="card staff-card">
              <p className="staff-name">{person.name}</p>
              <p className="muted">
                {person.school
                  ? `${person.school.name} (NPSN ${person.school.npsn})`
                  : t('accounts.noSchool')}
                {person.jenisPtk ? ` · ${person.jenisPtk}` : ''}
              </p>
              {person.abilities?.canResetPassword ? (
                <button
                  type="button"
                  className="btn btn-secondary"
                  aria-label={t('staff.resetFor', { name: person.name })}
                  onClick={() => setResetting(person)}
                >
                  {t('staff.reset')}
                </button>
              ) : (
                <p className="note">{t('accounts.notYours')}</p>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {resetting ? (
        <ResetPasswordDialog person={resetting} onClose={() => setResetting(null)} />
      ) : null}
    </>
  );
}
