import { sql } from 'kysely';
import type { RosterImportSummary } from '@kinerja/contract';
import type { Db } from '../../db/database.js';
import { notifyHeadsOfWaitingPlans } from '../notifications/notify-waiting-plans.js';
import { approveWaitingPlansOfActingSchools } from '../plans/approve-waiting-plans.js';
import type { RosterStaging } from './roster-staging.js';

/** What the write step needs: the checked, staged file and where its principals belong. */
export type WriteRosterOptions = {
  staging: RosterStaging;
  rowsSkipped: number;
  periodId: string;
  now: Date;
};

/** Heads handed per call to the plan effects of a new head (notifications, automatic approval). */
const HEAD_BATCH = 1000;

/**
 * Writes a staged file that passed every check with set-based statements (INSERT … SELECT … ON
 * CONFLICT over the staging table) inside the caller's transaction; unchanged rows are not touched.
 */
export async function writeRosterFile(
  trx: Db,
  options: WriteRosterOptions,
): Promise<RosterImportSummary> {
  const summary: RosterImportSummary = {
    schoolsCreated: 0,
    schoolsUpdated: 0,
    peopleCreated: 0,
    peopleUpdated: 0,
    principalsSet: 0,
    rowsSkipped: options.rowsSkipped,
  };
  // JIT compiling the few large statements costs seconds and saves nothing (seen in EXPLAIN ANALYZE).
  await sql`set local jit = off`.execute(trx);
  if (options.staging.kind === 'schools') await writeSchools(trx, options, summary);
  else await writePeople(trx, options, summary);
  return summary;
}

async function writeSchools(
  trx: Db,
  { staging, now }: WriteRosterOptions,
  summary: RosterImportSummary,
): Promise<void> {
  const t = staging.table;
  // A region keeps the name of its first row (the checks made sure every row agrees).
  await sql`insert into provinces (code, name)
            select distinct on (province_code) province_code, province_name from ${t} order by province_code, line
            on conflict (code) do nothing`.execute(trx);
  await sql`insert into regencies (code, province_code, name)
            select distinct on (regency_code) regency_code, province_code, regency_name from ${t} order by regency_code, line
            on conflict (code) do nothing`.execute(trx);
  const result = await sql<{ created: number; updated: number }>`
    with up as (
      insert into schools as s (npsn, name, jenjang, status, province_code, regency_code, created_at, updated_at)
      select npsn, name, jenjang, status, province_code, regency_code, ${now}::timestamptz, ${now}::timestamptz
        from ${t}
      on conflict (npsn) do update set
        name = excluded.name, jenjang = excluded.jenjang, status = excluded.status,
        province_code = excluded.province_code, regency_code = excluded.regency_code, updated_at = excluded.updated_at
      where (s.name, s.jenjang, s.status, s.province_code, s.regency_code)
        is distinct from (excluded.name, excluded.jenjang, excluded.status, excluded.province_code, excluded.regency_code)
      returning s.id, s.province_code, (s.xmax::text = '0') as inserted),
    -- Staff rows carry the region for sharding (architecture.md §3); follow a school that moved.
    moved as (
      update school_staff st set province_code = up.province_code from up
       where not up.inserted and st.school_id = up.id and st.province_code <> up.province_code)
    select count(*) filter (where inserted) as created, count(*) filter (where not inserted) as updated
      from up`.execute(trx);
  summary.schoolsCreated = Number(result.rows[0]?.created ?? 0);
  summary.schoolsUpdated = Number(result.rows[0]?.updated ?? 0);
}

