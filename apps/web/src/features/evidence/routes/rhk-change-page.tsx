import type { EmployeeKind, PlanOptionsResponse, RhkOverviewResponse } from '@kinerja/contract';
import { useState } from 'react';
import { describeError } from '../../../lib/api/describe-error';
import { formatDate } from '../../../lib/i18n/format-date';
import { useI18n } from '../../../lib/i18n/i18n';
import { fetchPlanOptions } from '../../../lib/plans/plans-api';
import { Link } from '../../../lib/router';
import { useMe } from '../../../lib/session/session';
import { Loading } from '../../../lib/ui/loading';
import { Page } from '../../../lib/ui/page';
import { fetchRhk } from '../api/evidence-api';
import { ConfirmDialog } from '../components/confirm-dialog';
import { RhkChangeForm } from '../components/rhk-change-form';
import { CurrentRhk, RhkHistory } from '../components/rhk-history';
import { EVIDENCE_PATH } from '../evidence-paths';
import { employeeKindOf, useMyPlan } from '../use-my-plan';
import '../evidence.css';

type Step = 'view' | 'discuss' | 'edit';

function RhkContent({ kind }: { kind: EmployeeKind }) {
  const { t, locale } = useI18n();
  const { state, setState, reload } = useMyPlan(kind, fetchRhk);
  const [step, setStep] = useState<Step>('view');
  const [discussed, setDiscussed] = useState(false);
  const [options, setOptions] = useState<PlanOptionsResponse | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  if (state.status === 'loading') return <Loading label={t('common.loading')} />;
  if (state.status === 'error') {
    return (
      <>
        <p role="alert" className="alert alert-error">
          {state.message}
        </p>
        <button type="button" className="btn btn-primary" onClick={() => void reload()}>
          {t('common.retry')}
        </button>
      </>
    );
  }
  if (state.status === 'no-plan') return <p className="alert alert-info">{t('evidence.noPlan')}</p>;
  const overview = state.data;
  const startEditing = async () => {
    setError(null);
    try {
      setOptions(options ?? (await fetchPlanOptions(overview.planId)));
      setStep('edit');
    } catch (cause) {
      setStep('view');
      setError(describeError(cause, t));
    }
  };
  const onSaved = (next: RhkOverviewResponse) => {
    setState({ status: 'ready', planId: state.planId, data: next });
    setStep('view');
    setDiscussed(false);
    setMessage(t('evidence.rhk.saved'));
  };
  return (
    <div className="stack">
      {overview.changeClosesBefore ? (
        <p className="lead">
          {t('evidence.rhk.intro', { date: formatDate(overview.changeClosesBefore, locale) })}
        </p>
      ) : null}
      <Link to={EVIDENCE_PATH} className="btn btn-secondary">
        {t('evidence.openEvidence')}
      </Link>
      <p role="status" className={message ? 'alert alert-info' : 'alert-empty'}>
        {message}
      </p>
      <div role="alert" className={error ? 'alert alert-error' : 'alert-empty'}>
        {error}
      </div>
      {step === 'edit' && options ? (
        <RhkChangeForm
          overview={overview}
          options={options}
          onSaved={onSaved}
          onCancel={() => setStep('view')}
        />
      ) : (
        <>
          <CurrentRhk overview={overview} />
          {overview.canChange ? (
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => {
                setMessage(null);
                setDiscussed(false);
                setStep('discuss');
              }}
            >
              {t('evidence.rhk.start')}
            </button>
          ) : overview.changeBlockedReason ? (
            <p className="alert alert-info">
              {t('evidence.rhk.blocked', { reason: overview.changeBlockedReason })}
            </p>
          ) : null}
        </>
      )}
      <RhkHistory overview={overview} />
      {step === 'discuss' ? (
        <ConfirmDialog
          title={t('evidence.rhk.discussTitle')}
          body={t('evidence.rhk.discussBody')}
          confirmLabel={t('evidence.rhk.continue')}
          cancelLabel={t('evidence.back')}
          error={null}
          isPending={false}
          confirmDisabled={!discussed}
          onConfirm={() => void startEditing()}
          onClose={() => setStep('view')}
        >
          <label className="evidence-check">
            <input
              type="checkbox"
              checked={discussed}
              onChange={(event) => setDiscussed(event.target.checked)}
            />
            <span>{t('evidence.rhk.discussed')}</span>
          </label>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

/** /pelaksanaan/ubah-rhk — "Ubah Rencana Hasil Kerja" with its history (issue #5 item 2). */
export function RhkChangePage() {
  const { t } = useI18n();
  const me = useMe();
  const kind = employeeKindOf(me);
  return (
    <Page title={t('evidence.rhk.title')}>
      {kind ? (
        <RhkContent key={`${kind}-${me.activePeriod.id}`} kind={kind} />
      ) : (
        <p className="alert alert-info">{t('evidence.wrongRole')}</p>
      )}
    </Page>
  );
}
