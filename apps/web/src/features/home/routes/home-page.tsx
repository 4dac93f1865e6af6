import type { MeResponse } from '@kinerja/contract';
import { useI18n } from '../../../lib/i18n/i18n';
import { noticeNavItems } from '../../../lib/notifications/notice-pages';
import { Link } from '../../../lib/router';
import { activeRoleIn, rosterRoles, useMe } from '../../../lib/session/session';
import { Page } from '../../../lib/ui/page';
import { DueSection, useHomeLoad } from '../components/due-section';
import { NoticeActions } from '../components/notice-actions';
import { PeriodCard } from '../components/period-card';
import { ProfileCard } from '../components/profile-card';
import { RoleCard } from '../components/role-card';

function RosterActions() {
  const { t } = useI18n();
  return (
    <ul className="grid plain-list">
      <li>
        <Link to="/operator/impor" className="action-card">
          <strong>{t('nav.import')}</strong>
          <span>{t('home.importDesc')}</span>
        </Link>
      </li>
      <li>
        <Link to="/operator/ptk" className="action-card">
          <strong>{t('nav.staff')}</strong>
          <span>{t('home.staffDesc')}</span>
        </Link>
      </li>
    </ul>
  );
}

/** / — Beranda: who is signed in, where, in which role and period, and what they can do. */
export function HomePage() {
  const { t } = useI18n();
  const me = useMe();
  const hasActions = activeRoleIn(me, rosterRoles) || noticeNavItems(me).length > 0;
  const { load, reload } = useHomeLoad(me);
  return (
    <Page title={t('nav.home')} wide>
      <p className="greeting">{t('home.greeting', { name: me.person.name })}</p>
      <DueSection me={me} load={load} reload={reload} />
      {/* The cards wait for what is due (one round trip), so they appear once, below its final
          height, instead of being pushed down under the reader's thumb (issue 15: CLS 0.30). */}
      {load.status === 'loading' ? null : <HomeCards me={me} hasActions={hasActions} />}
    </Page>
  );
}

/** Role, period, the role's actions and the profile: what the person is and can do. */
function HomeCards({ me, hasActions }: { me: MeResponse; hasActions: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <div className="grid">
        <RoleCard me={me} />
        <PeriodCard period={me.activePeriod} />
      </div>
      {hasActions ? <h2 className="section-heading">{t('home.actions')}</h2> : null}
      {activeRoleIn(me, rosterRoles) ? <RosterActions /> : null}
      <NoticeActions me={me} />
      <ProfileCard me={me} />
    </>
  );
}
