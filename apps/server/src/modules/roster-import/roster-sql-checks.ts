import { sql, type RawBuilder } from 'kysely';
import type { RosterImportError } from '@kinerja/contract';
import { rowError } from './roster-file-error.js';
import type { Db } from '../../db/database.js';
import type { RosterStaging } from './roster-staging.js';

/** A problem with its place in the report: by line, then by `rank` (the order the checks ran in). */
export type RankedError = RosterImportError & { line: number; rank: number };

/** What one group of checks found: the first `limit` problems in line order and how many in all. */
export type FoundErrors = { errors: RankedError[]; count: number };

// Ranks of the checks over the staging table; 0 and 1 are the per-row checks made while streaming.
const RANK = {
  firstKey: 2,
  secondKey: 3,
  thirdKey: 4,
  principal: 5,
  school: 6,
  identity: 7,
  email: 8,
  samePerson: 9,
} as const;

/**
 * Checks across the rows of a staged file and against the database, as SQL over the staging table
 * (docs/ROSTER-IMPORT.md): duplicate keys, two heads for one school, one region code with two names,
 * unknown schools, and NIP / NUPTK / email that would point at two different people.
 */
export function checkStagedRows(staging: Staged, limit: number): Promise<FoundErrors> {
  // JIT compiling these few large joins costs seconds and saves nothing (seen in EXPLAIN ANALYZE).
  return staging.db.transaction().execute(async (db) => {
    await sql`set local jit = off`.execute(db);
    return runChecks({ table: staging.table, kind: staging.kind, db }, limit);
  });
}

/** The staging table as the checks read it, inside their transaction. */
type Staged = { table: RosterStaging['table']; kind: RosterStaging['kind']; db: Db };

async function runChecks(staging: Staged, limit: number): Promise<FoundErrors> {
  const found =
    staging.kind === 'schools'
      ? [
          await duplicateKeys(staging, 'npsn', RANK.firstKey, limit),
          await regionNames(staging, 'province', RANK.secondKey, limit),
          await regionNames(staging, 'regency', RANK.thirdKey, limit),
        ]
      : [
          await duplicateKeys(staging, 'nip', RANK.firstKey, limit),
          await duplicateKeys(staging, 'nuptk', RANK.secondKey, limit),
          await duplicateKeys(staging, 'email', RANK.thirdKey, limit),
          await twoPrincipals(staging, limit),
          await unknownSchools(staging, limit),
          await identityConflicts(staging, limit),
        ];
  return {
    errors: found.flatMap((f) => f.errors),
    count: found.reduce((n, f) => n + f.count, 0),
  };
}

type Counted = { total: number };

async function rowsOf<T>(query: RawBuilder<T & Counted>, staging: Staged) {
  const rows = (await query.execute(staging.db)).rows;
  return { rows, count: rows[0]?.total ?? 0 };
}

/** Every row after the first that repeats a key (the first row with it is named). */
async function duplicateKeys(
  staging: Staged,
  column: 'npsn' | 'nip' | 'nuptk' | 'email',
  rank: number,
  limit: number,
): Promise<FoundErrors> {
  const t = staging.table;
  const key = sql.ref(column);
  const { rows, count } = await rowsOf(
    sql<{ line: number; first: number; key: string } & Counted>`
      select s.line, f.first, s.${key} as key, count(*) over () as total
        from ${t} s
        join (select ${key} as k, min(line) as first from ${t} where ${key} is not null
               group by ${key} having count(*) > 1) f on f.k = s.${key}
       where s.line > f.first
       order by s.line limit ${limit}`,
    staging,
  );
  const errors = rows.map((r) =>
    ranked(
      rank,
      r.line,
      column,
      `kolom ${column} "${r.key}" sudah dipakai di baris ${r.first}; setiap ${column} hanya boleh muncul sekali`,
    ),
  );
  return { errors, count };
}

