import { useI18n } from '../../../lib/i18n/i18n';
import { Link } from '../../../lib/router';
import { RoleSwitcher } from '../../../lib/session/role-switcher';
import { activeRoleIn, rosterRoles, useMe } from '../../../lib/session/session';
import { Page } from '../../../lib/ui/page';
import { PeriodCard } from '../components/period-card';
import { ProfileCard } from '../components/profile-card';

/** / — Beranda: who is signed in, where, in which role and period, and what they can do. */
export function HomePage() {
  const { t } = useI18n();
  const me = useMe();
  const canManageRoster = activeRoleIn(me, rosterRoles);
  return (
    <Page title={t('nav.home')} wide>
      <p className="greeting">{t('home.greeting', { name: me.person.name })}</p>
      <div className="grid">
        <section className="card" aria-labelledby="role-heading">
          {me.schools.length > 0 ? (
            <>
              <h2 className="card-kicker">{t('home.school')}</h2>
              <ul className="plain-list card-title">
                {me.schools.map((school) => (
                  <li key={school.id}>
                    {school.name} <span className="muted">(NPSN {school.npsn})</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <h2 id="role-heading" className="card-kicker">
            {t('home.activeRole')}
          </h2>
          {me.activeRole ? (
            <p className="card-title" data-testid="active-role">
              {t(`role.${me.activeRole}`)}
            </p>
          ) : (
            <p className="note">{t('home.noRole')}</p>
          )}
          {me.roles.length > 1 ? <RoleSwitcher me={me} /> : null}
        </section>
        <PeriodCard period={me.activePeriod} />
      </div>
      <h2 className="section-heading">{t('home.actions')}</h2>
      {canManageRoster ? (
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
      ) : null}
      <p className="note">{t('home.comingSoon')}</p>
      <ProfileCard me={me} />
    </Page>
  );
}
