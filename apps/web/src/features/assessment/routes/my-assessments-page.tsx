import type { MyAssessmentsResponse } from '@kinerja/contract';
import { useEffect, useState } from 'react';
import { describeError } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { onNotificationsChanged } from '../../../lib/notifications/notifications-api';
import { activeRoleIn, useMe } from '../../../lib/session/session';
import { Loading } from '../../../lib/ui/loading';
import { Page } from '../../../lib/ui/page';
import { fetchMyAssessments } from '../api/assessments-api';
import { AssessmentResult } from '../components/assessment-result';
import '../assessment.css';

type Load =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; data: MyAssessmentsResponse };

/** /penilaian-saya — the teacher's or principal's own final assessments ("Hasil Penilaian"). */
export function MyAssessmentsPage() {
  const { t } = useI18n();
  const me = useMe();
  const isEmployee = activeRoleIn(me, ['teacher', 'principal_employee']);
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [reloads, setReloads] = useState(0);
  // A result set while the page is open shows up when the person comes back to the window or opens
  // the bell's "Penilaian Kinerja telah ditetapkan" (which leads here, to the same path).
  useEffect(() => {
    if (!isEmployee) return;
    const reload = () => setReloads((count) => count + 1);
    window.addEventListener('focus', reload);
    const unsubscribe = onNotificationsChanged(reload);
    return () => {
      window.removeEventListener('focus', reload);
      unsubscribe();
    };
  }, [isEmployee]);
  useEffect(() => {
    if (!isEmployee) return;
    let isCurrent = true;
    fetchMyAssessments().then(
      (data) => isCurrent && setLoad({ status: 'ready', data }),
      (caught: unknown) =>
        isCurrent && setLoad({ status: 'error', message: describeError(caught, t) }),
    );
    return () => {
      isCurrent = false;
    };
  }, [isEmployee, t, reloads]);

  if (!isEmployee) {
    return (
      <Page title={t('assessment.mine.title')}>
        <p className="alert alert-info">{t('assessment.mine.wrongRole')}</p>
      </Page>
    );
  }
  return (
    <Page title={t('assessment.mine.title')}>
      {load.status === 'loading' ? <Loading label={t('common.loading')} /> : null}
      {load.status === 'error' ? (
        <p role="alert" className="alert alert-error">
          {load.message}
        </p>
      ) : null}
      {load.status === 'ready' && load.data.assessments.length === 0 ? (
        <p className="alert alert-info">{t('assessment.mine.none')}</p>
      ) : null}
      {load.status === 'ready'
        ? load.data.assessments.map((assessment, index) => (
            <div key={assessment.id ?? index} className="assessment-mine">
              <AssessmentResult
                assessment={assessment}
                headingId={`assessment-mine-${index}`}
                heading={t('assessment.mine.heading', {
                  period: assessment.periodLabel,
                  document: assessment.document.label,
                })}
                showAssessor
              />
            </div>
          ))
        : null}
    </Page>
  );
}