/** A second head (definitive or acting) for one school in the same file. */
async function twoPrincipals(staging: Staged, limit: number): Promise<FoundErrors> {
  const t = staging.table;
  const { rows, count } = await rowsOf(
    sql<{ line: number; first: number; npsn: string } & Counted>`
      select s.line, f.first, s.npsn, count(*) over () as total
        from ${t} s
        join (select npsn, min(line) as first from ${t} where ok and principal_kind is not null
               group by npsn having count(*) > 1) f on f.npsn = s.npsn
       where s.ok and s.principal_kind is not null and s.line > f.first
       order by s.line limit ${limit}`,
    staging,
  );
  const errors = rows.map((r) =>
    ranked(
      RANK.principal,
      r.line,
      'kepala_sekolah',
      `sekolah NPSN ${r.npsn} sudah punya kepala sekolah di baris ${r.first}; satu sekolah hanya satu kepala sekolah (definitif atau plt)`,
    ),
  );
  return { errors, count };
}

/** A province or kabupaten code whose name differs (ignoring case) from its first row's. */
async function regionNames(
  staging: Staged,
  level: 'province' | 'regency',
  rank: number,
  limit: number,
): Promise<FoundErrors> {
  const t = staging.table;
  const code = sql.ref(`${level}_code`);
  const name = sql.ref(`${level}_name`);
  const column = level === 'province' ? 'nama_provinsi' : 'nama_kabupaten';
  const { rows, count } = await rowsOf(
    sql<
      { line: number; code: string; name: string; firstLine: number; firstName: string } & Counted
    >`
      select line, code, name, first_line, first_name, count(*) over () as total from (
        select line, ${code} as code, ${name} as name,
               first_value(line) over w as first_line, first_value(${name}) over w as first_name
          from ${t} where ok
        window w as (partition by ${code} order by line)) x
       where lower(name) <> lower(first_name)
       order by line limit ${limit}`,
    staging,
  );
  const errors = rows.map((r) =>
    ranked(
      rank,
      r.line,
      column,
      `kolom ${column} "${r.name}" berbeda dengan baris ${r.firstLine} ("${r.firstName}") untuk kode ${r.code} yang sama`,
    ),
  );
  return { errors, count };
}

/** PTK rows whose school is not registered yet. */
async function unknownSchools(staging: Staged, limit: number): Promise<FoundErrors> {
  const { rows, count } = await rowsOf(
    sql<{ line: number; npsn: string } & Counted>`
      select s.line, s.npsn, count(*) over () as total from ${staging.table} s
       where s.npsn is not null and not exists (select 1 from schools sc where sc.npsn = s.npsn)
       order by s.line limit ${limit}`,
    staging,
  );
  const errors = rows.map((r) =>
    ranked(
      RANK.school,
      r.line,
      'npsn',
      `sekolah dengan NPSN ${r.npsn} belum terdaftar; impor dulu berkas sekolah yang memuat NPSN ini`,
    ),
  );
  return { errors, count };
}

type IdentityRow = {
  line: number;
  nip: string | null;
  nuptk: string | null;
  email: string | null;
  nipId: string | null;
  nuptkId: string | null;
  nuptkNip: string | null;
  nuptkNuptk: string | null;
  targetId: string | null;
  targetNip: string | null;
  targetNuptk: string | null;
  emailId: string | null;
  emailNip: string | null;
  emailNuptk: string | null;
  earlier: number | null;
  total: number;
};

/**
 * The row's person is the one with its NIP, else the one with its NUPTK; the other keys must agree
 * with that person, and no earlier row may reach the same person through another key.
 */
