import { useI18n } from '../../../lib/i18n/i18n';
import { useLocation } from '../../../lib/router';
import { fetchSchoolDashboard } from '../api/dashboards-api';
import { queryFromSearch } from '../dashboard-query';
import { schoolDashboardApiPath } from '../paths';
import { useDashboardLoad } from '../use-dashboard-load';
import { DashboardMeta } from './dashboard-meta';
import { LoadStatus } from './load-status';
import { DashboardOverview } from './dashboard-overview';
import { TeacherTable } from './teacher-table';

/**
 * One school's dashboard: cards, plan-status and predikat charts and the teachers' table, for the
 * period and document of the address (defaults: the active period, its last document).
 */
export function SchoolDashboard({
  schoolId,
  canOpenPlans,
}: {
  schoolId: string;
  canOpenPlans: boolean;
}) {
  const { t } = useI18n();
  const { search } = useLocation();
  const query = queryFromSearch(search);
  const load = useDashboardLoad(schoolDashboardApiPath(schoolId, query), () =>
    fetchSchoolDashboard(schoolId, query),
  );
  const data = load.error ? null : load.data;
  return (
    <>
      <LoadStatus
        isLoading={load.isLoading}
        hasData={data !== null}
        error={load.error}
        onRetry={load.retry}
      />
      {data ? (
        <div className="dash-body" aria-busy={load.isLoading}>
          <p className="lead dash-area-name">
            <strong>{data.school.name}</strong>{' '}
            <span className="muted">{t('dashboard.npsn', { npsn: data.school.npsn })}</span>
          </p>
          <DashboardMeta period={data.period} document={data.document} query={query} />
          {data.rows.length === 0 ? (
            <p className="note">{t('dashboard.empty')}</p>
          ) : (
            <>
              <DashboardOverview totals={data.totals} />
              <TeacherTable rows={data.rows} canOpenPlans={canOpenPlans} />
            </>
          )}
        </div>
      ) : null}
    </>
  );
}
