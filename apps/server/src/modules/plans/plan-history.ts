import type { PlanContent, PlanHistoryResponse } from '@kinerja/contract';
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

type VersionRow = {
  number: number;
  submittedAt: Date;
  submittedById: string;
  submittedByName: string;
  draftText: string;
};
type DecisionRow = {
  decision: 'approved' | 'returned' | 'auto_approved';
  basis: string | null;
  note: string | null;
  versionNumber: number;
  decidedAt: Date;
  decidedById: string | null;
  decidedByName: string | null;
  expectationsText: string;
};

const DECISION_LABELS = {
  approved: 'Disetujui',
  returned: 'Dikembalikan',
  auto_approved: 'Disetujui otomatis oleh sistem',
} as const;

/** Every submitted version and every decision of a plan, oldest first (two indexed queries). */
export async function readPlanHistory(db: Db, planId: string): Promise<PlanHistoryResponse> {
  const versions = await sql<VersionRow>`
    select v.number, v.submitted_at, v.submitted_by as submitted_by_id, p.name as submitted_by_name,
           v.draft::text as draft_text
      from plan_versions v join people p on p.id = v.submitted_by
     where v.plan_id = ${planId} order by v.number`.execute(db);
  const decisions = await sql<DecisionRow>`
    select d.decision, d.basis, d.note, d.version_number, d.decided_at, d.decided_by as decided_by_id,
           p.name as decided_by_name, d.supervisor_expectations::text as expectations_text
      from plan_decisions d left join people p on p.id = d.decided_by
     where d.plan_id = ${planId} order by d.decided_at, d.id`.execute(db);
  return {
    versions: versions.rows.map((row) => ({
      number: row.number,
      submittedAt: row.submittedAt.toISOString(),
      submittedBy: { id: row.submittedById, name: row.submittedByName },
      content: JSON.parse(row.draftText) as PlanContent,
    })),
    decisions: decisions.rows.map((row) => ({
      decision: row.decision,
      label: DECISION_LABELS[row.decision],
      basis: row.basis,
      note: row.note,
      versionNumber: row.versionNumber,
      decidedAt: row.decidedAt.toISOString(),
      decidedBy: row.decidedById ? { id: row.decidedById, name: row.decidedByName ?? '-' } : null,
      supervisorExpectations: JSON.parse(row.expectationsText) as Record<string, string>,
    })),
  };
}

/** Names of people, by id. */
export async function findPeopleNames(
  db: Db,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('people')
    .select(['id', 'name'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}
