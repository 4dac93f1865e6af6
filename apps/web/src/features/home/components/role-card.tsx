import type { MeResponse } from '@kinerja/contract';
import { useI18n } from '../../../lib/i18n/i18n';
import { RoleSwitcher } from '../../../lib/session/role-switcher';
import { roleName } from '../../../lib/session/session';

/** The person's school(s) and active role, with the switcher when they have more than one role. */
export function RoleCard({ me }: { me: MeResponse }) {
  const { t } = useI18n();
  return (
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
          {roleName(me, me.activeRole, t(`role.${me.activeRole}`))}
        </p>
      ) : (
        <p className="note">{t('home.noRole')}</p>
      )}
      {me.roles.length > 1 ? <RoleSwitcher me={me} /> : null}
    </section>
  );
}
