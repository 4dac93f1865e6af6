import type { CountedTodoCode, OwnExecutionFacts, PracticeState } from '@kinerja/domain';
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { teachingJenisPtkSql } from '../people/teaching-jenis-ptk.js';

// One statement per role grant, each keyed like the hot tables by (period, school) or (plan): the home
// is the busiest route at deadlines (architecture.md §3). Which counts are shown is the domain's call.

/** Counts by to-do code; a code the statement does not cover is absent. */
export type TodoCounts = Partial<Record<CountedTodoCode, number>>;

/** Result keys come back camelCased (CamelCasePlugin); the to-do codes are snake_case. */
function byCode(row: Record<string, number> | undefined): TodoCounts {
  return Object.fromEntries(
    Object.entries(row ?? {}).map(([key, value]) => [
      key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`),
      Number(value),
    ]),
  );
}

const statesArray = (states: readonly PracticeState[]) =>
  sql`array[${sql.join(states.map((state) => sql`${state}`))}]::text[]`;

const finalExists = sql`exists (select 1 from assessments a where a.plan_id = p.id and a.state = 'final')`;
const checklistToConfirm = sql`exists (select 1 from written_documents w where w.plan_id = p.id
  and w.kind = 'main_duties_checklist' and w.state = 'sent' and w.confirmed_at is null)`;

/** What the execution of one plan has produced (one statement, all by plan id). */
export async function readOwnExecution(db: Db, planId: string): Promise<OwnExecutionFacts> {
  const { rows } = await sql<OwnExecutionFacts>`
    select
      (select count(*)::int from evidence_slots e where e.plan_id = ${planId} and e.superseded_at is null) as evidence_total,
      (select count(*)::int from evidence_slots e where e.plan_id = ${planId} and e.superseded_at is null
          and e.state = 'collected') as evidence_collected,
      (select count(*)::int from written_documents w where w.plan_id = ${planId} and w.state = 'sent') as documents_sent,
      (select c.state from practice_cycles c where c.plan_id = ${planId}) as practice_state,
      (select case when bool_or(a.state = 'final') then 'final' when count(*) > 0 then 'draft' else 'none' end
         from assessments a where a.plan_id = ${planId}) as assessment`.execute(db);
  return rows[0] as OwnExecutionFacts;
}

/** The school head's counts over the teachers' plans of one school in a period, not his own. */
export async function countSchoolTodos(
  db: Db,
  key: {
    periodId: string;
    schoolId: string;
    personId: string;
    supervisorStates: readonly PracticeState[];
  },
): Promise<TodoCounts> {
  const { rows } = await sql<Record<string, number>>`
    select
      count(*) filter (where p.status = 'submitted')::int as plans_to_approve,
      count(*) filter (where p.status = 'approved'
        and coalesce(c.state, 'preparation_discussion') = any(${statesArray(key.supervisorStates)}))::int as cycles_to_lead,
      count(*) filter (where p.status = 'approved' and ${checklistToConfirm})::int as documents_to_confirm,
      count(*) filter (where p.status = 'approved' and not ${finalExists})::int as assessments_to_do
      from plans p left join practice_cycles c on c.plan_id = p.id
     where p.period_id = ${key.periodId} and p.school_id = ${key.schoolId}
       and p.status in ('submitted', 'approved') and p.employee_kind = 'teacher'
       and p.employee_id <> ${key.personId}`.execute(db);
  return byCode(rows[0]);
}

/** The pengawas's counts over the principals' plans of the schools they supervise. */
export async function countPengawasTodos(
  db: Db,
  key: { periodId: string; personId: string; supervisorStates: readonly PracticeState[] },
): Promise<TodoCounts> {
  const { rows } = await sql<Record<string, number>>`
    select
      count(*) filter (where coalesce(c.state, 'preparation_discussion') = any(${statesArray(key.supervisorStates)}))::int
        as principal_cycles_to_lead,
      count(*) filter (where ${checklistToConfirm})::int as principal_documents_to_confirm,
      count(*) filter (where not ${finalExists} and not exists (select 1 from assessments a
          join assessment_recommendations r on r.assessment_id = a.id
         where a.plan_id = p.id and r.author_id = ${key.personId}))::int as recommendations_to_send
      from pengawas_schools ps
      join plans p on p.school_id = ps.school_id and p.period_id = ${key.periodId}
       and p.status = 'approved' and p.employee_kind = 'principal'
      left join practice_cycles c on c.plan_id = p.id
     where ps.person_id = ${key.personId}`.execute(db);
  return byCode(rows[0]);
}

/** The Dinas office's counts over the plans of its schools. */
export async function countDinasTodos(
  db: Db,
  key: { periodId: string; dinasId: string },
): Promise<TodoCounts> {
  const { rows } = await sql<Record<string, number>>`
    select
      count(*) filter (where p.employee_kind = 'principal' and p.status = 'submitted')::int
        as principal_plans_to_approve,
      count(*) filter (where p.employee_kind = 'teacher' and p.status = 'submitted' and not exists (
        select 1 from school_principals sp where sp.school_id = p.school_id and sp.period_id = p.period_id))::int
        as plans_without_supervisor,
      count(*) filter (where p.employee_kind = 'principal' and p.status = 'approved' and not ${finalExists})::int
        as principal_assessments_to_do
      from schools s
      join plans p on p.school_id = s.id and p.period_id = ${key.periodId} and p.status in ('submitted', 'approved')
     where s.dinas_id = ${key.dinasId}`.execute(db);
  return byCode(rows[0]);
}

/**
 * The school operator's counts: teachers without an atasan, without a plotted Tim Kinerja, the
 * school's final results of the period not yet delivered to e-Kinerja and its failed deliveries.
 */
export async function countOperatorTodos(
  db: Db,
  key: { periodId: string; schoolId: string },
): Promise<TodoCounts> {
  const { rows } = await sql<Record<string, number>>`
    select
      case when exists (select 1 from school_principals sp where sp.school_id = ${key.schoolId}
                         and sp.period_id = ${key.periodId}) then 0 else count(*) end::int as staff_without_supervisor,
      count(*) filter (where not exists (select 1 from tim_kinerja_members t where t.period_id = ${key.periodId}
          and t.school_id = ${key.schoolId} and t.employee_id = st.person_id))::int as tim_kinerja_to_plot
      from school_staff st join people pe on pe.id = st.person_id
     where st.school_id = ${key.schoolId} and upper(pe.jenis_ptk) in (${teachingJenisPtkSql})`.execute(
    db,
  );
  const sync = await sql<Record<string, number>>`
    select
      count(*) filter (where o.topic = 'assessment.final'
                         and pl.period_id = ${key.periodId})::int as results_not_sent,
      count(*) filter (where o.failed_at is not null)::int as outbox_failures
      from plans pl
      join outbox o on o.payload ->> 'planId' = pl.id::text
     where pl.school_id = ${key.schoolId} and o.processed_at is null
       and o.topic in ('plan.approved', 'plan.rhk_changed', 'assessment.final', 'assessment.periodic')`.execute(
    db,
  );
  return { ...byCode(rows[0]), ...byCode(sync.rows[0]) };
}

/**
 * e-Kinerja sync rows the relay gave up on, nationwide (partial index outbox_failed), and periods
 * whose stage windows are still the inferred defaults (issue 13 item 1, domain.md §2.4).
 */
export async function countAdminTodos(db: Db): Promise<TodoCounts> {
  const { rows } = await sql<Record<string, number>>`
    select (select count(*) from outbox where failed_at is not null and processed_at is null)::int
             as outbox_failures,
           (select count(*) from periods where windows_are_defaults)::int as period_windows_to_confirm`.execute(
    db,
  );
  return byCode(rows[0]);
}
