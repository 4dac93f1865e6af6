import type { EmployeeKind, EvidenceListResponse, EvidenceSlot } from '@kinerja/contract';
import { useCallback } from 'react';
import { formatDate } from '../../../lib/i18n/format-date';
import { useI18n } from '../../../lib/i18n/i18n';
import { Link } from '../../../lib/router';
import { useMe } from '../../../lib/session/session';
import { Loading } from '../../../lib/ui/loading';
import { Page } from '../../../lib/ui/page';
import { fetchEvidence, fetchKarya } from '../api/evidence-api';
import { formatBytes } from '../components/format';
import { SlotList } from '../components/slot-list';
import { KARYA_PATH, RHK_CHANGE_PATH } from '../evidence-paths';
import { employeeKindOf, useMyPlan } from '../use-my-plan';
import '../evidence.css';

const loadKarya = async () => (await fetchKarya()).items;

/** Progress line of a plan's evidence. */
export function EvidenceProgress({ list }: { list: EvidenceListResponse }) {
  const { t } = useI18n();
  const { progress } = list;
  return (
    <p className="evidence-progress-line" data-testid="evidence-progress">
      {progress.isComplete
        ? t('evidence.progressComplete')
        : t('evidence.progress', { collected: progress.collected, total: progress.total })}
    </p>
  );
}

function EvidenceContent({ kind }: { kind: EmployeeKind }) {
  const { t, locale } = useI18n();
  const { state, setState, reload } = useMyPlan(kind, fetchEvidence);
  const onSlot = useCallback(
    (slot: EvidenceSlot) => {
      setState((current) => {
        if (current.status !== 'ready') return current;
        const slots = current.data.slots.map((s) => (s.id === slot.id ? slot : s));
        const collected = slots.filter((s) => s.state === 'collected').length;
        const draft = slots.filter((s) => s.state === 'draft').length;
        const progress = {
          total: slots.length,
          collected,
          draft,
          empty: slots.length - collected - draft,
          missing: slots.length - collected,
          isComplete: slots.length > 0 && collected === slots.length,
        };
        return { ...current, data: { ...current.data, slots, progress } };
      });
    },
    [setState],
  );
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
  if (state.status === 'no-plan') {
    return (
      <>
        <p className="alert alert-info">{t('evidence.noPlan')}</p>
        <Link to="/rencana" className="btn btn-secondary">
          {t('execution.openPlanning')}
        </Link>
      </>
    );
  }
  const list = state.data;
  return (
    <div className="stack evidence-page">
      <p className="lead">
        {t('evidence.intro', { period: list.periodLabel, name: list.employee.name })}
      </p>
      <p className="hint">
        {t('evidence.rules', {
          max: formatBytes(list.rules.maxBytes),
          date: formatDate(list.rules.certificateIssuedOnOrAfter, locale),
        })}
      </p>
      <EvidenceProgress list={list} />
      <nav className="actions" aria-label={t('evidence.title')}>
        <Link to={RHK_CHANGE_PATH} className="btn btn-secondary">
          {t('evidence.openRhkChange')}
        </Link>
        <Link to={KARYA_PATH} className="btn btn-secondary">
          {t('evidence.openKarya')}
        </Link>
      </nav>
      <SlotList list={list} editable={list.isOwner} loadKarya={loadKarya} onSlot={onSlot} />
    </div>
  );
}

/** /pelaksanaan/bukti — "Kumpulkan" the 2024 evidence of the approved plan (issue #5 item 1). */
export function EvidencePage() {
  const { t } = useI18n();
  const me = useMe();
  const kind = employeeKindOf(me);
  return (
    <Page title={t('evidence.title')}>
      {kind ? (
        <EvidenceContent key={`${kind}-${me.activePeriod.id}`} kind={kind} />
      ) : (
        <p className="alert alert-info">{t('evidence.wrongRole')}</p>
      )}
    </Page>
  );
}
