import {
  can,
  toIsoDate,
  type Actor,
  type EmployeeKind,
  type IsoDate,
  type RuleSet,
  type SupervisorResolution,
} from '@kinerja/domain';
import type { Db } from '../../db/database.js';
import { AppError, forbidden } from '../../lib/app-error.js';
import {
  findEmployeeContext,
  findEmployeeSchoolId,
  type EmployeeContext,
} from '../plan-context/employee-context.repository.js';
import { hasRole, loadActor } from '../plan-context/plan-actor.js';
import { ruleSetForPeriod } from './plan-rules.js';
import { resolveSupervision } from './plan-supervision.js';

/** What "Mulai" and "Belum mulai" need before any plan row exists. */
export type StartFacts = {
  actor: Actor;
  kind: EmployeeKind;
  employee: EmployeeContext;
  ruleSet: RuleSet;
  resolution: SupervisorResolution;
  today: IsoDate;
};

const ROLE_OF = { teacher: 'teacher', principal: 'principal_employee' } as const;

/**
 * Which plan the caller means: the kind asked for, else the active role's, else the one role they
 * hold ("Guru sebagai Pegawai" before "Kepala Sekolah sebagai Pegawai" — domain.md §1.3).
 */
export function pickKind(
  actor: Actor,
  options: { requested?: EmployeeKind | undefined; activeRole: string | null },
): EmployeeKind | null {
  if (options.requested) return options.requested;
  if (options.activeRole === 'principal_employee' && hasRole(actor, 'principal_employee')) {
    return 'principal';
  }
  if (hasRole(actor, 'teacher')) return 'teacher';
  return hasRole(actor, 'principal_employee') ? 'principal' : null;
}

function notAnEmployee(): AppError {
  return forbidden(
    'Perencanaan Kinerja hanya untuk Guru sebagai Pegawai dan Kepala Sekolah sebagai Pegawai pada periode ini.',
  );
}

/** Loads and authorizes the facts of a plan not started yet; 403 when the caller has no such role. */
export async function loadStartFacts(
  db: Db,
  options: {
    personId: string;
    periodId: string;
    requested?: EmployeeKind | undefined;
    activeRole: string | null;
    now: Date;
    /** The caller's actor in `periodId` when already loaded (GET /api/home — issue 15). */
    actor?: Actor | undefined;
  },
): Promise<StartFacts> {
  const known = options.actor?.personId === options.personId ? options.actor : undefined;
  const actor = known ?? (await loadActor(db, options.personId, options.periodId));
  const kind = pickKind(actor, options);
  if (!kind) throw notAnEmployee();
  const subject = { ownerId: options.personId, ownerKind: kind, planState: 'not_started' as const };
  if (!hasRole(actor, ROLE_OF[kind]) || !can(actor, 'plan.edit', subject).allowed) {
    throw notAnEmployee();
  }
  const schoolId = await findEmployeeSchoolId(db, { ...options, kind });
  const employee = schoolId ? await findEmployeeContext(db, { ...options, schoolId }) : undefined;
  if (!employee) throw notAnEmployee();
  const ruleSet = ruleSetForPeriod(employee);
  const resolution = resolveSupervision({ facts: employee, ruleSet, kind });
  return { actor, kind, employee, ruleSet, resolution, today: toIsoDate(options.now) };
}
