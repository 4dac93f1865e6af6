import type { StaffMember } from '@kinerja/contract';
import type { ReactNode } from 'react';
import type { MessageKey } from '../../../lib/i18n/messages-id';
import { useI18n } from '../../../lib/i18n/i18n';
import { BreakableText } from '../../../lib/ui/breakable-text';

function StaffFacts({ person }: { person: StaffMember }) {
  const { t } = useI18n();
  const facts: Array<[MessageKey, ReactNode]> = [
    ['profile.jenisPtk', person.jenisPtk],
    ['profile.employmentStatus', t(`employment.${person.employmentStatus}`)],
    ['profile.nip', person.nip],
    ['profile.nuptk', person.nuptk],
    ['profile.email', person.email ? <BreakableText text={person.email} /> : t('staff.noEmail')],
  ];
  return (
    <dl className="facts facts-compact">
      {facts
        .filter(([, value]) => value !== null)
        .map(([key, value]) => (
          <div key={key}>
            <dt>{t(key)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

/** The staff as cards: readable at 360 px, a grid on wider screens. */
export function StaffList(props: { staff: StaffMember[]; onReset: (person: StaffMember) => void }) {
  const { t } = useI18n();
  return (
    <ul className="staff-list plain-list">
      {props.staff.map((person) => (
        <li key={person.id} className="card staff-card">
          <p className="staff-name">{person.name}</p>
          <StaffFacts person={person} />
          {person.mustChangePassword ? <p className="badge">{t('staff.mustChange')}</p> : null}
          {person.abilities.canResetPassword ? (
            <button
              type="button"
              className="btn btn-secondary"
              aria-label={t('staff.resetFor', { name: person.name })}
              onClick={() => props.onReset(person)}
            >
              {t('staff.reset')}
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