async function identityConflicts(staging: Staged, limit: number): Promise<FoundErrors> {
  const t = staging.table;
  const result = await sql<IdentityRow>`
    with m as materialized (
      select * from (
        select s.line, s.nip, s.nuptk, s.email, pn.id as nip_id, pu.id as nuptk_id,
               pu.nip as nuptk_nip, pu.nuptk as nuptk_nuptk, coalesce(pn.id, pu.id) as target_id,
               case when pn.id is null then pu.nip else pn.nip end as target_nip,
               case when pn.id is null then pu.nuptk else pn.nuptk end as target_nuptk,
               pe.id as email_id, pe.nip as email_nip, pe.nuptk as email_nuptk
          from ${t} s
          left join people pn on pn.nip = s.nip
          left join people pu on pu.nuptk = s.nuptk
          left join people pe on pe.email = s.email
         where pn.id is not null or pu.id is not null or pe.id is not null) x
       where (nip_id is not null and nuptk_id is not null and nip_id <> nuptk_id)
          or (nip_id is null and nuptk_nip is not null and nip is not null)
          or (email_id is not null and email_id is distinct from target_id)
          or (target_id is not null
              and (target_nip is distinct from nip or target_nuptk is distinct from nuptk))),
    fn as (
      select x.nip, min(x.line) as first from ${t} x
       where x.nip in (select target_nip from m where target_id is not null and target_nip is distinct from nip)
       group by x.nip),
    fu as (
      select x.nuptk, min(x.line) as first from ${t} x
       where x.nuptk in (select target_nuptk from m where target_id is not null and target_nuptk is distinct from nuptk)
       group by x.nuptk),
    e as (
      select m.*, coalesce(fn.first, fu.first) as earlier from m
        left join fn on m.target_id is not null and m.target_nip is distinct from m.nip and fn.nip = m.target_nip
        left join fu on m.target_id is not null and m.target_nuptk is distinct from m.nuptk and fu.nuptk = m.target_nuptk)
    select *, sum(
             (((nip_id is not null and nuptk_id is not null and nip_id <> nuptk_id)
               or (nip_id is null and nuptk_nip is not null and nip is not null))::int)
             + ((email_id is not null and email_id is distinct from target_id)::int)
             + ((earlier is not null and earlier < line)::int)) over () as total
      from e
     where (nip_id is not null and nuptk_id is not null and nip_id <> nuptk_id)
        or (nip_id is null and nuptk_nip is not null and nip is not null)
        or (email_id is not null and email_id is distinct from target_id)
        or (earlier is not null and earlier < line)
     order by line limit ${limit}`.execute(staging.db);
  const rows = result.rows;
  return { errors: rows.flatMap(identityErrors), count: Number(rows[0]?.total ?? 0) };
}

const describe = (nip: string | null, nuptk: string | null) =>
  nip ? `NIP ${nip}` : `NUPTK ${nuptk ?? '-'}`;

function identityErrors(r: IdentityRow): RankedError[] {
  const errors: RankedError[] = [];
  if (r.nipId && r.nuptkId && r.nipId !== r.nuptkId) {
    errors.push(
      ranked(
        RANK.identity,
        r.line,
        'nuptk',
        `kolom nuptk "${r.nuptk}" sudah terdaftar atas orang lain (${describe(r.nuptkNip, r.nuptkNuptk)}), bukan pemilik nip ${r.nip}`,
      ),
    );
  } else if (!r.nipId && r.nuptkNip && r.nip) {
    errors.push(
      ranked(
        RANK.identity,
        r.line,
        'nip',
        `kolom nuptk "${r.nuptk}" sudah terdaftar dengan NIP ${r.nuptkNip}, bukan ${r.nip}; perbaikan NIP dilakukan lewat Verval PTK`,
      ),
    );
  }
  if (r.emailId && r.emailId !== r.targetId) {
    errors.push(
      ranked(
        RANK.email,
        r.line,
        'email',
        `kolom email "${r.email}" sudah dipakai orang lain (${describe(r.emailNip, r.emailNuptk)})`,
      ),
    );
  }
  if (r.earlier !== null && r.earlier < r.line) {
    errors.push(
      ranked(
        RANK.samePerson,
        r.line,
        r.nip ? 'nip' : 'nuptk',
        `baris ini dan baris ${r.earlier} menunjuk orang yang sama (${describe(r.targetNip, r.targetNuptk)}); setiap orang hanya boleh muncul sekali`,
      ),
    );
  }
  return errors;
}

function ranked(rank: number, line: number, field: string, text: string): RankedError {
  return { ...rowError(line, field, text), line, rank };
}
