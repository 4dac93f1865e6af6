import type { TimKinerjaMember } from '@kinerja/contract';
import { useI18n } from '../../../lib/i18n/i18n';

/** Members grouped by the employee they advise on, in the order the API lists them. */
function byEmployee(members: TimKinerjaMember[]) {
  const groups = new Map<string, { name: string; members: TimKinerjaMember[] }>();
  for (const member of members) {
    const group = groups.get(member.employee.id) ?? { name: member.employee.name, members: [] };
    group.members.push(member);
    groups.set(member.employee.id, group);
  }
  return [...groups.entries()];
}

/** The plotted Tim Kinerja, one card per employee, each member with "Hapus". */
export function TeamMembers({
  members,
  principalId,
  onRemove,
}: {
  members: TimKinerjaMember[];
  principalId: string | null;
  onRemove: (member: TimKinerjaMember) => void;
}) {
  const { t } = useI18n();
  // The principal's team first: that is what the 2026 principal confirms before planning.
  const groups = byEmployee(members).sort(
    ([a], [b]) => Number(b === principalId) - Number(a === principalId),
  );
  return (
    <ul className="plain-list notices-cards">
      {groups.map(([employeeId, group]) => (
        <li key={employeeId} className="card team-card">
          <h3 className="team-employee">
            {employeeId === principalId
              ? t('notices.tim.employeePrincipal', { name: group.name })
              : group.name}
          </h3>
          <ul className="plain-list team-members">
            {group.members.map((member) => (
              <li key={member.id} className="team-member">
                <p>
                  <strong>{member.member.name}</strong>
                  <span className="person-facts">
                    {t('notices.tim.assignedBy', { name: member.assignedBy.name })}
                  </span>
                </p>
                <button
                  type="button"
                  className="btn btn-secondary"
                  aria-label={t('notices.tim.removeFor', {
                    member: member.member.name,
                    employee: group.name,
                  })}
                  onClick={() => onRemove(member)}
                >
                  {t('notices.tim.remove')}
                </button>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
