import type { PersonLookupItem } from '@kinerja/contract';
import {
  mayLookUpPerson,
  mayResetPassword,
  mayUsePeopleLookup,
  type AccountPlace,
  type LookupCandidate,
} from '@kinerja/domain';
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { forbidden } from '../../lib/app-error.js';
import { writeAudit } from '../../lib/audit.js';
import type { AppContext } from '../../lib/context.js';
import type { SessionRow } from '../auth/sessions.repository.js';
import { resolveActivePeriod } from '../me/active-choice.js';
import { findAccountTargets } from '../people/account-targets.repository.js';
import { loadActor } from '../plan-context/plan-actor.js';
import { withSchoolLevel } from '../plans/plan-supervision.js';
import { countLookup } from './lookup-throttle.js';

type LookupRow = {
  id: string;
  name: string;
  jenisPtk: string | null;
  nip: string | null;
  nuptk: string | null;
  schoolId: string | null;
  schoolName: string | null;
  schoolNpsn: string | null;
};

function matchedBy(row: LookupRow, q: string): PersonLookupItem['matchedBy'] {
  if (row.nip === q) return 'nip';
  if (row.nuptk === q) return 'nuptk';
  return 'email';
}

/** The schools each person works at and supervises as pengawas, with their kabupaten/kota. */
async function candidatesOf(db: Db, ids: string[]): Promise<Map<string, LookupCandidate>> {
  const byId = new Map(
    ids.map((id) => [id, { staff: [] as AccountPlace[], supervised: [] as AccountPlace[] }]),
  );
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('schoolStaff')
    .innerJoin('schools', 'schools.id', 'schoolStaff.schoolId')
    .select([
      'schoolStaff.personId',
      'schools.id as schoolId',
      'schools.regencyCode',
      'schools.jenjang',
      sql<boolean>`false`.as('isPengawas'),
    ])
    .where('schoolStaff.personId', 'in', ids)
    .unionAll(
      db
        .selectFrom('pengawasSchools')
        .innerJoin('schools', 'schools.id', 'pengawasSchools.schoolId')
        .select([
          'pengawasSchools.personId',
          'schools.id as schoolId',
          'schools.regencyCode',
          'schools.jenjang',
          sql<boolean>`true`.as('isPengawas'),
        ])
        .where('pengawasSchools.personId', 'in', ids),
    )
    .execute();
  for (const row of rows) {
    const place = {
      schoolId: row.schoolId,
      ...(row.regencyCode ? { regionCode: row.regencyCode } : {}),
      ...withSchoolLevel(row.jenjang),
    };
    byId.get(row.personId)?.[row.isPengawas ? 'supervised' : 'staff'].push(place);
  }
  return new Map(
    [...byId].map(([id, c]) => [id, { staffPlaces: c.staff, supervisedPlaces: c.supervised }]),
  );
}

/**
 * Finds people by an exact NIP, NUPTK or email, for naming someone in Tim Kinerja plotting and
 * deadline extensions (domain.md §1.1, §2.2, §2.4). Exact matches only, within the caller's reach
 * (domain `mayLookUpPerson`: the operator's school and its pengawas, the Dinas' jurisdiction, all
 * for an admin) — someone outside it is not found, exactly like an unknown number. Each lookup is
 * counted (30 per 10 minutes) and audited with its query, in one transaction.
 */
export async function lookupPeople(
  ctx: AppContext,
  session: SessionRow,
  input: { query: string; requestId: string },
): Promise<PersonLookupItem[]> {
  const { period, currentPeriodId } = await resolveActivePeriod(ctx.db, session, ctx.clock());
  const actor = await loadActor(ctx.db, session.personId, period.id);
  if (!mayUsePeopleLookup(actor)) {
    throw forbidden('Pencarian pegawai hanya untuk Operator Sekolah, Dinas dan Admin.');
  }
  const q = input.query.trim();
  return ctx.db.transaction().execute(async (trx) => {
    await countLookup(trx, { personId: actor.personId, now: ctx.clock() });
    const result = await sql<LookupRow>`
      select p.id, p.name, p.jenis_ptk, p.nip, p.nuptk,
             s.id as school_id, s.name as school_name, s.npsn as school_npsn
        from people p
        left join lateral (select s.* from school_staff st join schools s on s.id = st.school_id
                            where st.person_id = p.id order by st.is_primary desc, s.name limit 1) s on true
       where p.nip = ${q} or p.nuptk = ${q} or p.email = ${q.toLowerCase()}
       order by p.name, p.id
       limit 20`.execute(trx);
    const candidates = await candidatesOf(
      trx,
      result.rows.map((row) => row.id),
    );
    const found = result.rows
      .filter((row) => {
        const candidate = candidates.get(row.id);
        return candidate !== undefined && mayLookUpPerson(actor, candidate);
      })
      .slice(0, 5);
    const targets = await findAccountTargets(
      trx,
      found.map((row) => row.id),
      [period.id, currentPeriodId],
    );
    await writeAudit(trx, {
      at: ctx.clock(),
      actorId: actor.personId,
      action: 'person.lookup',
      entityType: 'person',
      entityId: found.length === 1 ? found[0]!.id : null,
      after: { query: q, found: found.length },
      requestId: input.requestId,
    });
    return found.map((row) => ({
      id: row.id,
      name: row.name,
      jenisPtk: row.jenisPtk,
      matchedBy: matchedBy(row, q),
      school:
        row.schoolId && row.schoolName && row.schoolNpsn
          ? { id: row.schoolId, name: row.schoolName, npsn: row.schoolNpsn }
          : null,
      abilities: {
        canResetPassword: mayResetPassword(actor, targets.get(row.id)!).allowed,
      },
    }));
  });
}
