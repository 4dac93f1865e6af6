import type { DinasPrincipalRow, DinasPrincipalsResponse } from '@kinerja/contract';
import { ruleSetFor } from '@kinerja/domain';
import { useCallback, useEffect, useState } from 'react';
import { describeError } from '../../../lib/api/describe-error';
import { fetchDinasPrincipals } from '../../../lib/api/dinas-principals-api';
import { useI18n } from '../../../lib/i18n/i18n';
import { Link } from '../../../lib/router';
import { useMe } from '../../../lib/session/session';
import { Loading } from '../../../lib/ui/loading';
import { Page } from '../../../lib/ui/page';
import { dinasZipUrl } from '../api/assessments-api';
import { assessPath } from '../paths';
import '../assessment.css';

function RowAction({ row }: { row: DinasPrincipalRow }) {
  const { t } = useI18n();
  if (row.planStatus !== 'approved' || !row.planId) {
    return <span className="muted">{t('assessment.list.planNotApproved')}</span>;
  }
  const label =
    row.assessment.state === 'final' ? t('assessment.list.open') : t('assessment.list.assess');
  return (
    <Link
      to={assessPath(row.planId)}
      className={row.assessment.state === 'final' ? 'btn btn-secondary' : 'btn btn-primary'}
      aria-label={`${label} ${row.employee.name}`}
    >
      {label}
    </Link>
  );
}

function PrincipalRow({ row, hasTimKinerja }: { row: DinasPrincipalRow; hasTimKinerja: boolean }) {
  const { t } = useI18n();
  const { assessment } = row;
  // Tim Kinerja exists only where the rule set plots it (2026); before, the pengawas recommends (§1.2).
  const recommendations = hasTimKinerja
    ? 'journeys.principals.recommendations'
    : 'journeys.principals.recommendationsPengawas';
  return (
    <li className="card assessment-row" data-testid={`principal-assessment-${row.employee.id}`}>
      <p className="card-title">{row.employee.name}</p>
      <p className="muted">
        {t('journeys.principals.school', { school: row.school.name, npsn: row.school.npsn })}
      </p>
      <dl className="assessment-facts">
        <div>
          <dt>{t('assessment.col.status')}</dt>
          <dd>{t(`assessment.state.${assessment.state}`)}</dd>
        </div>
        <div>
          <dt>{t('assessment.col.predikat')}</dt>
          <dd>{assessment.predikat?.label ?? '—'}</dd>
        </div>
      </dl>
      {assessment.recommendationCount > 0 ? (
        <p className="note">{t(recommendations, { count: assessment.recommendationCount })}</p>
      ) : null}
      <RowAction row={row} />
    </li>
  );
}

/**
 * /penilaian/kepala-sekolah — the Dinas as the principals' Pejabat Penilai Kinerja: every principal
 * of its region, state, predikat and Tim Kinerja recommendations, one tap to the assessment form,
 * and the region's documents as one ZIP (domain.md §1.2, §3.8, §3.9, §5.6).
 */
export function PrincipalAssessmentsPage() {
  const { t } = useI18n();
  const me = useMe();
  const grant = me.roles.find((role) => role.role === me.activeRole);
  const dinasId = me.activeRole === 'dinas_official' ? grant?.dinasId : null;
  if (!dinasId) {
    return (
      <Page title={t('journeys.principals.title')}>
        <p className="alert alert-info">{t('journeys.principals.wrongRole')}</p>
        <Link to="/" className="btn btn-secondary">
          {t('common.backHome')}
        </Link>
      </Page>
    );
  }
  return <PrincipalList key={`${dinasId}-${me.activePeriod.id}`} dinasId={dinasId} />;
}

function PrincipalList({ dinasId }: { dinasId: string }) {
  const hasTimKinerja = ruleSetFor(useMe().activePeriod.ruleSetVersion).timKinerja.isPlotted;
  const { t } = useI18n();
  const [data, setData] = useState<DinasPrincipalsResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isLoading, setLoading] = useState(true);

  const load = useCallback(
    async (offset: number) => {
      setLoading(true);
      setError(null);
      try {
        const next = await fetchDinasPrincipals(dinasId, { offset });
        setData((current) =>
          current && offset > 0 ? { ...next, rows: [...current.rows, ...next.rows] } : next,
        );
      } catch (caught) {
        setError(describeError(caught, t));
      } finally {
        setLoading(false);
      }
    },
    [dinasId, t],
  );
  useEffect(() => void load(0), [load]);

  return (
    <Page title={t('journeys.principals.title')} wide>
      {data ? (
        <>
          <p className="lead">
            {t(data.isAssessor ? 'journeys.principals.intro' : 'journeys.principals.introReader', {
              dinas: data.dinas.name,
              period: data.period.label,
              document: data.document.label,
            })}
          </p>
          <p>
            <a className="btn btn-secondary" href={dinasZipUrl(dinasId, data.period.id)} download>
              {t('journeys.principals.zip')}
            </a>
          </p>
          <p className="hint">{t('journeys.principals.zipHint')}</p>
        </>
      ) : null}
      {isLoading ? <Loading label={t('common.loading')} /> : null}
      {error ? (
        <>
          <p role="alert" className="alert alert-error">
            {error}
          </p>
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() => void load(data?.rows.length ?? 0)}
          >
            {t('common.retry')}
          </button>
        </>
      ) : null}
      {data ? (
        <>
          <p className="muted" aria-live="polite">
            {t('journeys.principals.shown', { shown: data.rows.length, total: data.total })}
          </p>
          {data.rows.length === 0 ? (
            <p className="note">{t('journeys.principals.empty')}</p>
          ) : (
            <ul className="assessment-rows is-grid" aria-label={t('journeys.principals.caption')}>
              {data.rows.map((row) => (
                <PrincipalRow key={row.employee.id} row={row} hasTimKinerja={hasTimKinerja} />
              ))}
            </ul>
          )}
          {data.rows.length < data.total && !isLoading ? (
            <button
              type="button"
              className="btn btn-secondary"
              onClick={() => void load(data.rows.length)}
            >
              {t('journeys.principals.more')}
            </button>
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
