import type { TimKinerjaMember } from '@kinerja/contract';
import { isPeriodVersion, ruleSetFor } from '@kinerja/domain';
import { useEffect, useId, useState } from 'react';
import { useI18n } from '../../../lib/i18n/i18n';
import { timKinerjaRoles } from '../../../lib/notifications/notice-pages';
import { useMe } from '../../../lib/session/session';
import { Loading } from '../../../lib/ui/loading';
import { Page } from '../../../lib/ui/page';
import { AssignMemberForm } from '../components/assign-member-form';
import { RemoveMemberDialog } from '../components/remove-member-dialog';
import { RoleGuard } from '../components/role-guard';
import { TeamMembers } from '../components/team-members';
import { useSchoolTeam } from '../components/use-school-team';
import { useTimSchools, type TimSchool } from '../components/use-tim-schools';
import '../notices.css';

function SchoolTeam({ school, periodId }: { school: TimSchool; periodId: string }) {
  const { t } = useI18n();
  const { team, error, reload } = useSchoolTeam(school, periodId);
  const [removing, setRemoving] = useState<TimKinerjaMember | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const principalId =
    school.principal?.id ?? team?.employees.find((e) => e.isPrincipal)?.id ?? null;

  return (
    <>
      <div role="status" className={status ? 'alert alert-success' : 'alert-empty'}>
        {status}
      </div>
      {error ? (
        <div role="alert" className="alert alert-error">
          <p>{error}</p>
          <button type="button" className="btn-link" onClick={() => void reload()}>
            {t('common.retry')}
          </button>
        </div>
      ) : null}
      {!team && !error ? <Loading label={t('common.loading')} /> : null}
      {team ? (
        <div className="notices-columns">
          <AssignMemberForm
            key={school.id}
            employees={team.employees}
            existing={team.members}
            periodId={periodId}
            onAssigned={({ member, wasThere }) => {
              const names = { member: member.member.name, employee: member.employee.name };
              setStatus(t(wasThere ? 'notices.tim.already' : 'notices.tim.added', names));
              void reload();
            }}
          />
          <section className="stack" aria-labelledby="team-heading">
            <h2 id="team-heading" className="section-heading">
              {t('notices.tim.membersTitle')}
            </h2>
            {team.members.length === 0 ? <p className="note">{t('notices.tim.empty')}</p> : null}
            <TeamMembers members={team.members} principalId={principalId} onRemove={setRemoving} />
          </section>
        </div>
      ) : null}
      {removing ? (
        <RemoveMemberDialog
          member={removing}
          onClose={(didRemove) => {
            if (didRemove) {
              const names = { member: removing.member.name, employee: removing.employee.name };
              setStatus(t('notices.tim.removed', names));
              void reload();
            }
            setRemoving(null);
          }}
        />
      ) : null}
    </>
  );
}

function TimKinerjaContent() {
  const { t } = useI18n();
  const me = useMe();
  const period = me.activePeriod;
  const load = useTimSchools(me);
  const [schoolId, setSchoolId] = useState<string | null>(null);
  const selectId = useId();
  const schools = load.status === 'ready' ? load.schools : [];
  useEffect(() => {
    if (load.status === 'ready') setSchoolId(load.schools[0]?.id ?? null);
  }, [load]);
  const school = schools.find((s) => s.id === schoolId) ?? null;

  return (
    <Page title={t('notices.tim.title')} wide>
      <p className="lead">{t('notices.tim.intro')}</p>
      {/* Tim Kinerja is plotted only where the rule set has it (2026 Pra-Perencanaan) — domain.md §2.2. */}
      {!isPlotted(period.ruleSetVersion) ? (
        <p className="alert alert-info">{t('notices.tim.not2026', { period: period.label })}</p>
      ) : null}
      {load.status === 'loading' ? <Loading label={t('common.loading')} /> : null}
      {load.status === 'error' ? (
        <p role="alert" className="alert alert-error">
          {load.message}
        </p>
      ) : null}
      {load.status === 'ready' && schools.length === 0 ? (
        <p className="note">{t('notices.tim.noSchool')}</p>
      ) : null}
      {schools.length > 1 ? (
        <div className="field notices-school">
          <label htmlFor={selectId}>{t('notices.tim.school')}</label>
          <select
            id={selectId}
            value={schoolId ?? ''}
            onChange={(event) => setSchoolId(event.target.value)}
          >
            {schools.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {school ? (
        <>
          <p className="school-line">
            {schools.length > 1 ? null : <strong>{school.name}</strong>}
            {school.principal ? (
              <span className="person-facts">
                {t('notices.tim.principal', { name: school.principal.name })}
              </span>
            ) : null}
          </p>
          <SchoolTeam key={school.id} school={school} periodId={period.id} />
        </>
      ) : null}
    </Page>
  );
}

/** /tim-kinerja — 2026 Pra-Perencanaan: the operator and the Dinas plot the Tim Kinerja (§2.2). */
export function TimKinerjaPage() {
  const { t } = useI18n();
  return (
    <RoleGuard roles={timKinerjaRoles} title={t('notices.tim.title')}>
      <TimKinerjaContent />
    </RoleGuard>
  );
}

/** Whether the period's rule set plots Tim Kinerja (a rule-set field, never a version string). */
function isPlotted(version: string): boolean {
  return isPeriodVersion(version) && ruleSetFor(version).timKinerja.isPlotted;
}