/** People by NIP, else NUPTK (as the checks resolved them), their staff links and the heads. */
async function writePeople(
  trx: Db,
  options: WriteRosterOptions,
  summary: RosterImportSummary,
): Promise<void> {
  const { staging, now, periodId } = options;
  const t = staging.table;
  // Known people first (found by NIP, else NUPTK). A blank NIP, NUPTK or email keeps the stored one: an identity is never erased by an import.
  const updated = await sql`
    update people p set
      name = v.name, nip = coalesce(v.nip, p.nip), nuptk = coalesce(v.nuptk, p.nuptk),
      email = coalesce(v.email, p.email), employment_status = v.employment_status,
      golongan_ruang = v.golongan_ruang, jenjang_jabatan = v.jenjang_jabatan, jenis_ptk = v.jenis_ptk,
      version = p.version + 1, updated_at = ${now}::timestamptz
    from (select coalesce(pn.id, pu.id) as id, s.* from ${t} s
            left join people pn on pn.nip = s.nip
            left join people pu on pu.nuptk = s.nuptk) v
    where p.id = v.id
      and (p.name, p.nip, p.nuptk, p.email, p.employment_status, p.golongan_ruang, p.jenjang_jabatan, p.jenis_ptk)
        is distinct from (v.name, coalesce(v.nip, p.nip), coalesce(v.nuptk, p.nuptk), coalesce(v.email, p.email),
                          v.employment_status, v.golongan_ruang, v.jenjang_jabatan, v.jenis_ptk)`.execute(
    trx,
  );
  summary.peopleUpdated = Number(updated.numAffectedRows ?? 0);
  // Then everyone not found.
  const inserted = await sql`
    insert into people (name, nip, nuptk, email, employment_status, golongan_ruang, jenjang_jabatan, jenis_ptk,
                        created_at, updated_at)
    select s.name, s.nip, s.nuptk, s.email, s.employment_status, s.golongan_ruang, s.jenjang_jabatan, s.jenis_ptk,
           ${now}::timestamptz, ${now}::timestamptz
      from ${t} s
     where not exists (select 1 from people p where p.nip = s.nip)
       and not exists (select 1 from people p where p.nuptk = s.nuptk)
     order by s.line`.execute(trx);
  summary.peopleCreated = Number(inserted.numAffectedRows ?? 0);
  // Statistics inside the transaction: an import into an empty table would otherwise plan the joins
  // below against "no people" (nested loops over millions of rows).
  if (summary.peopleCreated > 0) await sql`analyze people`.execute(trx);
  await linkStaff(trx, staging, now);
  summary.principalsSet = await setPrincipals(trx, staging, periodId, now);
  await applyHeadEffects(trx, staging, periodId, now);
}

/** The staged rows with their person and school resolved (a subquery for the statements below). */
function placed(staging: RosterStaging) {
  return sql`(select s.line, s.principal_kind, coalesce(pn.id, pu.id) as person_id,
                     sc.id as school_id, sc.province_code
                from ${staging.table} s
                join schools sc on sc.npsn = s.npsn
                left join people pn on pn.nip = s.nip
                left join people pu on pu.nuptk = s.nuptk)`;
}

/**
 * Makes each person staff of their row's school (their primary school, as in Dapodik's "sekolah
 * induk"); other schools a known person is linked to stay linked but are no longer primary.
 */
async function linkStaff(trx: Db, staging: RosterStaging, now: Date): Promise<void> {
  await sql`
    insert into school_staff as st (person_id, school_id, province_code, is_primary, created_at)
    select v.person_id, v.school_id, v.province_code, true, ${now}::timestamptz from ${placed(staging)} v
    on conflict (school_id, person_id) do update set is_primary = true, province_code = excluded.province_code
    where (st.is_primary, st.province_code) is distinct from (true, excluded.province_code)`.execute(
    trx,
  );
  await sql`analyze school_staff`.execute(trx);
  await sql`
    update school_staff st set is_primary = false from ${placed(staging)} v
     where st.person_id = v.person_id and st.school_id <> v.school_id and st.is_primary`.execute(
    trx,
  );
}

/** Sets the head of each school for the period; returns how many heads were new or changed. */
async function setPrincipals(
  trx: Db,
  staging: RosterStaging,
  periodId: string,
  now: Date,
): Promise<number> {
  const result = await sql`
    insert into school_principals as sp (school_id, period_id, person_id, kind, created_at)
    select v.school_id, ${periodId}::text, v.person_id, v.principal_kind, ${now}::timestamptz
      from ${placed(staging)} v where v.principal_kind is not null
    on conflict (school_id, period_id) do update set person_id = excluded.person_id, kind = excluded.kind
    where (sp.person_id, sp.kind) is distinct from (excluded.person_id, excluded.kind)`.execute(
    trx,
  );
  return Number(result.numAffectedRows ?? 0);
}

/**
 * Plans that waited for these heads: a definitive head is told, a Plt school approves them
 * automatically (domain.md §1.2). Heads are read from the staging table a batch at a time, so a
 * national file never holds its 440,000 schools in memory at once.
 */
async function applyHeadEffects(
  trx: Db,
  staging: RosterStaging,
  periodId: string,
  now: Date,
): Promise<void> {
  let after = 0;
  for (;;) {
    const heads = await sql<{ line: number; schoolId: string; principalKind: string }>`
      select s.line, sc.id as school_id, s.principal_kind from ${staging.table} s
        join schools sc on sc.npsn = s.npsn
       where s.principal_kind is not null and s.line > ${after}
       order by s.line limit ${HEAD_BATCH}`.execute(trx);
    const rows = heads.rows;
    if (rows.length === 0) return;
    after = rows[rows.length - 1]?.line ?? after;
    const of = (kind: string) =>
      rows.filter((h) => h.principalKind === kind).map((h) => h.schoolId);
    await notifyHeadsOfWaitingPlans(trx, periodId, of('definitive'));
    // A Plt school approves automatically: plans that waited without an atasan are approved now.
    await approveWaitingPlansOfActingSchools(trx, {
      periodId,
      schoolIds: of('acting'),
      actorId: null,
      now,
    });
  }
}
