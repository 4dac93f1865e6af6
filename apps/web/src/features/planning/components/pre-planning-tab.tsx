import type { PlanTeamResponse } from '@kinerja/contract';
import { useEffect, useState } from 'react';
import { useI18n } from '../../../lib/i18n/i18n';
import { formatDateTime } from '../../../lib/i18n/format-date-time';
import { fetchPlanTeam } from '../../../lib/plans/plans-api';
import { PersonalDataFacts } from './personal-data-facts';
import { TeamFacts } from './team-step';
import type { TabProps } from './tab-props';

/** Pra-Perencanaan (2026): the confirmed data diri and, for a principal, the team (§3.7, §3.8). */
export function PrePlanningTab({ plan }: TabProps) {
  const { t, locale } = useI18n();
  const [team, setTeam] = useState<PlanTeamResponse | null>(null);
  const isTeamRequired = plan.team?.isRequired ?? false;
  useEffect(() => {
    if (!isTeamRequired) return;
    let isCurrent = true;
    fetchPlanTeam(plan.id).then(
      (loaded) => isCurrent && setTeam(loaded),
      () => undefined,
    );
    return () => {
      isCurrent = false;
    };
  }, [plan.id, isTeamRequired]);
  const confirmedAt = plan.personalData.confirmedAt;
  return (
    <div className="stack">
      <h3 className="card-heading">{t('planning.personal.title')}</h3>
      {confirmedAt ? (
        <p className="hint">
          {t('planning.personal.confirmedAt', { date: formatDateTime(confirmedAt, locale) })}
        </p>
      ) : null}
      <PersonalDataFacts plan={plan} />
      {isTeamRequired ? (
        <>
          <h3 className="card-heading">{t('planning.team.title')}</h3>
          {team ? <TeamFacts team={team} /> : null}
        </>
      ) : null}
    </div>
  );
}
