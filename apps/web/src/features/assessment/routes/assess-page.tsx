import type { AssessmentPage } from '@kinerja/contract';
import { useRef, useState } from 'react';
import { ApiError } from '../../../lib/api/client';
import { describeError, toFormErrors } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { Link, useRouteParam } from '../../../lib/router';
import { useMe } from '../../../lib/session/session';
import { Loading } from '../../../lib/ui/loading';
import { Page } from '../../../lib/ui/page';
import { conflictPage, finalizeAssessment, saveAssessment } from '../api/assessments-api';
import { isDraftDirty, savePayload, type AssessmentDraft } from '../assessment-draft';
import { AssessmentForm, previewPredikat, type FormStatus } from '../components/assessment-form';
import { AssessmentResult } from '../components/assessment-result';
import { AssessmentHeader } from '../components/assessment-header';
import { ExecutionCard } from '../components/execution-card';
import { BasisCard } from '../components/basis-card';
import { DocumentVersionsCard } from '../components/document-versions-card';
import { FinalizeDialog } from '../components/finalize-dialog';
import { OrganisationCard } from '../components/organisation-card';
import { PlanSummaryCard } from '../components/plan-summary-card';
import { RecommendationsCard } from '../components/recommendations-card';
import { useAssessmentPage } from '../use-assessment-page';
import { assessmentListPath } from '../paths';
import '../assessment.css';

/**
 * /penilaian/:planId — the Pejabat Penilai Kinerja rates the approved plan's results, writes
 * feedback and notes, saves drafts and finally "Tetapkan" (domain.md §3.9, §5.1–5.2).
 */
export function AssessPage() {
  const { t, locale } = useI18n();
  const planId = useRouteParam('planId');
  const listPath = assessmentListPath(useMe().activeRole);
  const { page, draft, error, setPage, setDraft, adoptSaved } = useAssessmentPage(planId);
  const busy = useRef(false);
  const [pending, setPending] = useState<'save' | 'finalize' | null>(null);
  const [status, setStatus] = useState<FormStatus>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [isConfirming, setConfirming] = useState(false);
  const [dialogError, setDialogError] = useState<string | null>(null);

  if (error) {
    return (
      <Page title={t('assessment.page.title')}>
        <p role="alert" className="alert alert-error">
          {error}
        </p>
        <Link to={listPath} className="btn btn-secondary">
          {t('assessment.page.back')}
        </Link>
      </Page>
    );
  }
  if (!page || !draft) return <Loading label={t('common.loading')} />;

  const { assessment } = page;
  const isDirty = isDraftDirty(draft, assessment);

  /** One write at a time: a second tap while one is pending does nothing. */
  const exclusive = async (action: 'save' | 'finalize', write: () => Promise<void>) => {
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

  /** A refused write: a newer version (shown, typing kept), field messages, or a reason. */
  const explain = (caught: unknown): FormStatus => {
    const current = conflictPage(caught);
    if (current) {
      setPage(current);
      return { kind: 'conflict', message: t('assessment.form.conflict') };
    }
    const visible = [
      'notes',
      ...assessment.behaviourFeedback.map((e) => `behaviourFeedback.${e.value}`),
    ];
    const { general, fields } = toFormErrors(caught, visible, t);
    setErrors(fields);
    return { kind: 'error', message: general ?? describeError(caught, t) };
  };

  /** Stores the typed draft against the version last read; returns the page as stored. */
  const store = async (typed: AssessmentDraft): Promise<AssessmentPage> => {
    const next = await saveAssessment(planId, savePayload(typed, assessment));
    adoptSaved(next);
    return next;
  };

  const save = () =>
    exclusive('save', async () => {
      setStatus(null);
      setErrors({});
      try {
        await store(draft);
        setStatus({ kind: 'saved', message: t('assessment.form.saved') });
      } catch (caught) {
        setStatus(explain(caught));
      }
    });

  const finalize = () =>
    exclusive('finalize', async () => {
      setDialogError(null);
      setErrors({});
      try {
        // Unsaved typing is stored first, so what is set is exactly what is on screen.
        const stored = isDirty || !assessment.id ? await store(draft) : page;
        const id = stored.assessment.id;
        if (!id) throw new Error('a stored assessment has an id');
        adoptSaved(await finalizeAssessment(id, stored.assessment.version));
        setConfirming(false);
        setStatus({ kind: 'saved', message: t('assessment.finalize.done') });
      } catch (caught) {
        const hasFields = caught instanceof ApiError && Object.keys(caught.fields).length > 0;
        if (!hasFields && !conflictPage(caught)) {
          setDialogError(describeError(caught, t));
          return;
        }
        setConfirming(false);
        setStatus(explain(caught));
      }
    });

  const isFinal = assessment.state === 'final';
  return (
    <Page title={t('assessment.page.title')} wide>
      <Link to={listPath} className="assessment-back">
        {t('assessment.page.back')}
      </Link>
      <AssessmentHeader page={page} />
      <div className="assessment-layout">
        <div className="assessment-column">
          <PlanSummaryCard summary={page.plan.summary} />
          <ExecutionCard execution={page.execution} />
          <BasisCard basis={page.basis} />
          <RecommendationsCard page={page} onAdded={setPage} />
        </div>
        <div className="assessment-column">
          {isFinal ? (
            <>
              {status ? (
                <p
                  role={status.kind === 'saved' ? 'status' : 'alert'}
                  className={`alert ${status.kind === 'saved' ? 'alert-success' : 'alert-info'}`}
                >
                  {status.message}
                </p>
              ) : null}
              <AssessmentResult
                assessment={assessment}
                headingId="assessment-result"
                heading={t('assessment.result.ratings')}
              />
              <DocumentVersionsCard
                page={page}
                onReissued={(next, done) => {
                  adoptSaved(next);
                  setStatus({ kind: 'saved', message: done });
                }}
              />
            </>
          ) : (
            <>
              <OrganisationCard organisation={page.organisation} />
              {assessment.abilities.canEdit ? (
                <AssessmentForm
                  page={page}
                  draft={draft}
                  errors={errors}
                  status={status}
                  pending={pending}
                  isDirty={isDirty}
                  onChange={setDraft}
                  onSave={() => void save()}
                  onFinalize={() => {
                    setDialogError(null);
                    setConfirming(true);
                  }}
                />
              ) : (
                <p className="alert alert-info">
                  {page.window.message ?? t('assessment.page.readOnly')}
                </p>
              )}
            </>
          )}
        </div>
      </div>
      {isConfirming ? (
        <FinalizeDialog
          name={assessment.employee.name}
          predikatLabel={previewPredikat(draft, assessment, locale)?.label ?? null}
          missing={page.execution.missing}
          documentWarnings={page.documentWarnings}
          error={dialogError}
          isPending={pending === 'finalize'}
          onConfirm={() => void finalize()}
          onClose={() => setConfirming(false)}
        />
      ) : null}
    </Page>
  );
}
