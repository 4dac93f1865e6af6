import type { Period } from '@kinerja/contract';
import { useEffect, useState, type FormEvent } from 'react';
import { describeError } from '../api/describe-error';
import { useI18n } from '../i18n/i18n';
import { Dialog } from '../ui/dialog';
import { FormAlert } from '../ui/form-alert';
import { Loading } from '../ui/loading';
import { useFormAction } from '../ui/use-form-action';
import { useMe, useSession } from './session';
import { fetchPeriods, switchPeriod } from './session-api';

function PeriodChoices(props: {
  periods: Period[];
  chosen: string;
  onChoose: (id: string) => void;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="choice-list">
      <legend>{t('period.choose')}</legend>
      {props.periods.map((period) => (
        <label key={period.id} className="radio">
          <input
            type="radio"
            name="period"
            value={period.id}
            checked={props.chosen === period.id}
            onChange={() => props.onChoose(period.id)}
          />
          <span>
            {period.label}
            {period.isCurrent ? (
              <span className="choice-detail"> ({t('period.current')})</span>
            ) : null}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

const NO_FIELDS: readonly string[] = [];

/** "Ganti periode": pick one of GET /api/periods, "Simpan" → POST /api/me/period (domain.md §2.1). */
export function PeriodDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const me = useMe();
  const { refresh } = useSession();
  const [periods, setPeriods] = useState<Period[] | null>(null);
  const [chosen, setChosen] = useState(me.activePeriod.id);
  const [loadError, setLoadError] = useState<string | null>(null);
  const { errors, isPending, run } = useFormAction(NO_FIELDS);

  useEffect(() => {
    let isCurrent = true;
    void fetchPeriods().then(
      (list) => isCurrent && setPeriods(list),
      (caught: unknown) => isCurrent && setLoadError(describeError(caught, t)),
    );
    return () => {
      isCurrent = false;
    };
  }, [t]);

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (chosen === me.activePeriod.id) return onClose();
    void run(async () => {
      await switchPeriod(chosen);
      await refresh();
      onClose();
    });
  };

  return (
    <Dialog title={t('period.dialogTitle')} onClose={onClose}>
      <form onSubmit={save} className="stack">
        <FormAlert message={errors.general ?? loadError} />
        {periods === null && !loadError ? <Loading label={t('common.loading')} /> : null}
        {periods ? <PeriodChoices periods={periods} chosen={chosen} onChoose={setChosen} /> : null}
        <div className="actions">
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={isPending || !periods}>
            {isPending ? t('common.saving') : t('period.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
