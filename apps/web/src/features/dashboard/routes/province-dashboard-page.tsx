import { useI18n } from '../../../lib/i18n/i18n';
import { Link, useRouteParam } from '../../../lib/router';
import { Page } from '../../../lib/ui/page';
import { AreaDashboard } from '../components/area-dashboard';
import { DASHBOARD_PATH } from '../paths';
import '../dashboard.css';

/** /dasbor/provinsi/:code — one province, rows per kabupaten/kota (the server checks access). */
export function ProvinceDashboardPage() {
  const { t } = useI18n();
  const code = useRouteParam('code');
  return (
    <Page title={t('dashboard.title')} wide>
      <Link to={DASHBOARD_PATH} className="dash-back">
        {t('dashboard.back')}
      </Link>
      <AreaDashboard area={{ kind: 'province', code }} />
    </Page>
  );
}
