import type { PersonLookupItem } from '@kinerja/contract';
import { sql } from 'kysely';
import { forbidden } from '../../lib/app-error.js';
import type { AppContext } from '../../lib/context.js';
import type { SessionRow } from '../auth/sessions.repository.js';
import { resolveActivePeriod } from '../me/active-choice.js';
import { hasRoleFor, loadActor } from '../plans/plan-actor.js';

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

/**
 * Finds people by an exact NIP, NUPTK or email, for those who extend deadlines or plot the Tim
 * Kinerja (Operator Sekolah, Dinas, Admin — domain.md §1.1, §2.2, §2.4). Exact matches only, so
 * nobody can browse the roster by name; the write endpoints still check each person's reach.
 */
export async function lookupPeople(
  ctx: AppContext,
  session: SessionRow,
  query: string,
): Promise<PersonLookupItem[]> {
  const { period } = await resolveActivePeriod(ctx.db, session, ctx.clock());
  const actor = await loadActor(ctx.db, session.personId, period.id);
  if (!hasRoleFor(actor, 'tim_kinerja.assign') && !hasRoleFor(actor, 'plan.extend_deadline')) {
    throw forbidden('Pencarian pegawai hanya untuk Operator Sekolah, Dinas dan Admin.');
  }
  const q = query.trim();
  const result = await sql<LookupRow>`
    select p.id, p.name, p.jenis_ptk, p.nip, p.nuptk,
           s.id as school_id, s.name as school_name, s.npsn as school_npsn
      from people p
      left join lateral (select s.* from school_staff st join schools s on s.id = st.school_id
                          where st.person_id = p.id order by st.is_primary desc, s.name limit 1) s on true
     where p.nip = ${q} or p.nuptk = ${q} or p.email = ${q.toLowerCase()}
     order by p.name
     limit 5`.execute(ctx.db);
  return result.rows.map((row) => ({
    id: row.id,
    name: row.name,
    jenisPtk: row.jenisPtk,
    matchedBy: matchedBy(row, q),
    school:
      row.schoolId && row.schoolName && row.schoolNpsn
        ? { id: row.schoolId, name: row.schoolName, npsn: row.schoolNpsn }
        : null,
  }));
}
