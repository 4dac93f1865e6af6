import type { EvaluationDocument, Predikat } from '@kinerja/domain';
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

/** A person with the roster and latest local edit of their golongan/ruang and jenjang. */
export type PersonCareer = {
  id: string;
  name: string;
  nip: string | null;
  employmentStatus: 'pns' | 'pppk' | 'non_asn';
  golonganRuang: string | null;
  jenjangJabatan: string | null;
  overrideGolongan: string | null;
  overrideRuang: string | null;
  overrideCareerLevel: string | null;
};

/** The person and the data-diri edit of the latest period that has one (domain.md §3.2). */
export async function findPersonCareer(
  db: Db,
  personId: string,
): Promise<PersonCareer | undefined> {
  const { rows } = await sql<PersonCareer>`
    select p.id, p.name, p.nip, p.employment_status, p.golongan_ruang, p.jenjang_jabatan,
           o.golongan as override_golongan, o.ruang as override_ruang,
           o.career_level as override_career_level
      from people p
      left join lateral (select o.* from personal_data_overrides o
                           join periods pr on pr.id = o.period_id
                          where o.person_id = p.id
                          order by pr.sort_order desc limit 1) o on true
     where p.id = ${personId}`.execute(db);
  return rows[0];
}

/** Where a person works in a period: the school they lead (as pegawai) or their primary school. */
export type PersonPlace = {
  kind: 'teacher' | 'principal';
  schoolId: string;
  jenjang: string;
  regencyCode: string;
};

/** The person's place in a period, for authorization; undefined for people outside schools. */
export async function findPersonPlace(
  db: Db,
  key: { personId: string; periodId: string },
): Promise<PersonPlace | undefined> {
  const { rows } = await sql<PersonPlace>`
    select 'principal' as kind, s.id as school_id, s.jenjang, s.regency_code
      from school_principals sp join schools s on s.id = sp.school_id
     where sp.person_id = ${key.personId} and sp.period_id = ${key.periodId} and sp.kind = 'definitive'
    union all
    (select 'teacher', s.id, s.jenjang, s.regency_code
       from school_staff st join schools s on s.id = st.school_id
      where st.person_id = ${key.personId}
      order by st.is_primary desc, s.name limit 1)
    limit 1`.execute(db);
  return rows[0];
}

/** A final assessment with what "Tetapkan" froze for angka kredit. */
export type CreditRow = {
  id: string;
  periodId: string;
  periodLabel: string;
  document: EvaluationDocument;
  predikat: Predikat;
  careerLevel: string | null;
  months: number | null;
  angkaKredit: number | null;
  finalizedAt: Date;
};

/** Every final assessment of a person, oldest period first. */
export async function listCreditRows(db: Db, personId: string): Promise<CreditRow[]> {
  const rows = await db
    .selectFrom('assessments as a')
    .innerJoin('periods as pr', 'pr.id', 'a.periodId')
    .select([
      'a.id',
      'a.periodId',
      'pr.label as periodLabel',
      'a.document',
      'a.predikat',
      'a.careerLevel',
      'a.months',
      'a.angkaKredit',
      'a.finalizedAt',
    ])
    .where('a.employeeId', '=', personId)
    .where('a.state', '=', 'final')
    .orderBy('pr.sortOrder')
    .orderBy('a.createdAt')
    .execute();
  return rows.flatMap((row) =>
    row.predikat && row.finalizedAt
      ? [{ ...row, predikat: row.predikat, finalizedAt: row.finalizedAt }]
      : [],
  );
}
