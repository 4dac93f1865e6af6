import type { MeResponse, RoleCode } from '@kinerja/contract';
import { useState } from 'react';
import { describeError } from '../api/describe-error';
import { useI18n } from '../i18n/i18n';
import { roleName, useSession } from './session';
import { switchRole } from './session-api';

/** The person's distinct roles, each with the schools or Dinas offices it applies to. */
export function distinctRoles(me: MeResponse): Array<{ role: RoleCode; places: string[] }> {
  const byRole = new Map<RoleCode, string[]>();
  for (const r of me.roles) {
    const places = byRole.get(r.role) ?? [];
    const place = r.schoolName ?? r.dinasName;
    if (place && !places.includes(place)) places.push(place);
    byRole.set(r.role, places);
  }
  return [...byRole].map(([role, places]) => ({ role, places }));
}

/** One button per role (domain.md §1.3: a principal wears two hats); the active one is pressed. */
export function RoleSwitcher({ me, onSwitched }: { me: MeResponse; onSwitched?: () => void }) {
  const { t } = useI18n();
  const { refresh } = useSession();
  const [pending, setPending] = useState<RoleCode | null>(null);
  const [error, setError] = useState<string | null>(null);

  const choose = async (role: RoleCode) => {
    if (pending || role === me.activeRole) return;
    setPending(role);
    setError(null);
    try {
      await switchRole(role);
      await refresh();
      onSwitched?.();
    } catch (caught) {
      setError(describeError(caught, t));
    } finally {
      setPending(null);
    }
  };

  return (
    <div className="role-switcher">
      <div role="group" aria-label={t('role.switcherLabel')} className="choice-list">
        {distinctRoles(me).map(({ role, places }) => (
          <button
            key={role}
            type="button"
            className="choice"
            aria-pressed={me.activeRole === role}
            aria-busy={pending === role || undefined}
            disabled={pending !== null && pending !== role}
            onClick={() => void choose(role)}
          >
            <span className="choice-label">{roleName(me, role, t(`role.${role}`))}</span>
            {places.length > 0 ? <span className="choice-detail">{places.join(', ')}</span> : null}
          </button>
        ))}
      </div>
      {error ? (
        <p role="alert" className="alert alert-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
