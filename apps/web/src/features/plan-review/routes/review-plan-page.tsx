import type { BerakhlakValueCodeDto } from '@kinerja/contract';
import { useRef, useState } from 'react';
import { describeError, toFormErrors } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { PlanSummary } from '../../../lib/plans/plan-summary';
import {
  approvePlan,
  conflictCopy,
  returnPlan,
  saveSupervisorExpectations,
} from '../../../lib/plans/plans-api';
import { Link, navigate, useRouteParam } from '../../../lib/router';
import { useMe } from '../../../lib/session/session';
import { Loading } from '../../../lib/ui/loading';
import { Page } from '../../../lib/ui/page';
import { ApproveDialog } from '../components/approve-dialog';
import { DecisionCard } from '../components/decision-card';
import { ExpectationsForm, expectationValues } from '../components/expectations-form';
import { PlanChangesCard } from '../components/plan-changes';
import { PlanHistory } from '../components/plan-history';
import { PlanStatusCard } from '../components/plan-status-card';
import { ReturnDialog } from '../components/return-dialog';
import { expectationFieldErrors, isStateConflict } from '../review-errors';
import { listPathOr, setReviewFlash } from '../review-flash';
import { reviewListPath } from '../review-scope';
import { useExpectationDrafts } from '../use-expectation-drafts';
import { useReviewPlan } from '../use-review-plan';
import '../plan-review.css';

type Status = { kind: 'saved' | 'error' | 'conflict'; message: string } | null;
type FieldErrors = Partial<Record<BerakhlakValueCodeDto, string>>;

/**
 * /periksa/:planId — the supervisor reads the plan, writes "Ekspektasi Khusus Pimpinan" per
 * BerAKHLAK value, then "Setujui" or "Kembalikan" with a note (domain.md §3.3, §3.10, §4.3).
 */
