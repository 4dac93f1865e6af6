import type { Period } from '@kinerja/contract';
import { useEffect, useState, type FormEvent } from 'react';
import { describeError } from '../api/describe-error';
import { useI18n } from '../i18n/i18n';
import { Dialog } from '../ui/dialog';
import { FormAlert } from '../ui/form-alert';
import { Loading } from '../ui/loading';
import { useMe, useSession } from './session';
import { fetchPeriods, switchPeriod } from './session-api';

/** "Ganti periode": pick one of GET /api/periods, "Simpan" → POST /api/me/period (domain.md §2.1). */
export function PeriodDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const me = useMe();
  const { refresh } = useSession();
  const [periods, setPeriods] = useState<Period[] | null>(null);
  const [chosen, setChosen] = useState(me.activePeriod.id);
  const [error, setError] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);

  useEffect(() => {
    let isCurrent = true;
    void fetchPeriods().then(
      (list) => isCurrent && setPeriods(list),
      (caught: unknown) => isCurrent && setError(describeError(caught, t)),
    );
    return () => {
      isCurrent = false;
    };
  }, [t]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (isPending) return;
    if (chosen === me.activePeriod.id) return onClose();
    setPending(true);
    setError(null);
    try {
      await switchPeriod(chosen);
      await refresh();
      onClose();
    } catch (caught) {
      setError(describeError(caught, t));
      setPending(false);
    }
  };

  return (
    <Dialog title={t('period.dialogTitle')} onClose={onClose}>
      <form onSubmit={(event) => void save(event)} className="stack">
        <FormAlert message={error} />
        {periods === null && !error ? <Loading label={t('common.loading')} /> : null}
        {periods ? (
          <fieldset className="choice-list">
            <legend>{t('period.choose')}</legend>
            {periods.map((period) => (
              <label key={period.id} className="radio">
                <input
                  type="radio"
                  name="period"
                  value={period.id}
                  checked={chosen === period.id}
                  onChange={() => setChosen(period.id)}
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
        ) : null}
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
