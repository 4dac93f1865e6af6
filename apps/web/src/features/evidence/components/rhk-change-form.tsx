import type { PlanOptionsResponse, RhkOverviewResponse } from '@kinerja/contract';
import {
  competencyActivityCount,
  competencyCodesFromCounts,
  sumCompetencyPoints,
  withCompetencyActivityCount,
} from '@kinerja/domain';
import { useState } from 'react';
import { useI18n } from '../../../lib/i18n/i18n';
import { CountStepper } from '../../../lib/ui/count-stepper';
import { FormAlert } from '../../../lib/ui/form-alert';
import { changeRhk } from '../api/evidence-api';
import { ConfirmDialog } from './confirm-dialog';
import { rhkChangeErrorsOf, type RhkChangeErrors } from './rhk-change-errors';

/**
 * The new selection: how many of each competency activity with the running total (≥ 32; activities
 * repeat, domain.md §3.4, §4.5) and additional
 * duties with their SK; "Simpan" asks "Simpan"/"Kembali" before sending.
 */
export function RhkChangeForm({
  overview,
  options,
  onSaved,
  onCancel,
}: {
  overview: RhkOverviewResponse;
  options: PlanOptionsResponse;
  onSaved: (next: RhkOverviewResponse) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [codes, setCodes] = useState<string[]>(() =>
    competencyCodesFromCounts(overview.competency),
  );
  const [duties, setDuties] = useState<Record<string, string>>(() =>
    Object.fromEntries(overview.additionalDuties.map((d) => [d.code, d.skReference ?? ''])),
  );
  const [isConfirming, setConfirming] = useState(false);
  const [isPending, setPending] = useState(false);
  const [errors, setErrors] = useState<RhkChangeErrors>({ general: null, byDuty: {} });
  const competency = options.competency.mode === 'points' ? options.competency : null;
  const rhks = competency?.rhks ?? [];
  const min = overview.competencyPoints.min;
  const pointsByCode = new Map(rhks.map((rhk) => [rhk.code, rhk.points]));
  const total = sumCompetencyPoints(codes, (code) => pointsByCode.get(code));
  const save = async () => {
    setPending(true);
    setErrors({ general: null, byDuty: {} });
    const additionalDuties = Object.entries(duties).map(([code, skReference]) => ({
      code,
      skReference,
    }));
    try {
      const next = await changeRhk(overview.planId, {
        discussed: true,
        competencyRhkCodes: codes,
        additionalDuties,
        planVersion: overview.planVersion,
      });
      setConfirming(false);
      onSaved(next);
    } catch (cause) {
      setConfirming(false);
      setErrors(
        rhkChangeErrorsOf(
          cause,
          additionalDuties.map((duty) => duty.code),
          t,
        ),
      );
    } finally {
      setPending(false);
    }
  };

  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        setErrors({ general: null, byDuty: {} });
        setConfirming(true);
      }}
    >
      <fieldset className="stack">
        <legend>{t('evidence.rhk.competencyLegend')}</legend>
        {rhks.map((rhk) => {
          const count = competencyActivityCount(codes, rhk.code);
          return (
            <CountStepper
              key={rhk.code}
              label={rhk.role}
              value={count}
              max={competency?.maxCountPerActivity ?? 1}
              isDisabled={!rhk.isAvailable && count === 0}
              onChange={(next) =>
                setCodes((current) => withCompetencyActivityCount(current, rhk.code, next))
              }
            >
              <span className="hint">{t('evidence.pointsEach', { points: rhk.points ?? 0 })}</span>
            </CountStepper>
          );
        })}
        <p role="status" className={total < min ? 'alert alert-error' : 'evidence-progress-line'}>
          {t(total < min ? 'evidence.rhk.runningLow' : 'evidence.rhk.running', { total, min })}
        </p>
      </fieldset>
      <fieldset className="stack">
        <legend>{t('evidence.rhk.dutyLegend')}</legend>
        {options.additionalDuties.duties.map((duty) => {
          const checked = duty.code in duties;
          return (
            <div key={duty.code} className="stack">
              <label className="evidence-check">
                <input
                  type="checkbox"
                  checked={checked}
                  onChange={() =>
                    setDuties((current) => {
                      const next = { ...current };
                      if (checked) delete next[duty.code];
                      else next[duty.code] = '';
                      return next;
                    })
                  }
                />
                <span>{duty.name}</span>
              </label>
              {checked ? (
                <div className="field">
                  <label htmlFor={`sk-${duty.code}`}>
                    {t('evidence.rhk.skLabel', { name: duty.name })}
                  </label>
                  <input
                    id={`sk-${duty.code}`}
                    value={duties[duty.code] ?? ''}
                    aria-invalid={errors.byDuty[duty.code] ? true : undefined}
                    aria-describedby={
                      errors.byDuty[duty.code] ? `sk-${duty.code}-error` : undefined
                    }
                    onChange={(event) =>
                      setDuties((current) => ({ ...current, [duty.code]: event.target.value }))
                    }
                  />
                  {errors.byDuty[duty.code] ? (
                    <p id={`sk-${duty.code}-error`} className="field-error">
                      {errors.byDuty[duty.code]}
                    </p>
                  ) : null}
                </div>
              ) : null}
            </div>
          );
        })}
      </fieldset>
      <FormAlert message={errors.general} />
      <div className="actions">
        <button type="button" className="btn btn-secondary" onClick={onCancel}>
          {t('evidence.back')}
        </button>
        <button type="submit" className="btn btn-primary">
          {t('evidence.rhk.save')}
        </button>
      </div>
      {isConfirming ? (
        <ConfirmDialog
          title={t('evidence.rhk.confirmTitle')}
          body={t('evidence.rhk.confirmBody')}
          confirmLabel={t('evidence.rhk.save')}
          cancelLabel={t('evidence.back')}
          error={null}
          isPending={isPending}
          onConfirm={() => void save()}
          onClose={() => setConfirming(false)}
        />
      ) : null}
    </form>
  );
}
