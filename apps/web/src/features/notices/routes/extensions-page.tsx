import { useCallback, useEffect, useState } from 'react';
import { describeError } from '../../../lib/api/describe-error';
import { formatDate } from '../../../lib/i18n/format-date';
import { useI18n } from '../../../lib/i18n/i18n';
import { extensionRoles } from '../../../lib/notifications/notice-pages';
import { useMe } from '../../../lib/session/session';
import { Loading } from '../../../lib/ui/loading';
import { Page } from '../../../lib/ui/page';
import { fetchExtensionOverview, type ExtensionOverview } from '../api/extensions-api';
import { ExtensionForm, type GrantedExtension } from '../components/extension-form';
import { ExtensionList } from '../components/extension-list';
import { RoleGuard } from '../components/role-guard';
import '../notices.css';

type Load =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; overview: ExtensionOverview };

function ExtensionsContent() {
  const { t, locale } = useI18n();
  const me = useMe();
  const period = me.activePeriod;
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [done, setDone] = useState<GrantedExtension | null>(null);
  const reload = useCallback(async () => {
    try {
      setLoad({ status: 'ready', overview: await fetchExtensionOverview(period.id) });
    } catch (error) {
      setLoad({ status: 'error', message: describeError(error, t) });
    }
  }, [period.id, t]);
  useEffect(() => void reload(), [reload]);

  return (
    <Page title={t('notices.ext.title')} wide>
      <p className="lead">{t('notices.ext.intro')}</p>
      <div role="status" className={done ? 'alert alert-success' : 'alert-empty'}>
        {done
          ? t('notices.ext.done', {
              stage: t(`notices.stage.${done.stage}`),
              name: done.name,
              date: formatDate(done.until, locale),
            })
          : null}
      </div>
      <div className="notices-columns">
        <ExtensionForm
          period={period}
          onGranted={(granted) => {
            setDone(granted);
            void reload();
          }}
        />
        <section className="stack" aria-labelledby="extensions-heading">
          <h2 id="extensions-heading" className="section-heading">
            {t('notices.ext.listTitle', { period: period.label })}
          </h2>
          {load.status === 'loading' ? <Loading label={t('common.loading')} /> : null}
          {load.status === 'error' ? (
            <p role="alert" className="alert alert-error">
              {load.message}
            </p>
          ) : null}
          {load.status === 'ready' && load.overview.extensions.length === 0 ? (
            <p className="note">{t('notices.ext.listEmpty')}</p>
          ) : null}
          {load.status === 'ready' ? <ExtensionList extensions={load.overview.extensions} /> : null}
        </section>
      </div>
    </Page>
  );
}

/** /perpanjangan — "Perpanjangan Tenggat" for the Dinas and administrators (domain.md §2.4). */
export function ExtensionsPage() {
  const { t } = useI18n();
  return (
    <RoleGuard roles={extensionRoles} title={t('notices.ext.title')}>
      <ExtensionsContent />
    </RoleGuard>
  );
}
