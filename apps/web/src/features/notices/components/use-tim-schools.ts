import type { MeResponse } from '@kinerja/contract';
import { useEffect, useState } from 'react';
import { describeError } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { fetchDinasPlans } from '../../../lib/plans/plans-api';

/** A school whose Tim Kinerja the active role may plot, with its principal when known. */
export type TimSchool = {
  id: string;
  name: string;
  principal: { id: string; name: string } | null;
  /** Where the employees of the school come from: the staff list or the Dinas's plan lists. */
  source: 'staff' | 'dinas';
};

/** Loading, failed, or the schools. */
export type TimSchoolsLoad =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; schools: TimSchool[] };

/** The operator's own schools, or the schools of the Dinas offices the official serves. */
async function loadSchools(me: MeResponse): Promise<TimSchool[]> {
  if (me.activeRole === 'school_operator') {
    const seen = new Map<string, TimSchool>();
    for (const role of me.roles) {
      if (role.role !== 'school_operator' || !role.schoolId) continue;
      const name = role.schoolName ?? role.schoolId;
      seen.set(role.schoolId, { id: role.schoolId, name, principal: null, source: 'staff' });
    }
    return [...seen.values()];
  }
  const dinasIds = new Set(
    me.roles.filter((r) => r.role === 'dinas_official' && r.dinasId).map((r) => r.dinasId!),
  );
  const schools: TimSchool[] = [];
  for (const dinasId of dinasIds) {
    const list = await fetchDinasPlans(dinasId, { limit: 500 });
    for (const item of list.plans) {
      schools.push({
        id: item.school.id,
        name: `${item.school.name} (NPSN ${item.school.npsn})`,
        principal: item.employee,
        source: 'dinas',
      });
    }
  }
  return schools.sort((a, b) => a.name.localeCompare(b.name));
}

/** The schools of the Tim Kinerja page, reloaded when the role or period changes. */
export function useTimSchools(me: MeResponse): TimSchoolsLoad {
  const { t } = useI18n();
  const [load, setLoad] = useState<TimSchoolsLoad>({ status: 'loading' });
  useEffect(() => {
    let isCurrent = true;
    setLoad({ status: 'loading' });
    loadSchools(me).then(
      (schools) => isCurrent && setLoad({ status: 'ready', schools }),
      (error: unknown) =>
        isCurrent && setLoad({ status: 'error', message: describeError(error, t) }),
    );
    return () => {
      isCurrent = false;
    };
  }, [me, t]);
  return load;
}
