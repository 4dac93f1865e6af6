import type { StorageUsageResponse } from '@kinerja/contract';
import { useEffect, useState } from 'react';
import { describeError } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { Loading } from '../../../lib/ui/loading';
import { Page } from '../../../lib/ui/page';
import { fetchStorageUsage } from '../api/storage-api';
import { formatBytes, formatCount } from '../format-bytes';

type Load =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; usage: StorageUsageResponse };

/** /admin/penyimpanan — how much the file storage holds and what awaits clean-up (Admin). */
export function StoragePage() {
  const { t, locale } = useI18n();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  useEffect(() => {
    fetchStorageUsage().then(
      (usage) => setLoad({ status: 'ready', usage }),
      (error: unknown) => setLoad({ status: 'error', message: describeError(error, t) }),
    );
  }, [t]);
  const row = (label: string, figures: { files: number; bytes: number }) => (
    <tr>
      <th scope="row">{label}</th>
      <td>{t('storage.files', { count: formatCount(figures.files, locale) })}</td>
      <td>{formatBytes(figures.bytes, locale)}</td>
    </tr>
  );
  return (
    <Page title={t('storage.title')}>
      {load.status === 'loading' ? <Loading label={t('common.loading')} /> : null}
      {load.status === 'error' ? (
        <p role="alert" className="alert alert-error">
          {load.message}
        </p>
      ) : null}
      {load.status === 'ready' ? (
        <section className="card stack">
          <p className="lead">
            {t(load.usage.store === 's3' ? 'storage.store.s3' : 'storage.store.local')}
          </p>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('storage.col.what')}</th>
                <th scope="col">{t('storage.col.files')}</th>
                <th scope="col">{t('storage.col.size')}</th>
              </tr>
            </thead>
            <tbody>
              {row(t('storage.stored'), load.usage.stored)}
              {row(t('storage.unreferenced'), load.usage.unreferenced)}
              {row(t('storage.temporary'), load.usage.temporary)}
            </tbody>
          </table>
          <p className="muted">
            {t('storage.note', {
              grace: formatCount(load.usage.graceHours, locale),
              tempAge: formatCount(load.usage.temporaryMaxAgeHours, locale),
            })}
          </p>
        </section>
      ) : null}
    </Page>
  );
}
