import type { EmployeeKind, MyPlanResponse, Plan } from '@kinerja/contract';
import { useRef, useState } from 'react';
import { describeError } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import type { MessageKey } from '../../../lib/i18n/messages-id';
import { PlanStatusBadge } from '../../../lib/plans/plan-status-badge';
import { startPlan } from '../../../lib/plans/plans-api';
import { FormAlert } from '../../../lib/ui/form-alert';
import { DeadlineNote } from './deadline-note';

/** The "Mulai" hint: a principal's names the Tim Kinerja step only where the rule set has it. */
function introKey(kind: EmployeeKind, isTeamRequired: boolean): MessageKey {
  if (kind === 'teacher') return 'planning.start.intro';
  return isTeamRequired ? 'planning.start.introPrincipalTeam' : 'planning.start.introPrincipal';
}

/** "Belum mulai": the period, the deadline, and "Mulai" or why it is not possible (domain.md §3.1). */
export function StartPlan({
  mine,
  kind,
  onStarted,
}: {
  mine: MyPlanResponse;
  kind: EmployeeKind;
  onStarted: (plan: Plan) => void;
}) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);
  const inFlight = useRef(false);

  const start = async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    setPending(true);
    setError(null);
    try {
      onStarted(await startPlan(kind));
    } catch (caught) {
      setError(describeError(caught, t));
    } finally {
      inFlight.current = false;
      setPending(false);
    }
  };

  return (
    <section className="card planning-narrow" aria-labelledby="start-heading">
      <h2 id="start-heading" className="card-kicker">
        {t('planning.start.period')}
      </h2>
      <p className="card-title">{mine.period.label}</p>
      <p>
        <PlanStatusBadge status="not_started" label={t('planning.status.not_started')} />
      </p>
      <DeadlineNote deadline={mine.planningDeadline} />
      {/* "Klik Mulai" only where there is a "Mulai" (issue #11 finding 6). */}
      {mine.canStart ? <p>{t(introKey(kind, mine.isTeamRequired === true))}</p> : null}
      <FormAlert message={error} />
      {mine.canStart ? (
        <button
          type="button"
          className="btn btn-primary"
          disabled={isPending}
          onClick={() => void start()}
        >
          {isPending ? t('planning.start.starting') : t('planning.start.button')}
        </button>
      ) : (
        <p className="alert alert-info" data-testid="start-refusal">
          {mine.startRefusal?.message ?? t('planning.start.notPossible')}
        </p>
      )}
    </section>
  );
}
