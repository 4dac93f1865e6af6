import type { PlanStatus } from '@kinerja/contract';
import type { AssessmentState, EvaluationDocument, Predikat, SchoolLevel } from '@kinerja/domain';
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { schoolLevelInSql, schoolOfDinasSql } from '../plans/dinas-jurisdiction.js';
import { ROLLUP_COUNT_COLUMNS } from './dashboard-rollup.js';
import { coalescedStageCounts, teacherStagesJoin, type StageCountRow } from './teacher-stages.js';

type Key = { periodId: string; document: EvaluationDocument };

/** The rollup's count columns summed over a group, named as `stageCountColumns` names them. */
const summedCounts = sql.raw(ROLLUP_COUNT_COLUMNS.map((c) => `sum(${c})::int as ${c}`).join(', '));

/** One area row with its counts: a school (code = id), a kabupaten/kota or a province. */
export type AreaCountRow = StageCountRow & { code: string; name: string; npsn: string | null };

/**
 * Every school of a Dinas office (schools.dinas_id, of the levels it governs — domain.md §1.1)
 * with its rollup row; a school without one (no teachers counted yet) stays with zeros. The caller
 * refreshes the Dinas's dirty schools first.
 */
export async function countBySchoolOfDinas(
  db: Db,
  key: Key & { dinasId: string },
): Promise<AreaCountRow[]> {
  const result = await sql<AreaCountRow>`
    select s.id::text as code, s.name, s.npsn, ${coalescedStageCounts}
      from schools s
      left join dashboard_school_counts t on t.period_id = ${key.periodId}
                                         and t.document = ${key.document} and t.school_id = s.id
     where ${schoolOfDinasSql(key.dinasId)}
     order by s.name, s.id`.execute(db);
  return result.rows;
}

/**
 * Every kabupaten/kota of a province with the sum of its schools' rollup rows, counting only
 * schools of `levels` (the reader's Dinas levels; null = every level) — domain.md §1.1.
 */
export async function countByRegencyOfProvince(
  db: Db,
  key: Key & { provinceCode: string; levels: readonly SchoolLevel[] | null },
): Promise<AreaCountRow[]> {
  const ofLevels =
    key.levels === null
      ? sql``
      : sql`and exists (select 1 from schools s where s.id = dashboard_school_counts.school_id and ${schoolLevelInSql(key.levels)})`;
  const result = await sql<AreaCountRow>`
    with t as (
      select regency_code, ${summedCounts}
        from dashboard_school_counts
       where period_id = ${key.periodId} and document = ${key.document}
         and province_code = ${key.provinceCode} ${ofLevels}
       group by regency_code)
    select r.code, r.name, null as npsn, ${coalescedStageCounts}
      from regencies r left join t on t.regency_code = r.code
     where r.province_code = ${key.provinceCode}
     order by r.code`.execute(db);
  return result.rows;
}

/** Every province with the sum of its schools' rollup rows: the nation. */
export async function countByProvince(db: Db, key: Key): Promise<AreaCountRow[]> {
  const result = await sql<AreaCountRow>`
    with t as (
      select province_code, ${summedCounts}
        from dashboard_school_counts
       where period_id = ${key.periodId} and document = ${key.document}
       group by province_code)
    select pr.code, pr.name, null as npsn, ${coalescedStageCounts}
      from provinces pr left join t on t.province_code = pr.code
     order by pr.code`.execute(db);
  return result.rows;
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
  employmentStatus: 'pns' | 'pppk' | 'non_asn';
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
    select p.id as employee_id, p.name, p.nip, p.employment_status, pl.id as plan_id,
           pl.status as plan_status,
           pc.plan_id is not null as execution_completed, a.state as assessment_state,
           a.version as assessment_version, a.predikat
      from school_staff st ${teacherStagesJoin(key)}
     where st.school_id = ${key.schoolId}
     order by lower(p.name), p.id`.execute(db);
  return result.rows;
}
