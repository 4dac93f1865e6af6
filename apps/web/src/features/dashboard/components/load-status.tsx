import { describeError } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { Loading } from '../../../lib/ui/loading';

/** Loading line while nothing is shown yet, or the error with "Coba lagi". */
export function LoadStatus({
  isLoading,
  hasData,
  error,
  onRetry,
}: {
  isLoading: boolean;
  hasData: boolean;
  error: unknown;
  onRetry: () => void;
}) {
  const { t } = useI18n();
  if (error) {
    return (
      <div role="alert" className="alert alert-error dash-alert">
        <span>{t('dashboard.loadFailed', { reason: describeError(error, t) })}</span>
        <button type="button" className="btn btn-secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  if (isLoading && !hasData) return <Loading label={t('common.loading')} />;
  return null;
}
