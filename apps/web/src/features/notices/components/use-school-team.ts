import type { TimKinerjaMember } from '@kinerja/contract';
import { useCallback, useEffect, useState } from 'react';
import { describeError } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { fetchSchoolPlans } from '../../../lib/plans/plans-api';
import { fetchSchoolStaff, fetchTimKinerja } from '../api/tim-kinerja-api';
import type { TimSchool } from './use-tim-schools';

/** Someone whose Tim Kinerja may be plotted; the principal comes first. */
export type TimEmployee = { id: string; name: string; isPrincipal: boolean };

/** The school's plotted members and its employees. */
export type SchoolTeam = { members: TimKinerjaMember[]; employees: TimEmployee[] };

async function loadEmployees(school: TimSchool): Promise<TimEmployee[]> {
  const principalId = school.principal?.id;
  const people =
    school.source === 'staff'
      ? (await fetchSchoolStaff(school.id)).map((s) => ({
          id: s.id,
          name: s.name,
          isPrincipal: s.id === principalId || s.jenisPtk === 'Kepala Sekolah',
        }))
      : (await fetchSchoolPlans(school.id)).plans.map((p) => ({
          id: p.employee.id,
          name: p.employee.name,
          isPrincipal: false,
        }));
  const all = school.principal
    ? [{ ...school.principal, isPrincipal: true }, ...people.filter((p) => p.id !== principalId)]
    : people;
  return all.sort(
    (a, b) => Number(b.isPrincipal) - Number(a.isPrincipal) || a.name.localeCompare(b.name),
  );
}

/** Loads a school's Tim Kinerja and employees for the period; `reload` after a change. */
export function useSchoolTeam(school: TimSchool | null, periodId: string) {
  const { t } = useI18n();
  const [team, setTeam] = useState<SchoolTeam | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    if (!school) return;
    try {
      const [members, employees] = await Promise.all([
        fetchTimKinerja(school.id, periodId),
        loadEmployees(school),
      ]);
      setTeam({ members, employees });
      setError(null);
    } catch (caught) {
      setError(describeError(caught, t));
    }
  }, [school, periodId, t]);
  useEffect(() => {
    setTeam(null);
    void reload();
  }, [reload]);
  return { team, error, reload };
}
