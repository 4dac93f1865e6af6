import type { PlanStatus } from '@kinerja/contract';
import type { AssessmentState, EvaluationDocument, Predikat } from '@kinerja/domain';
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import {
  coalescedStageCounts,
  stageCountColumns,
  teacherStagesJoin,
  type StageCountRow,
} from './teacher-stages.js';

type Key = { periodId: string; document: EvaluationDocument };

/**
 * Runs a province- or nation-wide count with more memory for its hash joins: with the default
 * 4 MB the nation's hash of millions of teachers spills to temporary files. `set local` ends with
 * the transaction, so no other query of the pooled connection is affected.
 */
async function withReportMemory<T>(db: Db, run: (trx: Db) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`set local work_mem = '64MB'`.execute(trx);
    return run(trx);
  });
}

/** One area row with its counts: a school (code = id), a kabupaten/kota or a province. */
export type AreaCountRow = StageCountRow & { code: string; name: string; npsn: string | null };

/**
 * Every school of a Dinas office (schools.dinas_id) with its teachers' counts — one GROUP BY over
 * the schools' staff; schools without teachers stay with zeros.
 */
export async function countBySchoolOfDinas(
  db: Db,
  key: Key & { dinasId: string },
): Promise<AreaCountRow[]> {
  const result = await sql<AreaCountRow>`
    with t as (
      select s.id as school_id, ${stageCountColumns}
        from schools s join school_staff st on st.school_id = s.id ${teacherStagesJoin(key)}
       where s.dinas_id = ${key.dinasId}
       group by s.id)
    select s.id::text as code, s.name, s.npsn, ${coalescedStageCounts}
      from schools s left join t on t.school_id = s.id
     where s.dinas_id = ${key.dinasId}
     order by s.name, s.id`.execute(db);
  return result.rows;
}

/**
 * Every kabupaten/kota of a province with its teachers' counts, one GROUP BY; the staff are found
 * by school_staff.province_code, which the roster import keeps equal to their school's.
 */
export async function countByRegencyOfProvince(
  db: Db,
  key: Key & { provinceCode: string },
): Promise<AreaCountRow[]> {
  const query = sql<AreaCountRow>`
    with t as (
      select s.regency_code, ${stageCountColumns}
        from school_staff st join schools s on s.id = st.school_id ${teacherStagesJoin(key)}
       where st.province_code = ${key.provinceCode}
       group by s.regency_code)
    select r.code, r.name, null as npsn, ${coalescedStageCounts}
      from regencies r left join t on t.regency_code = r.code
     where r.province_code = ${key.provinceCode}
     order by r.code`;
  return withReportMemory(db, async (trx) => (await query.execute(trx)).rows);
}

/** Every province with its teachers' counts: the nation in one GROUP BY. */
export async function countByProvince(db: Db, key: Key): Promise<AreaCountRow[]> {
  const query = sql<AreaCountRow>`
    with t as (
      select st.province_code, ${stageCountColumns}
        from school_staff st ${teacherStagesJoin(key)}
       group by st.province_code)
    select pr.code, pr.name, null as npsn, ${coalescedStageCounts}
      from provinces pr left join t on t.province_code = pr.code
     order by pr.code`;
  return withReportMemory(db, async (trx) => (await query.execute(trx)).rows);
}

/** A province by its code; undefined when there is none. */
export async function findProvince(
  db: Db,
  code: string,
): Promise<{ code: string; name: string } | undefined> {
  return db
    .selectFrom('provinces')
    .select(['code', 'name'])
    .where('code', '=', code)
    .executeTakeFirst();
}

/** One teacher of a school with their plan, Pelaksanaan and assessment of a document. */
export type TeacherStageRow = {
  employeeId: string;
  name: string;
  nip: string | null;
  planId: string | null;
  planStatus: Exclude<PlanStatus, 'not_started'> | null;
  executionCompleted: boolean;
  assessmentState: AssessmentState | null;
  assessmentVersion: number | null;
  predikat: Predikat | null;
};

/** Every teacher of one school (as in "Periksa") with their stage, by name. */
export async function listTeacherStages(
  db: Db,
  key: Key & { schoolId: string },
): Promise<TeacherStageRow[]> {
  const result = await sql<TeacherStageRow>`
    select p.id as employee_id, p.name, p.nip, pl.id as plan_id, pl.status as plan_status,
           pc.plan_id is not null as execution_completed, a.state as assessment_state,
           a.version as assessment_version, a.predikat
      from school_staff st ${teacherStagesJoin(key)}
     where st.school_id = ${key.schoolId}
     order by lower(p.name), p.id`.execute(db);
  return result.rows;
}
