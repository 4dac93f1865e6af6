import type { SchoolAssessmentsResponse } from '@kinerja/contract';
import { useEffect, useState } from 'react';
import { describeError } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { Link } from '../../../lib/router';
import { useMe } from '../../../lib/session/session';
import { Loading } from '../../../lib/ui/loading';
import { Page } from '../../../lib/ui/page';
import { fetchSchoolAssessments, schoolZipUrl } from '../api/assessments-api';
import { assessPath } from '../paths';
import '../assessment.css';

type Row = SchoolAssessmentsResponse['rows'][number];
type Load =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; data: SchoolAssessmentsResponse };

function RowAction({ row }: { row: Row }) {
  const { t } = useI18n();
  if (row.planStatus !== 'approved') {
    return <span className="muted">{t('assessment.list.planNotApproved')}</span>;
  }
  return (
    <Link
      to={assessPath(row.planId)}
      className="btn btn-secondary"
      aria-label={`${row.state === 'final' ? t('assessment.list.open') : t('assessment.list.assess')} ${row.employee.name}`}
    >
      {row.state === 'final' ? t('assessment.list.open') : t('assessment.list.assess')}
    </Link>
  );
}

/** /penilaian — Kepala Sekolah sebagai Atasan: the school's teachers, state and predikat (§3.9). */
export function SchoolAssessmentsPage() {
  const { t } = useI18n();
  const me = useMe();
  const grant = me.roles.find((role) => role.role === me.activeRole);
  const schoolId = me.activeRole === 'principal_supervisor' ? grant?.schoolId : null;
  if (!schoolId) {
    return (
      <Page title={t('assessment.list.title')}>
        <p className="alert alert-info">{t('assessment.list.wrongRole')}</p>
      </Page>
    );
  }
  return <SchoolList schoolId={schoolId} />;
}

function SchoolList({ schoolId }: { schoolId: string }) {
  const { t } = useI18n();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  useEffect(() => {
    let isCurrent = true;
    fetchSchoolAssessments(schoolId).then(
      (data) => isCurrent && setLoad({ status: 'ready', data }),
      (caught: unknown) =>
        isCurrent && setLoad({ status: 'error', message: describeError(caught, t) }),
    );
    return () => {
      isCurrent = false;
    };
  }, [schoolId, t]);

  const data = load.status === 'ready' ? load.data : null;
  return (
    <Page title={t('assessment.list.title')} wide>
      {load.status === 'loading' ? <Loading label={t('common.loading')} /> : null}
      {load.status === 'error' ? (
        <p role="alert" className="alert alert-error">
          {load.message}
        </p>
      ) : null}
      {data ? (
        <>
          <p className="lead">
            {t('assessment.list.intro', {
              school: data.school.name,
              period: data.period.label,
              document: data.document.label,
            })}
          </p>
          <p>
            <a className="btn btn-secondary" href={schoolZipUrl(schoolId, data.period.id)} download>
              {t('assessment.list.zip')}
            </a>
          </p>
          <p className="hint">{t('assessment.list.zipHint')}</p>
          {data.organisation.warnings.map((warning) => (
            <p key={warning.code} className="alert assessment-warning">
              {warning.message}
            </p>
          ))}
          {data.teachersWithoutPlan > 0 ? (
            <p className="note" data-testid="teachers-without-plan">
              {t('assessment.list.withoutPlan', { count: data.teachersWithoutPlan })}
            </p>
          ) : null}
          {data.rows.length === 0 ? (
            data.teachersWithoutPlan === 0 ? (
              <p className="note">{t('assessment.list.empty')}</p>
            ) : null
          ) : (
            <ul className="assessment-rows" aria-label={t('assessment.list.caption')}>
              {data.rows.map((row) => (
                <li key={row.planId} className="card assessment-row">
                  <p className="card-title">{row.employee.name}</p>
                  {row.employee.nip ? (
                    <p className="muted">{t('assessment.page.nip', { nip: row.employee.nip })}</p>
                  ) : null}
                  <dl className="assessment-facts">
                    <div>
                      <dt>{t('assessment.col.status')}</dt>
                      <dd>{t(`assessment.state.${row.state}`)}</dd>
                    </div>
                    <div>
                      <dt>{t('assessment.col.predikat')}</dt>
                      <dd>{row.predikat?.label ?? '—'}</dd>
                    </div>
                  </dl>
                  <RowAction row={row} />
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </Page>
  );
}
