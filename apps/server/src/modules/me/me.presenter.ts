import type { MeResponse, RoleCode } from '@kinerja/contract';
import { roleLabel } from '@kinerja/domain';
import type { SessionRow } from '../auth/sessions.repository.js';
import { presentPeriod } from '../periods/periods.presenter.js';
import type { PeriodRow } from '../periods/periods.repository.js';
import type { findPerson, findSchoolsOf } from './me.repository.js';
import type { RoleRow } from './roles.repository.js';

/** Everything the web shell needs about the signed-in person. */
export function presentMe(input: {
  person: Awaited<ReturnType<typeof findPerson>>;
  schools: Awaited<ReturnType<typeof findSchoolsOf>>;
  roles: RoleRow[];
  activeRole: RoleCode | null;
  period: PeriodRow;
  currentPeriodId: string;
  session: SessionRow;
  locale: 'id' | 'en';
}): MeResponse {
  const { person } = input;
  return {
    person: {
      id: person.id,
      name: person.name,
      email: person.email,
      nip: person.nip,
      nuptk: person.nuptk,
      employmentStatus: person.employmentStatus,
      golonganRuang: person.golonganRuang,
      jenjangJabatan: person.jenjangJabatan,
      jenisPtk: person.jenisPtk,
    },
    schools: input.schools,
    roles: input.roles.map((r) => ({ ...r, label: roleLabel(r.role, input.locale) })),
    activeRole: input.activeRole,
    activePeriod: presentPeriod(input.period, input.currentPeriodId),
    authMethod: input.session.authMethod,
    mustChangePassword: person.mustChangePassword,
    csrfToken: input.session.csrfToken,
  };
}
