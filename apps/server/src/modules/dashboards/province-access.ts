import { can, type Actor, type SchoolLevel } from '@kinerja/domain';
import type { Db } from '../../db/database.js';
import { forbidden, notFound } from '../../lib/app-error.js';
import { schoolLevelsOfActor } from '../plans/dinas-jurisdiction.js';
import { hasRole, hasRoleFor, loadActor } from '../plan-context/plan-actor.js';
import { findProvince } from './dashboards.repository.js';

/** The nation's dashboard is for administrators only (architecture.md §5). */
export async function requireNationAccess(
  db: Db,
  key: { personId: string; periodId: string },
): Promise<Actor> {
  const actor = await loadActor(db, key.personId, key.periodId);
  if (!hasRole(actor, 'admin')) throw forbidden('Dasbor nasional hanya untuk Admin.');
  return actor;
}

/**
 * A province's dashboard: administrators and the Dinas officials whose region covers the province
 * (a provincial Dinas); 404 for a province out of reach or unknown, 403 for other roles. The
 * province is a whole region; its counts are limited to the reader's school `levels` (§1.1).
 */
export async function requireProvinceAccess(
  db: Db,
  key: { personId: string; periodId: string; provinceCode: string },
): Promise<{ code: string; name: string; levels: SchoolLevel[] | null }> {
  const actor = await loadActor(db, key.personId, key.periodId);
  if (!hasRoleFor(actor, 'distribution.view'))
    throw forbidden('Peran Anda tidak dapat membuka data ini.');
  const province = await findProvince(db, key.provinceCode);
  const subject = { regionCode: key.provinceCode, periodId: key.periodId };
  if (!province || !can(actor, 'distribution.view', subject).allowed)
    throw notFound('Provinsi tidak ditemukan.');
  return { ...province, levels: schoolLevelsOfActor(actor) };
}
