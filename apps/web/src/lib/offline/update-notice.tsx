import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import './offline.css';
import { applyWaitingRelease, registerServiceWorker } from './service-worker';

/** Registers the service worker and announces a waiting release: "Versi baru tersedia — muat ulang". */
export function UpdateNotice() {
  const { t } = useI18n();
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);
  useEffect(() => {
    void registerServiceWorker(setWaiting).catch(() => undefined);
  }, []);
  if (!waiting) return null;
  return (
    <div className="update-notice alert alert-info" role="status">
      <p>{t('offline.update.body')}</p>
      <button
        type="button"
        className="btn btn-primary"
        onClick={() => applyWaitingRelease(waiting)}
      >
        {t('offline.update.reload')}
      </button>
    </div>
  );
}
