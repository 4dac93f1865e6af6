import type { PracticeCycle } from '@kinerja/contract';
import { useState } from 'react';
import { useI18n } from '../../../lib/i18n/i18n';
import { formatDateTime } from '../../../lib/i18n/format-date-time';
import { FormAlert } from '../../../lib/ui/form-alert';
import { saveCycleComment, saveCycleReflection } from '../api/practice-api';
import { observerNames } from './cycle-people';
import { FinishButton } from './finish-button';
import { TextAreaField } from '../../../lib/ui/text-area-field';
import { useCycleWrite } from './use-cycle-write';
import { useLeaveWarning } from './use-leave-warning';

type Props = { cycle: PracticeCycle; onCycle: (cycle: PracticeCycle) => void };

/** The employee's reflection: written, saved, then sent once (it cannot be changed afterwards). */
function EmployeeReflection({ cycle, onCycle }: Props) {
  const { t, locale } = useI18n();
  const write = useCycleWrite(onCycle);
  const [text, setText] = useState(cycle.reflection.text);
  const isDirty = text !== cycle.reflection.text;
  useLeaveWarning(isDirty && cycle.abilities.canEditReflection);
  const save = () => write.run(() => saveCycleReflection(cycle, text));
  if (!cycle.abilities.canEditReflection) {
    return (
      <div className="stack">
        <h3 className="exec-sub">{t('execution.reflection.cycleLabel')}</h3>
        <blockquote className="exec-quote">{cycle.reflection.text}</blockquote>
        {cycle.reflection.submittedAt ? (
          <p className="muted">
            {t('execution.reflection.submittedAt', {
              date: formatDateTime(cycle.reflection.submittedAt, locale),
            })}
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <div className="stack">
      <TextAreaField
        label={t('execution.reflection.cycleLabel')}
        hint={t('execution.reflection.cycleHint')}
        value={text}
        maxLength={4000}
        rows={6}
        error={write.fields.text}
        onChange={(event) => setText(event.target.value)}
      />
      <FormAlert message={write.error} />
      <div className="actions">
        <button
          type="button"
          className="btn btn-secondary"
          disabled={write.isPending}
          onClick={() => void save()}
        >
          {write.isPending ? t('common.saving') : t('execution.cycle.save')}
        </button>
        {cycle.abilities.canSubmitReflection ? (
          <FinishButton
            cycle={cycle}
            finish="reflection"
            label={t('execution.reflection.submit')}
            title={t('execution.reflection.submitTitle')}
            body={
              <>
                <p>{t('execution.reflection.submitBody', { observer: observerNames(cycle) })}</p>
                <p>
                  <strong>{t('execution.reflection.submitWarning')}</strong>
                </p>
              </>
            }
            disabled={text.trim() === ''}
            beforeFinish={() => (isDirty ? save() : Promise.resolve(cycle))}
            onCycle={onCycle}
          />
        ) : null}
      </div>
    </div>
  );
}

/** The observer's comment on the reflection (principal or pengawas). */
function ObserverComment({ cycle, onCycle }: Props) {
  const { t } = useI18n();
  const write = useCycleWrite(onCycle);
  const [comment, setComment] = useState(cycle.reflection.comment);
  const isDirty = comment !== cycle.reflection.comment;
  useLeaveWarning(isDirty);
  return (
    <div className="stack">
      <TextAreaField
        label={t('execution.reflection.comment')}
        hint={t('execution.reflection.commentHint', { name: cycle.employee.name })}
        value={comment}
        maxLength={4000}
        rows={4}
        error={write.fields.comment}
        onChange={(event) => setComment(event.target.value)}
      />
      <FormAlert message={write.error} />
      <div className="actions">
        <button
          type="button"
          className="btn btn-secondary"
          disabled={write.isPending || !isDirty}
          onClick={() => void write.run(() => saveCycleComment(cycle, comment))}
        >
          {write.isPending ? t('common.saving') : t('execution.reflection.saveComment')}
        </button>
      </div>
      {!isDirty && write.savedAt ? (
        <p className="muted" role="status">
          {t('execution.cycle.saved')}
        </p>
      ) : null}
    </div>
  );
}

/**
 * E. Refleksi Tindak Lanjut: the employee's reflection, the observer's comment, and finishing the
 * cycle once both are there (domain.md §2.3, §3.9 — what the assessment reads).
 */
export function ReflectionForm({ cycle, onCycle }: Props) {
  const { t } = useI18n();
  const isObserver = cycle.viewerRole === 'observer';
  const isSent = cycle.reflection.submittedAt !== null;
  return (
    <div className="stack exec-editor">
      {isObserver ? (
        isSent ? (
          <EmployeeReflection cycle={cycle} onCycle={onCycle} />
        ) : (
          <p className="note">{t('execution.reflection.waiting', { name: cycle.employee.name })}</p>
        )
      ) : (
        <EmployeeReflection cycle={cycle} onCycle={onCycle} />
      )}
      {cycle.abilities.canComment ? (
        <ObserverComment cycle={cycle} onCycle={onCycle} />
      ) : cycle.reflection.comment ? (
        <div className="stack">
          <h3 className="exec-sub">{t('execution.reflection.comment')}</h3>
          <blockquote className="exec-quote">{cycle.reflection.comment}</blockquote>
        </div>
      ) : isSent ? (
        <p className="note">
          {t('execution.reflection.commentWaiting', { name: observerNames(cycle) })}
        </p>
      ) : null}
      {cycle.abilities.canFinishCycle ? (
        <div className="actions">
          <FinishButton
            cycle={cycle}
            finish="cycle"
            label={t('execution.cycle.finish')}
            title={t('execution.cycle.finishTitle')}
            body={<p>{t('execution.cycle.finishBody')}</p>}
            onCycle={onCycle}
          />
        </div>
      ) : cycle.viewerRole !== 'viewer' ? (
        <p className="hint">{t('execution.cycle.finishHint')}</p>
      ) : null}
    </div>
  );
}
