import { useI18n } from '../../../lib/i18n/i18n';
import { useMe } from '../../../lib/session/session';
import { Page } from '../../../lib/ui/page';
import { AreaDashboard } from '../components/area-dashboard';
import { HeadlessSchools } from '../components/headless-schools';
import { SchoolDashboard } from '../components/school-dashboard';
import { dashboardScope } from '../dashboard-query';
import '../dashboard.css';

/**
 * /dasbor "Dasbor Kinerja": the principal's school, the Dinas official's schools, or the Admin's
 * provinces — whatever the active role oversees (domain.md §1.2).
 */
export function DashboardPage() {
  const { t } = useI18n();
  const scope = dashboardScope(useMe());
  return (
    <Page title={t('dashboard.title')} wide>
      {scope.kind === 'school' ? <SchoolDashboard schoolId={scope.schoolId} canOpenPlans /> : null}
      {scope.kind === 'area' && scope.area.kind === 'dinas' ? (
        <HeadlessSchools dinasId={scope.area.code} />
      ) : null}
      {scope.kind === 'area' ? <AreaDashboard area={scope.area} /> : null}
      {scope.kind === 'none' ? (
        <p className="alert alert-info">{t('dashboard.wrongRole')}</p>
      ) : null}
    </Page>
  );
}
