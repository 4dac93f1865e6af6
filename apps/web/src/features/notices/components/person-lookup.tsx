import type { PersonLookupItem } from '@kinerja/contract';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { toFormErrors } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { lookupPeople } from '../api/people-lookup-api';

type LookupProps = {
  /** The legend, e.g. "Pegawai" or "Anggota Tim Kinerja". */
  legend: string;
  hint?: string;
  value: PersonLookupItem | null;
  onChange: (person: PersonLookupItem | null) => void;
  /** A message about this choice from the form (e.g. the server's personId error). */
  error?: string | undefined;
};

/** Who a person is, in one line: school (or none) and Jenis PTK. */
export function PersonFacts({ person }: { person: PersonLookupItem }) {
  const { t } = useI18n();
  const where = person.school
    ? `${person.school.name} (NPSN ${person.school.npsn})`
    : t('notices.lookup.noSchool');
  return (
    <span className="person-facts">
      {where}
      {person.jenisPtk ? ` · ${person.jenisPtk}` : ''}
    </span>
  );
}

/**
 * Finds a person by exact NIP, NUPTK or email (GET /api/people/lookup) and lets the user choose
 * them; Enter in the box searches instead of submitting the surrounding form.
 */
export function PersonLookup({ legend, hint, value, onChange, error }: LookupProps) {
  const { t } = useI18n();
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<PersonLookupItem[] | null>(null);
  const [searchError, setSearchError] = useState<string | null>(null);
  const [isSearching, setSearching] = useState(false);
  const inFlight = useRef(false);
  const input = useRef<HTMLInputElement>(null);

  const search = async () => {
    if (inFlight.current) return;
    const q = query.trim();
    inFlight.current = true;
    setSearching(true);
    setSearchError(null);
    try {
      const found = await lookupPeople(q);
      setResults(found);
      // An exact identifier normally names one person: choose them at once.
      if (found.length === 1) onChange(found[0]!);
    } catch (caught) {
      const errors = toFormErrors(caught, ['q'], t);
      setSearchError(errors.fields.q ?? errors.general);
      setResults(null);
    } finally {
      inFlight.current = false;
      setSearching(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    void search();
  };

  const message = searchError ?? error;
  return (
    <fieldset className="lookup">
      <legend>{legend}</legend>
      {value ? (
        <div className="lookup-chosen">
          <p>
            <span className="visually-hidden">{t('notices.lookup.chosen')}: </span>
            <strong>{value.name}</strong>
            <PersonFacts person={value} />
          </p>
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() => {
              onChange(null);
              setResults(null);
              // The box comes back; put the cursor in it.
              window.setTimeout(() => input.current?.focus(), 0);
            }}
          >
            {t('notices.lookup.change')}
          </button>
        </div>
      ) : (
        <>
          <div className="field">
            <label htmlFor={inputId}>{t('notices.lookup.label')}</label>
            <p id={hintId} className="hint">
              {hint ?? t('notices.lookup.hint')}
            </p>
            <div className="lookup-row">
              <input
                ref={input}
                id={inputId}
                type="text"
                inputMode="email"
                autoComplete="off"
                spellCheck={false}
                value={query}
                aria-invalid={message ? true : undefined}
                aria-describedby={message ? `${hintId} ${errorId}` : hintId}
                onChange={(event) => setQuery(event.target.value)}
                onKeyDown={onKeyDown}
              />
              <button
                type="button"
                className="btn btn-secondary"
                disabled={isSearching}
                onClick={() => void search()}
              >
                {isSearching ? t('notices.lookup.searching') : t('notices.lookup.search')}
              </button>
            </div>
            {message ? (
              <p id={errorId} className="field-error">
                {message}
              </p>
            ) : null}
          </div>
          <LookupResults results={results} query={query.trim()} onChoose={onChange} />
        </>
      )}
    </fieldset>
  );
}

function LookupResults({
  results,
  query,
  onChoose,
}: {
  results: PersonLookupItem[] | null;
  query: string;
  onChoose: (person: PersonLookupItem) => void;
}) {
  const { t } = useI18n();
  return (
    <div role="status" className="lookup-results">
      {results && results.length === 0 ? (
        <p className="note">{t('notices.lookup.noneFound', { query })}</p>
      ) : null}
      {results && results.length > 1 ? (
        <ul className="plain-list lookup-list" aria-label={t('notices.lookup.results')}>
          {results.map((person) => (
            <li key={person.id} className="lookup-item">
              <p>
                <strong>{person.name}</strong>
                <PersonFacts person={person} />
                <span className="muted">{t(`notices.lookup.matched.${person.matchedBy}`)}</span>
              </p>
              <button
                type="button"
                className="btn btn-secondary"
                aria-label={`${t('notices.lookup.choose')} ${person.name}`}
                onClick={() => onChoose(person)}
              >
                {t('notices.lookup.choose')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
