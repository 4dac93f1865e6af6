import type { StaffMember } from '@kinerja/contract';
import { useI18n } from '../../../lib/i18n/i18n';
import { BreakableText } from '../../../lib/ui/breakable-text';

/** The staff as cards: readable at 360 px, a grid on wider screens. */
export function StaffList({
  staff,
  onReset,
}: {
  staff: StaffMember[];
  onReset: (person: StaffMember) => void;
}) {
  const { t } = useI18n();
  return (
    <ul className="staff-list plain-list">
      {staff.map((person) => (
        <li key={person.id} className="card staff-card">
          <p className="staff-name">{person.name}</p>
          <dl className="facts facts-compact">
            {person.jenisPtk ? (
              <div>
                <dt>{t('profile.jenisPtk')}</dt>
                <dd>{person.jenisPtk}</dd>
              </div>
            ) : null}
            <div>
              <dt>{t('profile.employmentStatus')}</dt>
              <dd>{t(`employment.${person.employmentStatus}`)}</dd>
            </div>
            {person.nip ? (
              <div>
                <dt>{t('profile.nip')}</dt>
                <dd>{person.nip}</dd>
              </div>
            ) : null}
            {person.nuptk ? (
              <div>
                <dt>{t('profile.nuptk')}</dt>
                <dd>{person.nuptk}</dd>
              </div>
            ) : null}
            <div>
              <dt>{t('profile.email')}</dt>
              <dd className="break">
                {person.email ? <BreakableText text={person.email} /> : t('staff.noEmail')}
              </dd>
            </div>
          </dl>
          {person.mustChangePassword ? <p className="badge">{t('staff.mustChange')}</p> : null}
          {person.abilities.canResetPassword ? (
            <button
              type="button"
              className="btn btn-secondary"
              aria-label={t('staff.resetFor', { name: person.name })}
              onClick={() => onReset(person)}
            >
              {t('staff.reset')}
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
