import { can, type Actor, type PolicyAction } from '@kinerja/domain';
import type { Db } from '../../db/database.js';
import { forbidden, notFound } from '../../lib/app-error.js';
import { hasRoleFor, loadActor } from '../plan-context/plan-actor.js';
import { withSchoolLevel } from '../plans/plan-supervision.js';
import {
  findDinasFacts,
  findSchoolFacts,
  type DinasFacts,
  type SchoolFacts,
} from '../plans/plan-lists.repository.js';

function denied(actor: Actor, action: PolicyAction, what: string): Error {
  return hasRoleFor(actor, action)
    ? notFound(`${what} tidak ditemukan.`)
    : forbidden('Peran Anda tidak dapat membuka data ini.');
}

/**
 * A school's documents and exports are for its head in the period, the Dinas of its region and
 * admins (architecture.md §5): 404 for a school out of reach, 403 for other roles.
 */
export async function requireSchoolAccess(
  db: Db,
  key: { personId: string; schoolId: string; periodId: string; action: PolicyAction },
): Promise<{ actor: Actor; school: SchoolFacts }> {
  const actor = await loadActor(db, key.personId, key.periodId);
  const school = await findSchoolFacts(db, key);
  const subject = {
    schoolId: key.schoolId,
    ...withSchoolLevel(school?.jenjang),
    regionCode: school?.regencyCode,
    periodId: key.periodId,
  };
  if (!school || !can(actor, key.action, subject).allowed) {
    throw denied(actor, key.action, 'Sekolah');
  }
  return { actor, school };
}

/** The region code a Dinas office covers: its province, or its kabupaten/kota. */
export const dinasRegionCode = (dinas: DinasFacts): string =>
  dinas.level === 'provinsi' ? dinas.provinceCode : (dinas.regencyCode ?? dinas.provinceCode);

/** A Dinas region's documents and exports: its officials (and a province's over it) and admins. */
export async function requireDinasAccess(
  db: Db,
  key: { personId: string; dinasId: string; periodId: string; action: PolicyAction },
): Promise<{ actor: Actor; dinas: DinasFacts }> {
  const actor = await loadActor(db, key.personId, key.periodId);
  const dinas = await findDinasFacts(db, key.dinasId);
  const subject = {
    regionCode: dinas ? dinasRegionCode(dinas) : undefined,
    // Only a Dinas of the same level opens this office's area — domain.md §1.1.
    ...(dinas ? { dinasLevel: dinas.level } : {}),
    periodId: key.periodId,
  };
  if (!dinas || !can(actor, key.action, subject).allowed) {
    throw denied(actor, key.action, 'Dinas');
  }
  return { actor, dinas };
}
