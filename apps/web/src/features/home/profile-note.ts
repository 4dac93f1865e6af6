import type { RoleCode } from '@kinerja/contract';
import type { MessageKey } from '../../lib/i18n/messages-id';

/**
 * Where the "Data diri" of a person in this role comes from, and whom to ask to fix it (domain.md
 * §3.2): a school's teachers and principals are in Dapodik through the Operator Sekolah, the operator
 * fixes it by importing Dapodik, a pengawas or Dinas official is recorded from the Dinas's staff
 * records by the Admin, and the Admin keeps the data themselves — no note (issue #11 finding 7).
 */
export function profileNoteKey(role: RoleCode | null): MessageKey | null {
  switch (role) {
    case 'teacher':
    case 'principal_supervisor':
    case 'principal_employee':
      return 'profile.note';
    case 'school_operator':
      return 'home.profileNoteRoster';
    case 'pengawas':
    case 'dinas_official':
      return 'home.profileNoteOffice';
    case 'admin':
    case null:
      return null;
  }
}
