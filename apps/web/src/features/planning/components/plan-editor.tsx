import type { Plan, PlanTab } from '@kinerja/contract';
import { useEffect, useRef, useState } from 'react';
import { describeError } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { PlanStatusBadge } from '../../../lib/plans/plan-status-badge';
import { submitPlan } from '../../../lib/plans/plans-api';
import { clearStoredDrafts, readStoredDraft, type StoredDraft } from '../draft/draft-storage';
import { isOffline } from '../draft/draft-sync';
import { contentKey } from '../draft/stable-json';
import { isOnline } from '../../../lib/offline/use-online';
import { useDraftSync } from '../draft/use-draft-sync';
import { competencyTotal } from './competency-total';
import { ConflictPanel } from './conflict-panel';
import { DeadlineNote } from './deadline-note';
import { PlanHistory } from './plan-history';
import type { PlanCatalogues } from './plan-flow';
import { errorCount, PlanTabs } from './plan-tabs';
import { RestoreBanner } from './restore-banner';
import { SaveBar } from './save-bar';
import { SubmitDialog } from './submit-dialog';
import { TabPanel } from './tab-panel';

/** Where to open: the last tab (resume), else the first tab after Pra-Perencanaan. */
function initialTab(plan: Plan): PlanTab {
  const codes = plan.tabs.map((tab) => tab.code);
  if (plan.lastTab && codes.includes(plan.lastTab)) return plan.lastTab;
  return codes.find((code) => code !== 'pre_planning') ?? codes[0] ?? 'summary';
}

/** An unsaved draft on this device that differs from the server copy, if any. */
function restorable(plan: Plan): StoredDraft | null {
  const stored = readStoredDraft(plan.id);
  if (!stored) return null;
  if (contentKey(stored.content) === contentKey(plan.content)) {
    clearStoredDrafts(plan.id);
    return null;
  }
  return stored;
}

/**
 * The planning tabs of an editable plan (draft or returned) with autosave, conflict choice,
 * restore of unsaved typing, "Rangkuman" and the "Lanjut Ajukan" dialog (issue #4 item 1).
 */
