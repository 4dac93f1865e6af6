import type { SchoolEvidenceResponse } from '@kinerja/contract';
import { useEffect, useState } from 'react';
import { describeError } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { Link } from '../../../lib/router';
import { useMe } from '../../../lib/session/session';
import { Loading } from '../../../lib/ui/loading';
import { Page } from '../../../lib/ui/page';
import { fetchSchoolEvidence } from '../api/evidence-api';
import { evidenceReviewPath } from '../evidence-paths';
import '../evidence.css';

/** /periksa/bukti — per teacher: collected, missing and RHK changes (issue #5 item 6). */
export function SchoolEvidencePage() {
  const { t } = useI18n();
  const me = useMe();
  const grant = me.roles.find((role) => role.role === me.activeRole);
  const schoolId = me.activeRole === 'principal_supervisor' ? (grant?.schoolId ?? null) : null;
  const [data, setData] = useState<SchoolEvidenceResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!schoolId) return;
    fetchSchoolEvidence(schoolId).then(setData, (cause: unknown) =>
      setError(describeError(cause, t)),
    );
  }, [schoolId, t, me.activePeriod.id]);
  return (
    <Page title={t('evidence.review.title')}>
      {!schoolId ? (
        <p className="alert alert-info">{t('evidence.review.wrongRole')}</p>
      ) : error ? (
        <p role="alert" className="alert alert-error">
          {error}
        </p>
      ) : !data ? (
        <Loading label={t('common.loading')} />
      ) : (
        <div className="stack">
          <p className="lead">
            {t('evidence.review.intro', { period: data.period.label, school: data.school.name })}
          </p>
          <p>{t('evidence.review.totals', data.totals)}</p>
          {data.teachers.length === 0 ? <p>{t('evidence.review.none')}</p> : null}
          <ul className="evidence-list" data-testid="school-evidence">
            {data.teachers.map((row) => (
              <li key={row.employee.id} className="card stack">
                <p className="card-title">{row.employee.name}</p>
                <p>
                  {t('evidence.review.collected', {
                    collected: row.progress.collected,
                    total: row.progress.total,
                  })}
                  {row.isChangedByEmployee ? (
                    <>
                      {' · '}
                      <strong className="evidence-changed">
                        {t('evidence.review.changed', { count: row.changeCount })}
                      </strong>
                    </>
                  ) : null}
                </p>
                {row.missing.length ? (
                  <>
                    <p>{t('evidence.review.missing')}:</p>
                    <ul>
                      {row.missing.map((m) => (
                        <li key={`${m.kind}-${m.code}`}>{m.title}</li>
                      ))}
                    </ul>
                  </>
                ) : null}
                {row.planId ? (
                  <Link to={evidenceReviewPath(row.planId)} className="btn btn-secondary">
                    {t('evidence.review.open', { name: row.employee.name })}
                  </Link>
                ) : (
                  <p className="hint">
                    {t('evidence.review.noPlanYet', {
                      status: t(`review.status.${row.planStatus}`),
                    })}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </Page>
  );
}
