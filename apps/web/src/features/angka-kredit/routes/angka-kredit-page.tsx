import type { AngkaKreditResponse } from '@kinerja/contract';
import { useCallback, useEffect, useState } from 'react';
import { describeError } from '../../../lib/api/describe-error';
import { useI18n, type Locale } from '../../../lib/i18n/i18n';
import { Link } from '../../../lib/router';
import { activeRoleIn, useMe } from '../../../lib/session/session';
import { Loading } from '../../../lib/ui/loading';
import { Page } from '../../../lib/ui/page';
import { fetchMyAngkaKredit } from '../api/angka-kredit-api';
import '../angka-kredit.css';

/** "12,5" in Indonesian, "12.5" in English: at most three decimals. */
const number = (value: number, locale: Locale) =>
  value.toLocaleString(locale === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 3 });

function Progress({ data }: { data: AngkaKreditResponse }) {
  const { t, locale } = useI18n();
  const { promotion } = data;
  if (!promotion) return <p className="note">{t('journeys.angkaKredit.noPromotion')}</p>;
  const have = promotion.threshold - promotion.remaining;
  const percent = Math.max(0, Math.min(100, (have / promotion.threshold) * 100));
  return (
    <section className="card ak-progress" aria-labelledby="ak-next">
      <h2 id="ak-next" className="card-heading">
        {t(
          promotion.isCareerLevelPromotion
            ? 'journeys.angkaKredit.nextLevel'
            : 'journeys.angkaKredit.nextRank',
          { next: promotion.next },
        )}
      </h2>
      <div
        className="ak-bar"
        role="progressbar"
        aria-labelledby="ak-next"
        aria-valuemin={0}
        aria-valuemax={promotion.threshold}
        aria-valuenow={Math.max(0, have)}
      >
        <span style={{ width: `${percent}%` }} />
      </div>
      <p>
        {t('journeys.angkaKredit.progress', {
          have: number(Math.max(0, have), locale),
          need: number(promotion.threshold, locale),
        })}
      </p>
      {promotion.isEligible ? (
        <p className="alert alert-success">{t('journeys.angkaKredit.eligible')}</p>
      ) : (
        <>
          <p>
            {t('journeys.angkaKredit.remaining', {
              remaining: number(promotion.remaining, locale),
            })}
          </p>
          {promotion.yearsAtBaik !== null ? (
            <p className="muted">
              {t('journeys.angkaKredit.years', { years: promotion.yearsAtBaik })}
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}

function Entries({ data }: { data: AngkaKreditResponse }) {
  const { t, locale } = useI18n();
  if (data.entries.length === 0) {
    return <p className="alert alert-info">{t('journeys.angkaKredit.none')}</p>;
  }
  return (
    <ul className="plain-list ak-entries">
      {data.entries.map((entry) => (
        <li key={entry.assessmentId} className="card">
          <p className="card-title">
            {t('journeys.angkaKredit.entry', {
              period: entry.periodLabel,
              document: entry.document.label,
            })}
          </p>
          <p className="muted">
            {t('journeys.angkaKredit.entryDetail', {
              predikat: entry.predikat.label,
              months: entry.months,
              percentage: number(entry.percentage, locale),
              coefficient: number(entry.coefficient, locale),
            })}
          </p>
          {entry.isCounted && entry.angkaKredit !== null ? (
            <p className="ak-value">
              {t('journeys.angkaKredit.entryValue', { value: number(entry.angkaKredit, locale) })}
            </p>
          ) : (
            <p className="muted">{t('journeys.angkaKredit.notCounted')}</p>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * /angka-kredit — the person's own angka kredit: each final predikat converted and the cumulative
 * total against the next jenjang or pangkat (domain.md §4.6, §5.4).
 */
export function AngkaKreditPage() {
  const { t, locale } = useI18n();
  const me = useMe();
  const isEmployee = activeRoleIn(me, ['teacher', 'principal_employee']);
  const [data, setData] = useState<AngkaKreditResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    setError(null);
    try {
      setData(await fetchMyAngkaKredit());
    } catch (caught) {
      setError(describeError(caught, t));
    }
  }, [t]);
  useEffect(() => {
    if (isEmployee) void load();
  }, [isEmployee, load]);

  if (!isEmployee) {
    return (
      <Page title={t('journeys.angkaKredit.title')}>
        <p className="alert alert-info">{t('journeys.angkaKredit.wrongRole')}</p>
        <Link to="/" className="btn btn-secondary">
          {t('common.backHome')}
        </Link>
      </Page>
    );
  }
  return (
    <Page title={t('journeys.angkaKredit.title')}>
      <p className="lead">{t('journeys.angkaKredit.intro')}</p>
      {error ? (
        <>
          <p role="alert" className="alert alert-error">
            {error}
          </p>
          <button type="button" className="btn btn-secondary" onClick={() => void load()}>
            {t('common.retry')}
          </button>
        </>
      ) : null}
      {!data && !error ? <Loading label={t('common.loading')} /> : null}
      {data ? (
        <>
          <dl className="ak-facts">
            {data.careerLevel ? (
              <div>
                <dt>{t('journeys.angkaKredit.careerLevel')}</dt>
                <dd>{data.careerLevel.label}</dd>
              </div>
            ) : null}
            {data.pangkat || data.golonganRuang ? (
              <div>
                <dt>{t('journeys.angkaKredit.golongan')}</dt>
                <dd>{[data.pangkat, data.golonganRuang].filter(Boolean).join(', ')}</dd>
              </div>
            ) : null}
            <div>
              <dt>{t('journeys.angkaKredit.total')}</dt>
              <dd className="ak-value">{number(data.total, locale)}</dd>
            </div>
            <div>
              <dt>{t('journeys.angkaKredit.within')}</dt>
              <dd>{number(data.withinCareerLevel, locale)}</dd>
            </div>
          </dl>
          <Progress data={data} />
          {data.notes.map((note) => (
            <p key={note} className="note">
              {note}
            </p>
          ))}
          <h2>{t('journeys.angkaKredit.entries')}</h2>
          <Entries data={data} />
        </>
      ) : null}
    </Page>
  );
}