export function PlanEditor({
  plan: initialPlan,
  catalogues,
  onSubmitted,
}: {
  plan: Plan;
  catalogues: PlanCatalogues;
  onSubmitted: (plan: Plan) => void;
}) {
  const { t } = useI18n();
  const [sync, draft] = useDraftSync(initialPlan, initialTab(initialPlan));
  const [stored, setStored] = useState(() => restorable(initialPlan));
  const [isDialogOpen, setDialogOpen] = useState(false);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const busy = useRef(false);
  const panelHeading = useRef<HTMLHeadingElement>(null);
  const focusPanel = useRef(false);
  const { plan, content, tab, status } = draft;

  useEffect(() => {
    if (!focusPanel.current) return;
    focusPanel.current = false;
    panelHeading.current?.focus();
  }, [tab]);

  /** Runs one button action at a time; a second tap while it runs does nothing. */
  const once = async (action: () => Promise<void>) => {
    if (busy.current) return;
    busy.current = true;
    setBusy(true);
    try {
      await action();
    } finally {
      busy.current = false;
      setBusy(false);
    }
  };

  const goTo = (next: PlanTab, options: { focus?: boolean } = {}) => {
    focusPanel.current = options.focus ?? true;
    void sync.setTab(next);
  };

  const firstTabWithErrors = () =>
    plan.tabs.find((entry) => entry.code !== 'summary' && errorCount(plan, entry.code) > 0)?.code;

  const openDialog = () =>
    void once(async () => {
      setDialogError(null);
      await sync.flush();
      setDialogOpen(true);
    });

  const submit = () =>
    void once(async () => {
      setDialogError(null);
      // "Ajukan" needs the server: offline it says so instead of pretending (issue 17).
      if (!isOnline()) {
        setDialogError(t('offline.needsConnection'));
        return;
      }
      const isSaved = await sync.flush();
      if (!isSaved) {
        const { status: now } = sync.getSnapshot();
        const offline = now.kind === 'retrying' && isOffline(now.error);
        setDialogError(t(offline ? 'offline.needsConnection' : 'planning.submit.notSaved'));
        return;
      }
      try {
        const submitted = await submitPlan(sync.getSnapshot().plan);
        sync.replacePlan(submitted);
        clearStoredDrafts(submitted.id);
        setDialogOpen(false);
        onSubmitted(submitted);
      } catch (error) {
        setDialogError(isOffline(error) ? t('offline.needsConnection') : describeError(error, t));
      }
    });

  // "Cek Ulang": back to the first tab with something missing, else to the first tab.
  const review = () => {
    setDialogOpen(false);
    goTo(firstTabWithErrors() ?? initialTab({ ...plan, lastTab: null }));
  };

  const saveDraft = () =>
    void once(async () => {
      const isSaved = await sync.retryNow();
      if (isSaved) setDialogOpen(false);
      else setDialogError(t('planning.submit.notSaved'));
    });

  // 2024: the running total stays in view while scrolling the long RHK list (domain.md §4.5).
  const total =
    tab === 'competency' ? competencyTotal(catalogues.options.competency, content) : null;
  const pointsLine = total === null ? null : t('planning.competency.total', { total });

  const tabIndex = plan.tabs.findIndex((entry) => entry.code === tab);
  const nextTab = plan.tabs[tabIndex + 1];
  const currentTab = plan.tabs[tabIndex];

  return (
    <div className="plan-editor">
      <div className="plan-head">
        <p className="card-kicker">{plan.periodLabel}</p>
        <p className="muted" data-testid="catalogue-version">
          {plan.catalogueVersionLabel}
        </p>
        <p>
          <PlanStatusBadge status={plan.status} label={plan.statusLabel} />
        </p>
        <DeadlineNote deadline={plan.planningDeadline} />
      </div>
      {plan.status === 'returned' && plan.returnNote ? (
        <section className="alert alert-error plan-return-note" aria-labelledby="return-heading">
          <h2 id="return-heading" className="card-heading">
            {t('planning.returned.title')}
          </h2>
          <p className="plan-return-note-text" data-testid="return-note">
            {plan.returnNote}
          </p>
          <p>{t('planning.returned.help')}</p>
        </section>
      ) : null}
      {stored ? (
        <RestoreBanner
          stored={stored}
          serverVersion={plan.version}
          onRestore={() => {
            sync.restore(stored);
            setStored(null);
          }}
          onDiscard={() => {
            clearStoredDrafts(plan.id);
            setStored(null);
          }}
        />
      ) : null}
      {status.kind === 'conflict' ? (
        <ConflictPanel
          server={status.server}
          isBusy={isBusy}
          onKeepMine={() => void once(async () => void (await sync.keepMine()))}
          onTakeTheirs={() => sync.takeTheirs()}
        />
      ) : null}
      <PlanTabs plan={plan} current={tab} onSelect={(next) => goTo(next, { focus: false })} />
      <section
        id={`plan-panel-${tab}`}
        role="tabpanel"
        aria-labelledby={`plan-tab-${tab}`}
        className="plan-panel"
      >
        <h2 ref={panelHeading} tabIndex={-1} className="plan-panel-title">
          {currentTab?.label}
        </h2>
        <TabPanel
          tab={tab}
          content={content}
          plan={plan}
          catalogues={catalogues}
          edit={(change) => sync.edit(change)}
          problems={currentTab?.problems ?? []}
          onGoTo={goTo}
          onContinue={openDialog}
          isBusy={isBusy}
        />
        {nextTab ? (
          <div className="actions">
            <button type="button" className="btn btn-primary" onClick={() => goTo(nextTab.code)}>
              {t('planning.tabs.next', { tab: nextTab.label })}
            </button>
          </div>
        ) : null}
      </section>
      <SaveBar
        extra={pointsLine}
        status={status}
        updatedAt={plan.updatedAt}
        isBusy={isBusy}
        onSave={() => void once(async () => void (await sync.retryNow()))}
        onShowConflict={() => {
          const heading = document.getElementById('conflict-heading');
          heading?.scrollIntoView?.({ block: 'start' });
          heading?.focus();
        }}
      />
      {plan.submissionCount > 0 && plan.abilities.canViewHistory ? (
        <PlanHistory planId={plan.id} />
      ) : null}
      {isDialogOpen ? (
        <SubmitDialog
          plan={plan}
          errorCount={plan.tabs.reduce((sum, entry) => sum + errorCount(plan, entry.code), 0)}
          error={dialogError}
          isBusy={isBusy}
          onSubmit={submit}
          onReview={review}
          onSaveDraft={saveDraft}
          onClose={() => setDialogOpen(false)}
        />
      ) : null}
    </div>
  );
}
