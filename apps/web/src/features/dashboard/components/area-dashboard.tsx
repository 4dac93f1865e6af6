import { useI18n } from '../../../lib/i18n/i18n';
import { useLocation } from '../../../lib/router';
import { fetchAreaDashboard } from '../api/dashboards-api';
import { queryFromSearch } from '../dashboard-query';
import { areaDashboardApiPath, dashboardXlsxUrl, type AreaRef } from '../paths';
import { useDashboardLoad } from '../use-dashboard-load';
import { AreaTable } from './area-table';
import { DashboardMeta } from './dashboard-meta';
import { LoadStatus } from './load-status';
import { DashboardOverview } from './dashboard-overview';

/**
 * A Dinas, national or province dashboard: the same cards and charts for the totals, one row per
 * school or region, and "Unduh XLSX" of exactly the period and document on screen.
 */
export function AreaDashboard({ area }: { area: AreaRef }) {
  const { t } = useI18n();
  const { search } = useLocation();
  const query = queryFromSearch(search);
  const load = useDashboardLoad(areaDashboardApiPath(area, query), () =>
    fetchAreaDashboard(area, query),
  );
  const data = load.error ? null : load.data;
  // Drill-down links and the download name the period and document actually shown.
  const shown = data ? { periodId: data.period.id, document: data.document.code } : query;
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
            <strong>{data.area.name}</strong>
          </p>
          <DashboardMeta
            period={data.period}
            document={data.document}
            query={query}
            xlsxUrl={dashboardXlsxUrl(area, shown)}
          />
          {data.rows.length === 0 || data.totals.teachers === 0 ? (
            <p className="note">{t('dashboard.empty')}</p>
          ) : (
            <>
              <DashboardOverview totals={data.totals} />
              <AreaTable rows={data.rows} query={shown} />
            </>
          )}
        </div>
      ) : null}
    </>
  );
}
