import { useI18n } from '../../../lib/i18n/i18n';
import { Link, useRouteParam } from '../../../lib/router';
import { useMe } from '../../../lib/session/session';
import { Page } from '../../../lib/ui/page';
import { SchoolDashboard } from '../components/school-dashboard';
import { DASHBOARD_PATH } from '../paths';
import '../dashboard.css';

/**
 * /dasbor/sekolah/:schoolId — one school for the Dinas or Admin drill-down (the server checks
 * access). Only the school's own head opens teachers' assessments from here (domain.md §1.2).
 */
export function SchoolDashboardPage() {
  const { t } = useI18n();
  const me = useMe();
  const schoolId = useRouteParam('schoolId');
  return (
    <Page title={t('dashboard.title')} wide>
      <Link to={DASHBOARD_PATH} className="dash-back">
        {t('dashboard.back')}
      </Link>
      <SchoolDashboard
        schoolId={schoolId}
        canOpenPlans={me.activeRole === 'principal_supervisor'}
      />
    </Page>
  );
}
