import type { AdminPeriod, PeriodWindowsInput } from '@kinerja/contract';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../lib/api/client';
import { useI18n } from '../../../lib/i18n/i18n';
import { Dialog } from '../../../lib/ui/dialog';
import { FormAlert } from '../../../lib/ui/form-alert';
import { useFormAction } from '../../../lib/ui/use-form-action';
import { updatePeriodWindows } from '../api/periods-api';
import { WINDOW_FIELDS, WindowFields } from './window-fields';

/** The windows of a period as the form edits them. */
export const windowsOf = (period: AdminPeriod): PeriodWindowsInput => ({
  prePlanning: period.prePlanning ?? null,
  planning: period.planning,
  execution: period.execution,
  assessment: period.assessment,
});

/**
 * Moves a period's windows; when a started stage changes, the server answers 409 and a dialog asks
 * for the explicit confirmation before sending again with `confirm` (issue 13 item 1).
 */
export function EditWindowsForm({
  period,
  onSaved,
  onCancel,
}: {
  period: AdminPeriod;
  onSaved: (saved: AdminPeriod) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [windows, setWindows] = useState(() => windowsOf(period));
  const [question, setQuestion] = useState<string | null>(null);
  const { errors, isPending, run } = useFormAction(WINDOW_FIELDS);
  const save = (confirm: boolean) =>
    run(async () => {
      try {
        onSaved(await updatePeriodWindows(period.id, windows, confirm));
      } catch (error) {
        if (error instanceof ApiError && error.code === 'PERIOD_STARTED_WINDOW_CHANGE') {
          setQuestion(error.message);
          return;
        }
        throw error;
      }
    });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(false);
  };
  return (
    <form className="card stack" noValidate onSubmit={submit}>
      <h2 className="card-heading">{t('periods.editTitle', { label: period.label })}</h2>
      <FormAlert message={errors.general} />
      <WindowFields
        idPrefix={`edit-${period.id}`}
        windows={windows}
        onChange={setWindows}
        errors={errors.fields}
      />
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={isPending}>
          {isPending ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
      {question ? (
        <Dialog
          title={t('periods.confirmTitle')}
          description={question}
          onClose={() => setQuestion(null)}
        >
          <div className="actions">
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => {
                setQuestion(null);
                void save(true);
              }}
            >
              {t('periods.confirmYes')}
            </button>
            <button type="button" className="btn btn-secondary" onClick={() => setQuestion(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </Dialog>
      ) : null}
    </form>
  );
}
