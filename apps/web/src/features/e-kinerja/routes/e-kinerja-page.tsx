import type {
  EKinerjaOutboxResponse,
  EKinerjaOutboxRow,
  EKinerjaSyncStatus,
} from '@kinerja/contract';
import { useCallback, useEffect, useState } from 'react';
import { describeError } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { formatDateTime } from '../../../lib/i18n/format-date-time';
import { Link } from '../../../lib/router';
import { activeRoleIn, useMe } from '../../../lib/session/session';
import { Loading } from '../../../lib/ui/loading';
import { Page } from '../../../lib/ui/page';
import { dinasExportUrl, fetchOutbox, retryOutboxRow } from '../api/e-kinerja-api';
import '../e-kinerja.css';

const FILTERS: ReadonlyArray<EKinerjaSyncStatus | 'all'> = [
  'all',
  'failed',
  'retrying',
  'pending',
  'delivered',
];

function OutboxRow({
  row,
  onRetried,
}: {
  row: EKinerjaOutboxRow;
  onRetried: (row: EKinerjaOutboxRow) => void;
}) {
  const { t, locale } = useI18n();
  const [isPending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const retry = async () => {
    if (isPending) return;
    setPending(true);
    setError(null);
    try {
      onRetried(await retryOutboxRow(row.id));
    } catch (caught) {
      setError(describeError(caught, t));
    } finally {
      setPending(false);
    }
  };
  return (
    <li className="card ek-row" data-testid={`outbox-${row.id}`}>
      <p className="card-title">{row.employee.name}</p>
      <p className="muted">
        {row.kind} · {row.school.name}
      </p>
      {row.detail ? <p className="ek-detail">{row.detail}</p> : null}
      <p>
        <span className={`badge ek-status ek-status-${row.status}`}>{row.statusLabel}</span>{' '}
        <span className="muted">{t('journeys.ekinerja.attempts', { count: row.attempts })}</span>
      </p>
      <p className="muted">
        {row.deliveredAt
          ? t('journeys.ekinerja.deliveredAt', { date: formatDateTime(row.deliveredAt, locale) })
          : row.nextAttemptAt && row.status === 'retrying'
            ? t('journeys.ekinerja.nextAttempt', {
                date: formatDateTime(row.nextAttemptAt, locale),
              })
            : t('journeys.ekinerja.createdAt', { date: formatDateTime(row.createdAt, locale) })}
      </p>
      {row.lastError && row.status !== 'delivered' ? (
        <p className="alert alert-error ek-error">{row.lastError}</p>
      ) : null}
      {error ? (
        <p role="alert" className="alert alert-error">
          {error}
        </p>
      ) : null}
      {row.canRetry ? (
        <button
          type="button"
          className="btn btn-primary"
          disabled={isPending}
          aria-label={t('journeys.ekinerja.retryFor', { kind: row.kind, name: row.employee.name })}
          onClick={() => void retry()}
        >
          {isPending ? t('common.saving') : t('journeys.ekinerja.retry')}
        </button>
      ) : null}
    </li>
  );
}

/**
 * /e-kinerja — the e-Kinerja sync log with "Coba lagi" for failed records, and the Dinas's export of
 * agreed SKP and final predikat (domain.md §6.4, docs/E-KINERJA.md): operator, Dinas and admin.
 */
export function EKinerjaPage() {
  const { t } = useI18n();
  const me = useMe();
  if (!activeRoleIn(me, ['school_operator', 'dinas_official', 'admin'])) {
    return (
      <Page title={t('journeys.ekinerja.title')}>
        <p className="alert alert-info">{t('journeys.ekinerja.wrongRole')}</p>
        <Link to="/" className="btn btn-secondary">
          {t('common.backHome')}
        </Link>
      </Page>
    );
  }
  return <Outbox key={`${me.activeRole}-${me.activePeriod.id}`} />;
}

function Outbox() {
  const { t } = useI18n();
  const me = useMe();
  const grant = me.roles.find((role) => role.role === me.activeRole);
  const dinasId = me.activeRole === 'dinas_official' ? grant?.dinasId : null;
  const [status, setStatus] = useState<EKinerjaSyncStatus | 'all'>('all');
  const [data, setData] = useState<EKinerjaOutboxResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const [isLoading, setLoading] = useState(true);

  const load = useCallback(
    async (offset: number) => {
      setLoading(true);
      setError(null);
      try {
        const next = await fetchOutbox({ status, offset });
        setData((current) =>
          current && offset > 0 ? { ...next, rows: [...current.rows, ...next.rows] } : next,
        );
      } catch (caught) {
        setError(describeError(caught, t));
      } finally {
        setLoading(false);
      }
    },
    [status, t],
  );
  useEffect(() => void load(0), [load]);

  const retried = (row: EKinerjaOutboxRow) => {
    setFlash(t('journeys.ekinerja.retried', { name: row.employee.name }));
    void load(0);
  };

  return (
    <Page title={t('journeys.ekinerja.title')} wide>
      <p className="lead">{t('journeys.ekinerja.intro')}</p>
      {dinasId && grant ? (
        <section className="card ek-export" aria-labelledby="ek-export-title">
          <h2 id="ek-export-title" className="card-heading">
            {t('journeys.ekinerja.export')}
          </h2>
          <p className="muted">
            {t('journeys.ekinerja.exportHint', {
              period: me.activePeriod.label,
              area: grant.dinasName ?? '',
            })}
          </p>
          <div className="ek-export-links">
            <a
              className="btn btn-secondary"
              href={dinasExportUrl(dinasId, me.activePeriod.id, 'csv')}
              download
            >
              {t('journeys.ekinerja.exportCsv')}
            </a>
            <a
              className="btn btn-secondary"
              href={dinasExportUrl(dinasId, me.activePeriod.id, 'json')}
              download
            >
              {t('journeys.ekinerja.exportJson')}
            </a>
          </div>
        </section>
      ) : null}
      <h2>{t('journeys.ekinerja.outbox')}</h2>
      {data && !data.isConfigured ? (
        <p className="alert alert-info">{t('journeys.ekinerja.notConfigured')}</p>
      ) : null}
      {flash ? (
        <p role="status" className="alert alert-success">
          {flash}
        </p>
      ) : null}
      <div className="field ek-filter">
        <label htmlFor="ek-filter">{t('journeys.ekinerja.filter')}</label>
        <select
          id="ek-filter"
          value={status}
          onChange={(event) => {
            setFlash(null);
            setStatus(event.target.value as EKinerjaSyncStatus | 'all');
          }}
        >
          {FILTERS.map((value) => (
            <option key={value} value={value}>
              {t(`journeys.ekinerja.status.${value}`)}
              {data && value !== 'all' ? ` (${data.counts[value] ?? 0})` : ''}
            </option>
          ))}
        </select>
      </div>
      {isLoading ? <Loading label={t('common.loading')} /> : null}
      {error ? (
        <>
          <p role="alert" className="alert alert-error">
            {error}
          </p>
          <button type="button" className="btn btn-secondary" onClick={() => void load(0)}>
            {t('common.retry')}
          </button>
        </>
      ) : null}
      {data ? (
        <>
          <p className="muted" aria-live="polite">
            {t('journeys.ekinerja.shown', { shown: data.rows.length, total: data.total })}
          </p>
          {data.rows.length === 0 ? (
            <p className="note">{t('journeys.ekinerja.empty')}</p>
          ) : (
            <ul className="plain-list ek-list">
              {data.rows.map((row) => (
                <OutboxRow key={row.id} row={row} onRetried={retried} />
              ))}
            </ul>
          )}
          {data.rows.length < data.total && !isLoading ? (
            <button
              type="button"
              className="btn btn-secondary"
              onClick={() => void load(data.rows.length)}
            >
              {t('journeys.ekinerja.more')}
            </button>
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
