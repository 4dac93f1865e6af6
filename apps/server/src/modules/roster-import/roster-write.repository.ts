import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { PtkRow, SchoolRow } from './validate-roster-row.js';

/** A school as the PTK import needs it. */
export type SchoolRef = { id: string; npsn: string; provinceCode: string };

/** The identity columns of an existing person. */
export type PersonKeys = {
  id: string;
  nip: string | null;
  nuptk: string | null;
  email: string | null;
};

// Batches travel as one array parameter per column (= any / unnest): thousands of scalar parameters
// cost far more to bind and plan, on PGlite above all.
const texts = (values: ReadonlyArray<string | null>) => sql`${[...values]}::text[]`;

/** Schools with any of these NPSNs. */
export async function findSchoolsByNpsn(db: Db, npsns: readonly string[]): Promise<SchoolRef[]> {
  if (npsns.length === 0) return [];
  return db
    .selectFrom('schools')
    .select(['id', 'npsn', 'provinceCode'])
    .where(sql<boolean>`npsn = any(${texts(npsns)})`)
    .execute();
}

/** People holding any of these NIPs, NUPTKs or emails (one index scan per key: no OR over columns). */
export async function findPeopleByKeys(
  db: Db,
  keys: { nips: readonly string[]; nuptks: readonly string[]; emails: readonly string[] },
): Promise<PersonKeys[]> {
  const parts = (
    [
      ['nip', keys.nips],
      ['nuptk', keys.nuptks],
      ['email', keys.emails],
    ] as const
  )
    .filter(([, values]) => values.length > 0)
    .map(
      ([column, values]) =>
        sql`select id, nip, nuptk, email from people where ${sql.ref(column)} = any(${texts(values)})`,
    );
  if (parts.length === 0) return [];
  const result = await sql<PersonKeys>`${sql.join(parts, sql` union `)}`.execute(db);
  return result.rows;
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...new Map(items.map((item) => [key(item), item])).values()];
}

/** Creates the provinces and kabupaten/kota of these schools that do not exist yet. */
export async function insertMissingRegions(trx: Db, rows: readonly SchoolRow[]): Promise<void> {
  const provinces = uniqueBy(rows, (r) => r.provinceCode).map((r) => ({
    code: r.provinceCode,
    name: r.provinceName,
  }));
  const regencies = uniqueBy(rows, (r) => r.regencyCode).map((r) => ({
    code: r.regencyCode,
    provinceCode: r.provinceCode,
    name: r.regencyName,
  }));
  await trx
    .insertInto('provinces')
    .values(provinces)
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
  await trx
    .insertInto('regencies')
    .values(regencies)
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
}

/** Inserts or updates schools by NPSN in one statement; unchanged schools are not touched. */
export async function upsertSchools(
  trx: Db,
  rows: readonly SchoolRow[],
  now: Date,
): Promise<{ created: number; updatedIds: string[] }> {
  const col = (pick: (r: SchoolRow) => string) => texts(rows.map(pick));
  const result = await sql<{ id: string; inserted: boolean }>`
    insert into schools as s (npsn, name, jenjang, status, province_code, regency_code, created_at, updated_at)
    select v.*, ${now}::timestamptz, ${now}::timestamptz
      from unnest(${col((r) => r.npsn)}, ${col((r) => r.name)}, ${col((r) => r.jenjang)}, ${col((r) => r.status)},
                  ${col((r) => r.provinceCode)}, ${col((r) => r.regencyCode)}) as v
    on conflict (npsn) do update set
      name = excluded.name, jenjang = excluded.jenjang, status = excluded.status,
      province_code = excluded.province_code, regency_code = excluded.regency_code, updated_at = excluded.updated_at
    where (s.name, s.jenjang, s.status, s.province_code, s.regency_code)
      is distinct from (excluded.name, excluded.jenjang, excluded.status, excluded.province_code, excluded.regency_code)
    returning s.id, (s.xmax::text = '0') as inserted`.execute(trx);
  const updatedIds = result.rows.filter((r) => !r.inserted).map((r) => r.id);
  if (updatedIds.length > 0) {
    // Staff rows carry the region for sharding (architecture.md §3); follow a school that moved.
    await sql`update school_staff st set province_code = s.province_code from schools s
               where st.school_id = s.id and s.id = any(${updatedIds}::uuid[])
                 and st.province_code <> s.province_code`.execute(trx);
  }
  return { created: result.rows.length - updatedIds.length, updatedIds };
}

/** Inserts new people (no password: they sign in with belajar.id or get one from the operator). */
export async function insertPeople(
  trx: Db,
  rows: readonly PtkRow[],
  now: Date,
): Promise<Array<{ id: string; nip: string | null; nuptk: string | null }>> {
  if (rows.length === 0) return [];
  const col = (pick: (r: PtkRow) => string | null) => texts(rows.map(pick));
  const result = await sql<{ id: string; nip: string | null; nuptk: string | null }>`
    insert into people (name, nip, nuptk, email, employment_status, golongan_ruang, jenjang_jabatan, jenis_ptk,
                        created_at, updated_at)
    select v.*, ${now}::timestamptz, ${now}::timestamptz
      from unnest(${col((r) => r.name)}, ${col((r) => r.nip)}, ${col((r) => r.nuptk)}, ${col((r) => r.email)},
                  ${col((r) => r.employmentStatus)}, ${col((r) => r.golonganRuang)}, ${col((r) => r.jenjangJabatan)},
                  ${col((r) => r.jenisPtk)}) as v
    returning id, nip, nuptk`.execute(trx);
  return result.rows;
}

