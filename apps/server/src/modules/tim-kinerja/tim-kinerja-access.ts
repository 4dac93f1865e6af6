import { can, type Actor } from '@kinerja/domain';
import type { Db } from '../../db/database.js';
import { findSchoolFacts } from '../plans/plan-lists.repository.js';
import { hiddenOrForbidden } from '../plans/plan-errors.js';
import { loadActor } from '../plan-context/plan-actor.js';
import { withSchoolLevel } from '../plans/plan-supervision.js';

/**
 * Tim Kinerja plotting is for the school's operator, the Dinas of its region and administrators
 * (domain.md §1.1, §2.2): 404 for another school, 403 for other roles.
 */
export async function requireTimKinerjaManager(
  db: Db,
  key: { personId: string; schoolId: string; periodId: string },
): Promise<{ actor: Actor; provinceCode: string }> {
  const actor = await loadActor(db, key.personId, key.periodId);
  const school = await findSchoolFacts(db, { schoolId: key.schoolId, periodId: key.periodId });
  const subject = {
    schoolId: key.schoolId,
    ...withSchoolLevel(school?.jenjang),
    regionCode: school?.regencyCode,
    periodId: key.periodId,
  };
  if (!school || !can(actor, 'tim_kinerja.assign', subject).allowed) {
    throw hiddenOrForbidden(actor, 'tim_kinerja.assign');
  }
  return { actor, provinceCode: school.provinceCode };
}
