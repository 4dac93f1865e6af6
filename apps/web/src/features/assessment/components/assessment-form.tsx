import type { Assessment, AssessmentPage } from '@kinerja/contract';
import { PREDIKAT_LABELS, predikatFor } from '@kinerja/domain';
import { useI18n } from '../../../lib/i18n/i18n';
import type { AssessmentDraft } from '../assessment-draft';
import { PredikatLine } from './predikat-line';
import { RatingGroup } from './rating-group';
import { TextAreaField } from '../../../lib/ui/text-area-field';

/** The predikat of the chosen ratings (the §5.2 matrix, pure domain), before "Simpan" (finding 10). */
export function previewPredikat(
  draft: AssessmentDraft,
  assessment: Assessment,
  locale: 'id' | 'en',
): Assessment['predikat'] {
  if (assessment.state === 'final') return assessment.predikat;
  const { workResultRating, workBehaviourRating } = draft;
  if (!workResultRating || !workBehaviourRating) return null;
  const code = predikatFor({ workResultRating, workBehaviourRating });
  return { code, label: PREDIKAT_LABELS[code][locale], isPreview: true };
}

/** The outcome of the last write, shown under the buttons. */
export type FormStatus = { kind: 'saved' | 'error' | 'conflict'; message: string } | null;

/**
 * The assessor's form: "Rating Hasil Kerja", "Rating Perilaku Kerja" (domain.md §5.1), feedback
 * per BerAKHLAK value, "Catatan / Rekomendasi", the predikat that follows (§5.2), "Simpan" and
 * "Tetapkan".
 */
export function AssessmentForm({
  page,
  draft,
  errors,
  status,
  pending,
  isDirty,
  onChange,
  onSave,
  onFinalize,
}: {
  page: AssessmentPage;
  draft: AssessmentDraft;
  errors: Record<string, string>;
  status: FormStatus;
  pending: 'save' | 'finalize' | null;
  isDirty: boolean;
  onChange: (next: AssessmentDraft) => void;
  onSave: () => void;
  onFinalize: () => void;
}) {
  const { t, locale } = useI18n();
  const assessment: Assessment = page.assessment;
  const isLocked = pending !== null;
  const hasRatings = draft.workResultRating !== null && draft.workBehaviourRating !== null;
  return (
    <section className="card" aria-labelledby="assessment-form">
      <h2 id="assessment-form" className="card-heading">
        {t('assessment.form.title')}
      </h2>
      <form
        className="assessment-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSave();
        }}
      >
        <RatingGroup
          name="work-result"
          legend={t('assessment.form.workResult')}
          options={page.ratingOptions}
          value={draft.workResultRating}
          isDisabled={isLocked}
          onChange={(code) => onChange({ ...draft, workResultRating: code })}
        />
        <RatingGroup
          name="work-behaviour"
          legend={t('assessment.form.workBehaviour')}
          options={page.ratingOptions}
          value={draft.workBehaviourRating}
          isDisabled={isLocked}
          onChange={(code) => onChange({ ...draft, workBehaviourRating: code })}
        />
        <fieldset className="assessment-feedback">
          <legend>{t('assessment.form.feedback')}</legend>
          <p className="hint">{t('assessment.form.feedbackHint')}</p>
          {assessment.behaviourFeedback.map((entry) => (
            <TextAreaField
              key={entry.value}
              label={entry.name}
              value={draft.feedback[entry.value] ?? ''}
              maxLength={2000}
              readOnly={isLocked}
              error={errors[`behaviourFeedback.${entry.value}`]}
              onChange={(event) =>
                onChange({
                  ...draft,
                  feedback: { ...draft.feedback, [entry.value]: event.target.value },
                })
              }
            />
          ))}
        </fieldset>
        <TextAreaField
          label={t('assessment.form.notes')}
          value={draft.notes}
          rows={4}
          maxLength={4000}
          readOnly={isLocked}
          error={errors.notes}
          onChange={(event) => onChange({ ...draft, notes: event.target.value })}
        />
        <PredikatLine predikat={previewPredikat(draft, assessment, locale)} />
        {isDirty ? <p className="muted">{t('assessment.form.dirty')}</p> : null}
        <div
          role={status?.kind === 'saved' ? 'status' : 'alert'}
          className={
            status
              ? `alert ${status.kind === 'saved' ? 'alert-success' : 'alert-error'}`
              : 'alert-empty'
          }
        >
          {status?.message}
        </div>
        <div className="actions">
          <button
            type="submit"
            className="btn btn-secondary"
            disabled={isLocked}
            aria-busy={pending === 'save' || undefined}
          >
            {pending === 'save' ? t('assessment.form.saving') : t('assessment.form.save')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={isLocked || !hasRatings}
            aria-describedby={hasRatings ? undefined : 'assessment-finalize-hint'}
            onClick={onFinalize}
          >
            {t('assessment.form.finalize')}
          </button>
        </div>
        {hasRatings ? null : (
          <p id="assessment-finalize-hint" className="hint">
            {t('assessment.form.finalizeHint')}
          </p>
        )}
      </form>
    </section>
  );
}
