import type { PlanOptionsResponse } from '@kinerja/contract';
import { competencyActivityCount } from '@kinerja/domain';
import { useI18n } from '../../../lib/i18n/i18n';
import { CountStepper } from '../../../lib/ui/count-stepper';
import { setCompetencyIndicator, setRhkCount } from '../draft/content-edits';
import { competencyTotal } from './competency-total';
import type { TabProps } from './tab-props';

type PointsOptions = Extract<PlanOptionsResponse['competency'], { mode: 'points' }>;
type IndicatorOptions = Extract<PlanOptionsResponse['competency'], { mode: 'indicator' }>;

/**
 * 2024: how many of each activity, with its points and a running total; ≥ 32 required, 32–128
 * recommended; an activity repeats, the points are per activity (§3.3, §4.5).
 */
function PointsChoice({
  options,
  content,
  edit,
}: Omit<TabProps, 'catalogues'> & { options: PointsOptions }) {
  const { t } = useI18n();
  const chosen = content.competencyRhkCodes;
  const total = competencyTotal(options, content) ?? 0;
  const min = options.minPoints;
  const max = options.recommendedMaxPoints;
  const verdict =
    total < min
      ? t('planning.competency.below', { missing: min - total, min })
      : total > max
        ? t('planning.competency.above', { max })
        : t('planning.competency.within');
  return (
    <fieldset className="choice-list planning-group">
      <legend>{t('planning.competency.rhkLegend')}</legend>
      <p className="hint">{t('planning.competency.rhkHint', { min, max })}</p>
      <div className="plan-points-total" data-testid="competency-total">
        <p role="status" aria-live="polite">
          <strong>{t('planning.competency.total', { total })}</strong> — {verdict}
        </p>
        <meter min={0} max={Math.max(max, total)} low={min} high={max} optimum={min} value={total}>
          {total}
        </meter>
      </div>
      {options.rhks.map((rhk) => {
        const count = competencyActivityCount(chosen, rhk.code);
        return (
          <CountStepper
            key={rhk.code}
            label={rhk.role}
            value={count}
            max={options.maxCountPerActivity}
            isDisabled={!rhk.isAvailable && count === 0}
            onChange={(next) => edit(setRhkCount(rhk.code, next))}
          >
            {rhk.points !== null ? (
              <span className="plan-option-meta plan-nowrap">
                {t('planning.competency.pointsEach', { points: rhk.points })}
              </span>
            ) : (
              <span className="plan-option-meta">{t('planning.competency.pointsGap')}</span>
            )}
            {rhk.conversion ? (
              <span className="hint plan-option-block">{rhk.conversion}</span>
            ) : null}
          </CountStepper>
        );
      })}
    </fieldset>
  );
}

/**
 * 2025+: one competency indicator, grouped by competence, agreed with the principal — or, for a
 * principal, with the pengawas as Tim Kinerja (§1.1, §3.5, §8.1).
 */
function IndicatorChoice({
  options,
  content,
  plan,
  edit,
}: Omit<TabProps, 'catalogues'> & { options: IndicatorOptions }) {
  const { t } = useI18n();
  const chosen = content.competencyIndicatorCode;
  const gaps = options.groups.filter((group) => group.isGap);
  return (
    <fieldset className="choice-list planning-group">
      <legend>{t('planning.competency.indicatorLegend')}</legend>
      <p className="hint">
        {t(
          plan.employee.kind === 'principal'
            ? 'planning.competency.indicatorHintPrincipal'
            : 'planning.competency.indicatorHint',
        )}
      </p>
      {options.groups
        .filter((group) => group.indicators.length > 0)
        .map((group) => (
          <fieldset key={group.code} className="choice-list planning-subgroup">
            <legend>{group.name}</legend>
            {group.indicators.map((indicator) => (
              <label key={indicator.code} className="radio">
                <input
                  type="radio"
                  name="competency-indicator"
                  checked={chosen === indicator.code}
                  onChange={() => edit(setCompetencyIndicator(indicator.code))}
                />
                <span>{indicator.name}</span>
              </label>
            ))}
          </fieldset>
        ))}
      {gaps.length > 0 ? (
        <p className="note" data-testid="competency-gaps">
          {t('planning.competency.gaps', { groups: gaps.map((group) => group.name).join(', ') })}
        </p>
      ) : null}
    </fieldset>
  );
}

/** Pengembangan Kompetensi in the rule set's mode: points (2024) or one indicator (2025+). */
export function CompetencyTab(props: TabProps) {
  const competency = props.catalogues.options.competency;
  return competency.mode === 'points' ? (
    <PointsChoice {...props} options={competency} />
  ) : (
    <IndicatorChoice {...props} options={competency} />
  );
}
