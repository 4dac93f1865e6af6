import type { MeResponse, RoleCode } from '@kinerja/contract';
import { roleLabel, timeZoneOfProvince } from '@kinerja/domain';
import type { SessionRow } from '../auth/sessions.repository.js';
import { presentPeriod } from '../periods/periods.presenter.js';
import type { PeriodRow } from '../periods/periods.repository.js';
import type { MeProfile } from './me.repository.js';

/** Everything the web shell needs about the signed-in person. */
export function presentMe(input: {
  person: MeProfile;
  period: PeriodRow;
  currentPeriodId: string;
  session: SessionRow;
  locale: 'id' | 'en';
}): MeResponse {
  const { person } = input;
  const chosen = person.roles.find((r) => r.role === input.session.activeRole);
  const activeRole: RoleCode | null = (chosen ?? person.roles[0])?.role ?? null;
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
    schools: person.schools,
    // A Plt reads "Plt. Kepala Sekolah sebagai Atasan", never the definitive head's label (§1.1).
    roles: person.roles.map(({ isActing, ...r }) => ({
      ...r,
      label: roleLabel(r.role, input.locale, { isActing }),
    })),
    timeZone: timeZoneOfProvince(person.provinceCode).label,
    activeRole,
    activePeriod: presentPeriod(input.period, input.currentPeriodId, input.locale),
    authMethod: input.session.authMethod,
    mustChangePassword: person.mustChangePassword && input.session.authMethod === 'password',
    csrfToken: input.session.csrfToken,
  };
}