export function ReviewPlanPage() {
  const { t } = useI18n();
  const me = useMe();
  const planId = useRouteParam('planId');
  const drafts = useExpectationDrafts();
  const { plan, error, options, practice, adopt, reload } = useReviewPlan(planId, drafts.adopt);
  const busy = useRef(false);
  const [pending, setPending] = useState<'save' | 'approve' | 'return' | null>(null);
  const isPending = pending !== null;
  const [saveStatus, setSaveStatus] = useState<Status>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [decisionError, setDecisionError] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'approve' | 'return' | null>(null);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | undefined>(undefined);
  const listPath = listPathOr(reviewListPath(me));

  if (error) {
    return (
      <Page title={t('review.plan.title')}>
        <p role="alert" className="alert alert-error">
          {error}
        </p>
        <Link to={listPath} className="btn btn-secondary">
          {t('review.plan.backToList')}
        </Link>
      </Page>
    );
  }
  if (!plan) return <Loading label={t('common.loading')} />;

  const values = expectationValues(plan, options);
  const codes = values.map((value) => value.code);
  const canWrite = plan.abilities.canWriteExpectations;
  const name = plan.employee.name;

  /** One write at a time: a second tap while one is pending does nothing. */
  const exclusive = async (action: 'save' | 'approve' | 'return', write: () => Promise<void>) => {
    if (busy.current) return;
    busy.current = true;
    setPending(action);
    try {
      await write();
    } finally {
      busy.current = false;
      setPending(null);
    }
  };

  /** A refused write: a newer version (reloaded, typing kept), per-value messages, or a reason. */
  const explain = async (caught: unknown): Promise<Status> => {
    const copy = conflictCopy(caught);
    if (copy) {
      adopt(copy);
      return { kind: 'conflict', message: t('review.expectations.conflict') };
    }
    if (isStateConflict(caught)) await reload();
    const fields = expectationFieldErrors(caught);
    setFieldErrors(fields);
    if (Object.keys(fields).length > 0) return { kind: 'error', message: t('form.checkFields') };
    return { kind: 'error', message: describeError(caught, t) };
  };

  const save = () =>
    exclusive('save', async () => {
      setSaveStatus(null);
      setFieldErrors({});
      const sent = drafts.payload(plan, codes);
      if (Object.keys(sent).length === 0) {
        setSaveStatus({ kind: 'saved', message: t('review.expectations.saved') });
        return;
      }
      try {
        const next = await saveSupervisorExpectations(plan, sent);
        drafts.saved(sent);
        adopt(next);
        setSaveStatus({ kind: 'saved', message: t('review.expectations.saved') });
      } catch (caught) {
        setSaveStatus(await explain(caught));
      }
    });

  const leave = (message: string) => {
    setReviewFlash(message);
    navigate(listPath);
  };

  const approve = () =>
    exclusive('approve', async () => {
      setDialogError(null);
      setDecisionError(null);
      try {
        const changed = canWrite ? drafts.payload(plan, codes) : {};
        await approvePlan(plan, Object.keys(changed).length > 0 ? changed : undefined);
        leave(t('review.approve.done', { name }));
      } catch (caught) {
        const fields = expectationFieldErrors(caught);
        if (conflictCopy(caught) || isStateConflict(caught) || Object.keys(fields).length > 0) {
          setDialog(null);
          setDecisionError((await explain(caught))?.message ?? null);
        } else {
          setDialogError(describeError(caught, t));
        }
      }
    });

  const sendBack = () =>
    exclusive('return', async () => {
      setDialogError(null);
      setNoteError(undefined);
      try {
        await returnPlan(plan, note);
        leave(t('review.return.done', { name }));
      } catch (caught) {
        const copy = conflictCopy(caught);
        if (copy || isStateConflict(caught)) {
          setDialog(null);
          setDecisionError((await explain(caught))?.message ?? null);
          return;
        }
        const errors = toFormErrors(caught, ['note'], t);
        setNoteError(errors.fields.note);
        setDialogError(errors.general);
      }
    });

  const open = (which: 'approve' | 'return') => {
    setDialogError(null);
    setNoteError(undefined);
    setDialog(which);
  };

  return (
    <Page title={t('review.plan.title')} wide>
      <Link to={listPath} className="review-back">
        {t('review.plan.backToList')}
      </Link>
      <div className="review-layout">
        <div className="review-area-status">
          <PlanStatusCard plan={plan} />
        </div>
        {plan.changes ? (
          <div className="review-area-changes">
            <PlanChangesCard changes={plan.changes} name={name} />
          </div>
        ) : null}
        <section className="card review-area-summary" aria-label={t('review.plan.title')}>
          <PlanSummary plan={plan} options={options} practice={practice} headingLevel={2} />
        </section>
        {canWrite ? (
          <div className="review-area-expectations">
            <ExpectationsForm
              values={values}
              texts={drafts.texts}
              errors={fieldErrors}
              isSaving={pending === 'save'}
              isLocked={isPending}
              isDirty={drafts.isDirty(plan, codes)}
              status={saveStatus}
              onChange={drafts.change}
              onSave={() => void save()}
            />
          </div>
        ) : null}
        <div className="review-area-decision">
          <DecisionCard
            plan={plan}
            error={decisionError}
            isPending={isPending}
            onApprove={() => open('approve')}
            onReturn={() => open('return')}
          />
        </div>
        {plan.abilities.canViewHistory ? (
          <div className="review-area-history">
            <PlanHistory plan={plan} options={options} practice={practice} />
          </div>
        ) : null}
      </div>
      {dialog === 'approve' ? (
        <ApproveDialog
          name={name}
          error={dialogError}
          isPending={isPending}
          onConfirm={() => void approve()}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'return' ? (
        <ReturnDialog
          name={name}
          note={note}
          noteError={noteError}
          error={dialogError}
          isPending={isPending}
          onNoteChange={setNote}
          onConfirm={() => void sendBack()}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </Page>
  );
}