/**
 * Updates existing people from their rows; a blank NIP, NUPTK or email keeps the stored one (an
 * identity is never erased by an import). Returns how many people actually changed.
 */
export async function updatePeople(
  trx: Db,
  items: ReadonlyArray<{ id: string; row: PtkRow }>,
  now: Date,
): Promise<number> {
  if (items.length === 0) return 0;
  const col = (pick: (r: PtkRow) => string | null) => texts(items.map((i) => pick(i.row)));
  const result = await sql<{ id: string }>`
    update people p set
      name = v.name, nip = coalesce(v.nip, p.nip), nuptk = coalesce(v.nuptk, p.nuptk),
      email = coalesce(v.email, p.email), employment_status = v.employment_status,
      golongan_ruang = v.golongan_ruang, jenjang_jabatan = v.jenjang_jabatan, jenis_ptk = v.jenis_ptk,
      version = p.version + 1, updated_at = ${now}::timestamptz
    from unnest(${items.map((i) => i.id)}::uuid[], ${col((r) => r.name)}, ${col((r) => r.nip)}, ${col((r) => r.nuptk)},
                ${col((r) => r.email)}, ${col((r) => r.employmentStatus)}, ${col((r) => r.golonganRuang)},
                ${col((r) => r.jenjangJabatan)}, ${col((r) => r.jenisPtk)})
      as v(id, name, nip, nuptk, email, employment_status, golongan_ruang, jenjang_jabatan, jenis_ptk)
    where p.id = v.id
      and (p.name, p.nip, p.nuptk, p.email, p.employment_status, p.golongan_ruang, p.jenjang_jabatan, p.jenis_ptk)
        is distinct from (v.name, coalesce(v.nip, p.nip), coalesce(v.nuptk, p.nuptk), coalesce(v.email, p.email),
                          v.employment_status, v.golongan_ruang, v.jenjang_jabatan, v.jenis_ptk)
    returning p.id`.execute(trx);
  return result.rows.length;
}

/** A person placed at their school by one PTK row. */
export type StaffLink = {
  personId: string;
  schoolId: string;
  provinceCode: string;
  isNew: boolean;
};

/**
 * Makes each person staff of their row's school (their primary school, as in Dapodik's "sekolah
 * induk"); other schools a known person is linked to stay linked but are no longer primary.
 */
export async function linkStaff(trx: Db, links: readonly StaffLink[], now: Date): Promise<void> {
  if (links.length === 0) return;
  const people = links.map((l) => l.personId);
  const schools = links.map((l) => l.schoolId);
  await sql`
    insert into school_staff as st (person_id, school_id, province_code, is_primary, created_at)
    select v.person_id, v.school_id, v.province_code, true, ${now}::timestamptz
      from unnest(${people}::uuid[], ${schools}::uuid[], ${texts(links.map((l) => l.provinceCode))})
        as v(person_id, school_id, province_code)
    on conflict (school_id, person_id) do update set is_primary = true, province_code = excluded.province_code
    where (st.is_primary, st.province_code) is distinct from (true, excluded.province_code)`.execute(
    trx,
  );
  const known = links.filter((l) => !l.isNew);
  if (known.length === 0) return;
  await sql`
    update school_staff st set is_primary = false
      from unnest(${known.map((l) => l.personId)}::uuid[], ${known.map((l) => l.schoolId)}::uuid[])
        as v(person_id, school_id)
     where st.person_id = v.person_id and st.school_id <> v.school_id and st.is_primary`.execute(
    trx,
  );
}

/** Sets the head of each school for the period; returns how many heads were new or changed. */
export async function setPrincipals(
  trx: Db,
  periodId: string,
  heads: ReadonlyArray<{ schoolId: string; personId: string; kind: 'definitive' | 'acting' }>,
  now: Date,
): Promise<number> {
  if (heads.length === 0) return 0;
  const result = await sql<{ schoolId: string }>`
    insert into school_principals as sp (school_id, period_id, person_id, kind, created_at)
    select v.school_id, ${periodId}::text, v.person_id, v.kind, ${now}::timestamptz
      from unnest(${heads.map((h) => h.schoolId)}::uuid[], ${heads.map((h) => h.personId)}::uuid[],
                  ${texts(heads.map((h) => h.kind))}) as v(school_id, person_id, kind)
    on conflict (school_id, period_id) do update set person_id = excluded.person_id, kind = excluded.kind
    where (sp.person_id, sp.kind) is distinct from (excluded.person_id, excluded.kind)
    returning sp.school_id`.execute(trx);
  return result.rows.length;
}

/**
 * Refreshes planner statistics of the tables an import filled. PGlite runs no autovacuum, so without
 * this the next import's batched lookups plan against an empty table (seq scans, 2× slower).
 */
export async function analyzeRosterTables(db: Db, kind: 'schools' | 'ptk'): Promise<void> {
  if (kind === 'schools') await sql`analyze provinces, regencies, schools`.execute(db);
  else await sql`analyze people, school_staff, school_principals`.execute(db);
}
