import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { PtkRow, SchoolRow } from './validate-roster-row.js';

/** A school as the PTK import needs it. */
export type SchoolRef = { id: string; npsn: string; provinceCode: string };

/** The identity columns of an existing person. */
export type PersonKeys = { id: string; nip: string | null; nuptk: string | null; email: string | null };

/** Schools with any of these NPSNs. */
export async function findSchoolsByNpsn(db: Db, npsns: readonly string[]): Promise<SchoolRef[]> {
  if (npsns.length === 0) return [];
  return db
    .selectFrom('schools')
    .select(['id', 'npsn', 'provinceCode'])
    .where('npsn', 'in', [...npsns])
    .execute();
}

/** People holding any of these NIPs, NUPTKs or emails. */
export async function findPeopleByKeys(
  db: Db,
  keys: { nips: readonly string[]; nuptks: readonly string[]; emails: readonly string[] },
): Promise<PersonKeys[]> {
  if (keys.nips.length + keys.nuptks.length + keys.emails.length === 0) return [];
  return db
    .selectFrom('people')
    .select(['id', 'nip', 'nuptk', 'email'])
    .where((eb) =>
      eb.or([
        ...(keys.nips.length ? [eb('nip', 'in', [...keys.nips])] : []),
        ...(keys.nuptks.length ? [eb('nuptk', 'in', [...keys.nuptks])] : []),
        ...(keys.emails.length ? [eb('email', 'in', [...keys.emails])] : []),
      ]),
    )
    .execute();
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...new Map(items.map((item) => [key(item), item])).values()];
}

/** Creates the provinces and kabupaten/kota of these schools that do not exist yet. */
export async function insertMissingRegions(trx: Db, rows: readonly SchoolRow[]): Promise<void> {
  const provinces = uniqueBy(rows, (r) => r.provinceCode).map((r) => ({ code: r.provinceCode, name: r.provinceName }));
  const regencies = uniqueBy(rows, (r) => r.regencyCode).map((r) => ({
    code: r.regencyCode,
    provinceCode: r.provinceCode,
    name: r.regencyName,
  }));
  await trx.insertInto('provinces').values(provinces).onConflict((oc) => oc.column('code').doNothing()).execute();
  await trx.insertInto('regencies').values(regencies).onConflict((oc) => oc.column('code').doNothing()).execute();
}

/** Inserts or updates schools by NPSN in one statement; unchanged schools are not touched. */
export async function upsertSchools(
  trx: Db,
  rows: readonly SchoolRow[],
  now: Date,
): Promise<{ created: number; updatedIds: string[] }> {
  const result = await trx
    .insertInto('schools')
    .values(
      rows.map((r) => ({
        npsn: r.npsn,
        name: r.name,
        jenjang: r.jenjang,
        status: r.status,
        provinceCode: r.provinceCode,
        regencyCode: r.regencyCode,
        createdAt: now,
        updatedAt: now,
      })),
    )
    .onConflict((oc) =>
      oc
        .column('npsn')
        .doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          jenjang: eb.ref('excluded.jenjang'),
          status: eb.ref('excluded.status'),
          provinceCode: eb.ref('excluded.provinceCode'),
          regencyCode: eb.ref('excluded.regencyCode'),
          updatedAt: eb.ref('excluded.updatedAt'),
        }))
        .where(
          sql<boolean>`(schools.name, schools.jenjang, schools.status, schools.province_code, schools.regency_code)
            is distinct from (excluded.name, excluded.jenjang, excluded.status, excluded.province_code, excluded.regency_code)`,
        ),
    )
    .returning(['id', sql<boolean>`xmax::text = '0'`.as('inserted')])
    .execute();
  const updatedIds = result.filter((r) => !r.inserted).map((r) => r.id);
  if (updatedIds.length > 0) {
    // Staff rows carry the region for sharding (architecture.md §3); follow a school that moved.
    await sql`update school_staff st set province_code = s.province_code from schools s
               where st.school_id = s.id and s.id in (${sql.join(updatedIds)})
                 and st.province_code <> s.province_code`.execute(trx);
  }
  return { created: result.length - updatedIds.length, updatedIds };
}

