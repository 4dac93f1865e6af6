import type { Plan, PlanTeamResponse } from '@kinerja/contract';
import { useCallback, useEffect, useState } from 'react';
import { describeError } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { confirmPlanTeam, fetchPlanTeam } from '../../../lib/plans/plans-api';
import { FormAlert } from '../../../lib/ui/form-alert';
import { Loading } from '../../../lib/ui/loading';
import { useFormAction } from '../../../lib/ui/use-form-action';

/** Tim Kinerja and Pejabat Penilai Kinerja of a principal as read from the roster. */
export function TeamFacts({ team }: { team: PlanTeamResponse }) {
  const { t } = useI18n();
  return (
    <dl className="facts" data-testid="plan-team">
      <div>
        <dt>{t('planning.team.assessor')}</dt>
        <dd>
          {team.assessor ? (
            <>
              {team.assessor.name}
              <br />
              <span className="muted">{team.assessor.dinasName}</span>
            </>
          ) : (
            t('planning.team.noAssessor')
          )}
        </dd>
      </div>
      <div>
        <dt>{t('planning.team.timKinerja')}</dt>
        <dd>
          {team.timKinerja.length === 0 ? (
            t('planning.team.noMembers')
          ) : (
            <ul className="plain-list">
              {team.timKinerja.map((member) => (
                <li key={member.id}>
                  {member.name}{' '}
                  <span className="muted">({t(`planning.team.source.${member.source}`)})</span>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
    </dl>
  );
}

/** 2026 principal: confirm Tim Kinerja and Pejabat Penilai Kinerja before the tabs (domain.md §3.8). */
export function TeamStep({ plan, onDone }: { plan: Plan; onDone: (plan: Plan) => void }) {
  const { t } = useI18n();
  const [team, setTeam] = useState<PlanTeamResponse | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const confirm = useFormAction([]);

  const load = useCallback(async () => {
    setLoadError(null);
    try {
      setTeam(await fetchPlanTeam(plan.id));
    } catch (error) {
      setLoadError(describeError(error, t));
    }
  }, [plan.id, t]);
  useEffect(() => void load(), [load]);

  return (
    <section className="card planning-narrow" aria-labelledby="team-heading">
      <p className="card-kicker">{plan.periodLabel}</p>
      <h2 id="team-heading" className="card-title">
        {t('planning.team.title')}
      </h2>
      <p>{t('planning.team.intro')}</p>
      {loadError ? (
        <>
          <p role="alert" className="alert alert-error">
            {loadError}
          </p>
          <button type="button" className="btn btn-secondary" onClick={() => void load()}>
            {t('common.retry')}
          </button>
        </>
      ) : null}
      {!team && !loadError ? <Loading label={t('common.loading')} /> : null}
      {team ? (
        <>
          <TeamFacts team={team} />
          {team.message ? <p className="alert alert-info">{team.message}</p> : null}
          <p className="note">{t('planning.team.rosterNote')}</p>
          <FormAlert message={confirm.errors.general} />
          {plan.abilities.canConfirmTeam ? (
            <div className="actions">
              <button
                type="button"
                className="btn btn-primary"
                disabled={confirm.isPending}
                onClick={() => void confirm.run(async () => onDone(await confirmPlanTeam(plan.id)))}
              >
                {t('planning.team.confirm')}
              </button>
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
