import type { AdminPeriod, AdminPeriodListResponse } from '@kinerja/contract';
import { useCallback, useEffect, useState } from 'react';
import { describeError } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { Link } from '../../../lib/router';
import { Loading } from '../../../lib/ui/loading';
import { Page } from '../../../lib/ui/page';
import { fetchAdminPeriods } from '../api/periods-api';
import { CreatePeriodForm } from '../components/create-period-form';
import { EditWindowsForm } from '../components/edit-windows-form';
import { PeriodCard } from '../components/period-card';

type Load =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; list: AdminPeriodListResponse };

/** /admin/periode — the admin creates periods and sets their stage windows (issue 13 item 1). */
export function PeriodsPage() {
  const { t } = useI18n();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [editing, setEditing] = useState<string | null>(null);
  const [isCreating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const reload = useCallback(
    () =>
      fetchAdminPeriods().then(
        (list) => setLoad({ status: 'ready', list }),
        (error: unknown) => setLoad({ status: 'error', message: describeError(error, t) }),
      ),
    [t],
  );
  useEffect(() => void reload(), [reload]);
  const done = (message: string) => {
    setEditing(null);
    setCreating(false);
    setNotice(message);
    void reload();
  };
  if (load.status !== 'ready')
    return (
      <Page title={t('periods.title')}>
        {load.status === 'loading' ? <Loading label={t('common.loading')} /> : null}
        {load.status === 'error' ? (
          <p role="alert" className="alert alert-error">
            {load.message}
          </p>
        ) : null}
      </Page>
    );
  const { periods, ruleSets } = load.list;
  const labelOf = (version: string) =>
    ruleSets.find((r) => r.version === version)?.label ?? version;
  const newestFirst = [...periods].reverse();
  const last = periods.at(-1);
  return (
    <Page title={t('periods.title')}>
      <p className="lead">{t('periods.intro')}</p>
      <div role="status">{notice ? <p className="alert alert-info">{notice}</p> : null}</div>
      <div className="actions">
        {last && !isCreating ? (
          <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
            {t('periods.create')}
          </button>
        ) : null}
        <Link to="/aturan-periode" className="btn btn-secondary">
          {t('periods.changes')}
        </Link>
      </div>
      {isCreating && last ? (
        <CreatePeriodForm
          last={last}
          ruleSets={ruleSets}
          onCreated={(created: AdminPeriod) => done(t('periods.created', { label: created.label }))}
          onCancel={() => setCreating(false)}
        />
      ) : null}
      <div className="stack">
        {newestFirst.map((period) =>
          editing === period.id ? (
            <EditWindowsForm
              key={period.id}
              period={period}
              onSaved={(saved) => done(t('periods.saved', { label: saved.label }))}
              onCancel={() => setEditing(null)}
            />
          ) : (
            <PeriodCard
              key={period.id}
              period={period}
              ruleSetLabel={labelOf(period.ruleSetVersion)}
              onEdit={() => {
                setNotice(null);
                setEditing(period.id);
              }}
            />
          ),
        )}
      </div>
    </Page>
  );
}