/** Inserts new people (no password: they sign in with belajar.id or get one from the operator). */
export async function insertPeople(
  trx: Db,
  rows: readonly PtkRow[],
  now: Date,
): Promise<Array<{ id: string; nip: string | null; nuptk: string | null }>> {
  if (rows.length === 0) return [];
  return trx
    .insertInto('people')
    .values(
      rows.map((r) => ({
        name: r.name,
        nip: r.nip,
        nuptk: r.nuptk,
        email: r.email,
        employmentStatus: r.employmentStatus,
        golonganRuang: r.golonganRuang,
        jenjangJabatan: r.jenjangJabatan,
        jenisPtk: r.jenisPtk,
        passwordHash: null,
        createdAt: now,
        updatedAt: now,
      })),
    )
    .returning(['id', 'nip', 'nuptk'])
    .execute();
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
  const values = items.map(
    ({ id, row: r }) =>
      sql`(${id}, ${r.name}, ${r.nip}, ${r.nuptk}, ${r.email}, ${r.employmentStatus}, ${r.golonganRuang}, ${r.jenjangJabatan}, ${r.jenisPtk})`,
  );
  const result = await sql<{ id: string }>`
    update people p set
      name = v.name, nip = coalesce(v.nip, p.nip), nuptk = coalesce(v.nuptk, p.nuptk),
      email = coalesce(v.email, p.email), employment_status = v.employment_status,
      golongan_ruang = v.golongan_ruang, jenjang_jabatan = v.jenjang_jabatan, jenis_ptk = v.jenis_ptk,
      version = p.version + 1, updated_at = ${now}
    from (values ${sql.join(values)})
      as v(id, name, nip, nuptk, email, employment_status, golongan_ruang, jenjang_jabatan, jenis_ptk)
    where p.id = v.id::uuid
      and (p.name, p.nip, p.nuptk, p.email, p.employment_status, p.golongan_ruang, p.jenjang_jabatan, p.jenis_ptk)
        is distinct from (v.name, coalesce(v.nip, p.nip), coalesce(v.nuptk, p.nuptk), coalesce(v.email, p.email),
                          v.employment_status, v.golongan_ruang, v.jenjang_jabatan, v.jenis_ptk)
    returning p.id`.execute(trx);
  return result.rows.length;
}

/**
 * Makes each person staff of their row's school (their primary school, as in Dapodik's "sekolah
 * induk"); other schools they are linked to stay linked but are no longer primary.
 */
export async function linkStaff(
  trx: Db,
  links: ReadonlyArray<{ personId: string; schoolId: string; provinceCode: string }>,
  now: Date,
): Promise<void> {
  if (links.length === 0) return;
  await trx
    .insertInto('schoolStaff')
    .values(links.map((l) => ({ ...l, isPrimary: true, createdAt: now })))
    .onConflict((oc) =>
      oc
        .columns(['schoolId', 'personId'])
        .doUpdateSet((eb) => ({ isPrimary: true, provinceCode: eb.ref('excluded.provinceCode') }))
        .where(
          sql<boolean>`(school_staff.is_primary, school_staff.province_code)
            is distinct from (true, excluded.province_code)`,
        ),
    )
    .execute();
  const pairs = links.map((l) => sql`(${l.personId}, ${l.schoolId})`);
  await sql`update school_staff st set is_primary = false
             from (values ${sql.join(pairs)}) as v(person_id, school_id)
            where st.person_id = v.person_id::uuid and st.school_id <> v.school_id::uuid and st.is_primary`.execute(
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
  const result = await trx
    .insertInto('schoolPrincipals')
    .values(heads.map((h) => ({ ...h, periodId, createdAt: now })))
    .onConflict((oc) =>
      oc
        .columns(['schoolId', 'periodId'])
        .doUpdateSet((eb) => ({ personId: eb.ref('excluded.personId'), kind: eb.ref('excluded.kind') }))
        .where(
          sql<boolean>`(school_principals.person_id, school_principals.kind)
            is distinct from (excluded.person_id, excluded.kind)`,
        ),
    )
    .returning('schoolId')
    .execute();
  return result.length;
}
