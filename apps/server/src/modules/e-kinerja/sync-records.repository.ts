import type { EvaluationDocument, Predikat, Rating } from '@kinerja/domain';
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { schoolOfDinasSql } from '../plans/dinas-jurisdiction.js';

/** An agreed plan with its employee, school and period, as the export and the push read it. */
export type PlanRecordRow = {
  planId: string;
  periodId: string;
  periodLabel: string;
  ruleSetVersion: string;
  employeeKind: 'teacher' | 'principal';
  draftText: string;
  expectationsText: string;
  /** The catalogue revision the plan reads by (null: the newest). */
  catalogueRevision: number | null;
  submissionCount: number;
  approvedAt: Date | null;
  approvalBasis: string | null;
  approverName: string | null;
  approverNip: string | null;
  personId: string;
  name: string;
  nip: string | null;
  nuptk: string | null;
  employmentStatus: 'pns' | 'pppk' | 'non_asn';
  golonganRuang: string | null;
  jenjangJabatan: string | null;
  overrideGolongan: string | null;
  overrideRuang: string | null;
  overrideCareerLevel: string | null;
  schoolId: string;
  npsn: string;
  schoolName: string;
  provinceCode: string;
  regencyCode: string;
};

/** Which plans: one (a push), or a school's or a Dinas region's agreed plans of a period (export). */
export type RecordFilter =
  | { kind: 'plan'; planId: string }
  | { kind: 'school'; schoolId: string; periodId: string }
  | { kind: 'dinas'; dinasId: string; periodId: string };

/** Where the previous page ended (keyset pagination by NPSN and plan id). */
export type RecordCursor = { npsn: string; planId: string } | null;

function whereOf(filter: RecordFilter) {
  if (filter.kind === 'plan') return sql`pl.id = ${filter.planId}`;
  const area =
    filter.kind === 'school' ? sql`s.id = ${filter.schoolId}` : schoolOfDinasSql(filter.dinasId);
  return sql`pl.period_id = ${filter.periodId} and pl.status = 'approved' and ${area}`;
}

/** One page of agreed plans, ordered by school NPSN and plan id. */
export async function listPlanRecords(
  db: Db,
  options: { filter: RecordFilter; after: RecordCursor; limit: number },
): Promise<PlanRecordRow[]> {
  const { after } = options;
  const cursor = after ? sql`and (s.npsn, pl.id) > (${after.npsn}, ${after.planId})` : sql``;
  const { rows } = await sql<PlanRecordRow>`
    select pl.id as plan_id, pl.period_id, pr.label as period_label, pr.rule_set_version,
           pl.employee_kind, pl.draft::text as draft_text, pl.catalogue_revision,
           pl.supervisor_expectations::text as expectations_text, pl.submission_count,
           pl.approved_at, pl.approval_basis, ap.name as approver_name, ap.nip as approver_nip,
           p.id as person_id, p.name, p.nip, p.nuptk, p.employment_status, p.golongan_ruang,
           p.jenjang_jabatan, o.golongan as override_golongan, o.ruang as override_ruang,
           o.career_level as override_career_level,
           s.id as school_id, s.npsn, s.name as school_name, s.province_code, s.regency_code
      from plans pl
      join periods pr on pr.id = pl.period_id
      join people p on p.id = pl.employee_id
      join schools s on s.id = pl.school_id
      left join people ap on ap.id = pl.approved_by
      left join personal_data_overrides o on o.period_id = pl.period_id and o.person_id = p.id
     where ${whereOf(options.filter)} ${cursor}
     order by s.npsn, pl.id
     limit ${options.limit}`.execute(db);
  return rows;
}

/** A final assessment as the export and the push read it. */
export type AssessmentRecordRow = {
  id: string;
  planId: string;
  periodId: string;
  schoolId: string;
  employeeKind: 'teacher' | 'principal';
  document: EvaluationDocument;
  workResultRating: Rating;
  workBehaviourRating: Rating;
  predikat: Predikat;
  finalizedAt: Date;
  snapshotText: string;
  angkaKredit: number | null;
};

/** The final assessments of some plans. */
export async function listFinalAssessments(
  db: Db,
  planIds: readonly string[],
): Promise<AssessmentRecordRow[]> {
  if (planIds.length === 0) return [];
  const { rows } = await sql<AssessmentRecordRow>`
    select a.id, a.plan_id, a.period_id, a.school_id, a.employee_kind, a.document,
           a.work_result_rating, a.work_behaviour_rating, a.predikat, a.finalized_at,
           a.document_snapshot::text as snapshot_text, a.angka_kredit
      from assessments a
     where a.plan_id in (${sql.join(planIds)}) and a.state = 'final'
     order by a.plan_id, a.created_at`.execute(db);
  return rows;
}

/** The principal's final Rating Hasil Kerja of a school's document: its capaian (domain.md §5.3). */
export async function findLeaderRating(
  db: Db,
  key: { periodId: string; schoolId: string; document: EvaluationDocument },
): Promise<Rating | null> {
  const row = await db
    .selectFrom('assessments')
    .select('workResultRating')
    .where('periodId', '=', key.periodId)
    .where('schoolId', '=', key.schoolId)
    .where('document', '=', key.document)
    .where('employeeKind', '=', 'principal')
    .where('state', '=', 'final')
    .executeTakeFirst();
  return row?.workResultRating ?? null;
}
