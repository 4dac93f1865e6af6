import type { PracticeCycle } from '@kinerja/contract';
import { formatDate } from '../../../lib/i18n/format-date';
import { useI18n } from '../../../lib/i18n/i18n';
import { formatDateTime } from '../../../lib/i18n/format-date-time';
import { formatSize } from './modul-ajar-field';

// Read-only views of each step: what was agreed, rated and written (also what the assessment reads).

/** "12 Maret 2025 pukul 08.30". */
function useSchedule(cycle: PracticeCycle): string | null {
  const { t, locale } = useI18n();
  const { scheduledDate, scheduledTime } = cycle.preparation;
  if (!scheduledDate) return null;
  const date = formatDate(scheduledDate, locale);
  if (!scheduledTime) return date;
  const time = locale === 'id' ? scheduledTime.replace(':', '.') : scheduledTime;
  return t('execution.preparation.scheduleAt', { date, time });
}

/** A: focus behaviours, schedule, the 2025+ texts and the Modul Ajar. */
export function PreparationView({ cycle }: { cycle: PracticeCycle }) {
  const { t, locale } = useI18n();
  const schedule = useSchedule(cycle);
  const p = cycle.preparation;
  const focus =
    cycle.indicator.targets.length > 0
      ? cycle.indicator.targets
          .filter((target) => p.focusBehaviourCodes.includes(target.code))
          .map((target) => target.text)
      : p.customFocusBehaviours;
  return (
    <dl className="facts exec-view">
      <div>
        <dt>{t('execution.preparation.focusLegend')}</dt>
        <dd>
          {focus.length > 0 ? (
            <ul>
              {focus.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          ) : (
            t('common.empty')
          )}
        </dd>
      </div>
      <div>
        <dt>{t('execution.preparation.schedule')}</dt>
        <dd>{schedule ?? t('common.empty')}</dd>
      </div>
      {p.isTextRequired ? (
        <>
          <div>
            <dt>{t('execution.preparation.specificBehaviour')}</dt>
            <dd className="exec-pre">{p.specificBehaviour || t('common.empty')}</dd>
          </div>
          <div>
            <dt>{t('execution.preparation.efforts')}</dt>
            <dd className="exec-pre">{p.effortsToReachTarget || t('common.empty')}</dd>
          </div>
        </>
      ) : null}
      <div>
        <dt>{t('execution.modulAjar.legend')}</dt>
        <dd>
          {p.modulAjar ? (
            <a href={p.modulAjar.url} target="_blank" rel="noopener" className="break">
              {p.modulAjar.fileName} ({formatSize(p.modulAjar.sizeBytes, locale)})
            </a>
          ) : (
            t('execution.modulAjar.none')
          )}
        </dd>
      </div>
    </dl>
  );
}

/** B: each behaviour with its rating and note. */
export function ObservationView({ cycle }: { cycle: PracticeCycle }) {
  const { t } = useI18n();
  const { ratings, generalNote, rated, total } = cycle.observation;
  if (total === 0) return <p className="muted">{t('execution.observation.noItems')}</p>;
  return (
    <div className="stack exec-view">
      <p className="muted">{t('execution.observation.progress', { rated, total })}</p>
      <ol className="exec-rated">
        {ratings.map((item) => (
          <li key={item.code}>
            <p>
              {item.text}
              {item.isFocus ? (
                <span className="badge exec-badge-focus">{t('execution.observation.focus')}</span>
              ) : null}
            </p>
            <p>
              <span className="exec-rating" data-value={item.rating ?? 'none'}>
                {item.ratingLabel ?? t('execution.observation.unrated')}
              </span>
            </p>
            {item.note ? <p className="muted exec-pre">{item.note}</p> : null}
          </li>
        ))}
      </ol>
      {generalNote ? (
        <p className="exec-pre">
          <strong>{t('execution.observation.generalNote')}:</strong> {generalNote}
        </p>
      ) : null}
    </div>
  );
}

/** C: the agreed follow-up and whether the employee has confirmed it. */
export function FollowUpAgreement({ cycle }: { cycle: PracticeCycle }) {
  const { t, locale } = useI18n();
  const { agreement, acknowledgedAt } = cycle.followUp;
  return (
    <div className="stack exec-view">
      <h3 className="exec-sub">{t('execution.followUp.label')}</h3>
      {agreement ? (
        <blockquote className="exec-quote">{agreement}</blockquote>
      ) : (
        <p className="muted">{t('common.empty')}</p>
      )}
      <p className="muted">
        {acknowledgedAt
          ? t('execution.followUp.acknowledgedAt', {
              name: cycle.employee.name,
              date: formatDateTime(acknowledgedAt, locale),
            })
          : t('execution.followUp.notAcknowledged', { name: cycle.employee.name })}
      </p>
    </div>
  );
}

/** D: the logged actions. */
export function ActionsView({ cycle }: { cycle: PracticeCycle }) {
  const { t, locale } = useI18n();
  if (cycle.actions.length === 0) {
    return <p className="muted">{t('execution.actions.none')}</p>;
  }
  return (
    <ol className="exec-rated exec-view">
      {cycle.actions.map((action, index) => (
        <li key={index}>
          <p className="muted">{formatDate(action.date, locale)}</p>
          <p className="exec-pre">{action.description}</p>
        </li>
      ))}
    </ol>
  );
}

/** E: the reflection and the observer's comment. */
export function ReflectionView({ cycle }: { cycle: PracticeCycle }) {
  const { t } = useI18n();
  return (
    <div className="stack exec-view">
      <h3 className="exec-sub">{t('execution.reflection.cycleLabel')}</h3>
      <blockquote className="exec-quote">{cycle.reflection.text || t('common.empty')}</blockquote>
      <h3 className="exec-sub">{t('execution.reflection.comment')}</h3>
      <blockquote className="exec-quote">
        {cycle.reflection.comment || t('common.empty')}
      </blockquote>
    </div>
  );
}
