import type { StageCounts } from '@kinerja/contract';
import type { EvaluationDocument } from '@kinerja/domain';
import { sql, type RawBuilder } from 'kysely';
import { teachingJenisPtkSql } from '../people/teaching-jenis-ptk.js';

/**
 * Joins to the school staff `st` the teachers among them — Jenis PTK a teaching one, as in
 * "Periksa" (domain.md §1.4) — each with their plan `pl` in the period, its completed Pelaksanaan
 * `pc` and its assessment `a` of one document. Every join is an index probe or an index-only scan
 * (migrations/0010_dashboards.sql). Plans are matched by school and person, not by their copied
 * region codes, so a school that moved region is counted where it now is. Period and document are
 * values, or column references when one query counts several keys (dashboard-rollup.ts).
 */
export function teacherStagesJoin(key: {
  periodId: string | RawBuilder<unknown>;
  document: EvaluationDocument | RawBuilder<unknown>;
}): RawBuilder<unknown> {
  return sql`
    join people p on p.id = st.person_id and upper(p.jenis_ptk) in (${teachingJenisPtkSql})
    left join plans pl on pl.period_id = ${key.periodId} and pl.school_id = st.school_id
                      and pl.employee_id = st.person_id and pl.employee_kind = 'teacher'
    left join practice_cycles pc on pc.period_id = ${key.periodId} and pc.plan_id = pl.id
                                and pc.state = 'completed'
    left join assessments a on a.period_id = ${key.periodId} and a.document = ${key.document}
                           and a.plan_id = pl.id`;
}

/**
 * The aggregate columns of a group of teacher rows from `teacherStagesJoin`. A draft is counted only
 * once saved (version > 0), as the principal's "Penilaian" list shows it (domain.md §3.9).
 */
export const stageCountColumns = sql`
  count(*)::int as teachers,
  count(*) filter (where pl.status = 'draft')::int as plan_draft,
  count(*) filter (where pl.status = 'submitted')::int as plan_submitted,
  count(*) filter (where pl.status = 'returned')::int as plan_returned,
  count(*) filter (where pl.status = 'approved')::int as plan_approved,
  count(pc.plan_id)::int as execution_completed,
  count(*) filter (where a.state = 'draft' and a.version > 0)::int as assessment_draft,
  count(*) filter (where a.state = 'final')::int as assessment_final,
  count(*) filter (where a.state = 'final' and a.predikat = 'sangat_baik')::int as sangat_baik,
  count(*) filter (where a.state = 'final' and a.predikat = 'baik')::int as baik,
  count(*) filter (where a.state = 'final' and a.predikat = 'butuh_perbaikan')::int as butuh_perbaikan,
  count(*) filter (where a.state = 'final' and a.predikat = 'kurang')::int as kurang,
  count(*) filter (where a.state = 'final' and a.predikat = 'sangat_kurang')::int as sangat_kurang`;

/** The column names of `stageCountColumns`, camel-cased as the query returns them. */
export const STAGE_COUNT_KEYS = [
  'teachers',
  'planDraft',
  'planSubmitted',
  'planReturned',
  'planApproved',
  'executionCompleted',
  'assessmentDraft',
  'assessmentFinal',
  'sangatBaik',
  'baik',
  'butuhPerbaikan',
  'kurang',
  'sangatKurang',
] as const;

/** One group's counts as the query returns them (null for an area without any teacher). */
export type StageCountRow = { [K in (typeof STAGE_COUNT_KEYS)[number]]: number | null };

/** The columns of `stageCountColumns`, each coalesced to 0, for a left-joined aggregate `t`. */
export const coalescedStageCounts = sql.join(
  STAGE_COUNT_KEYS.map((key) => {
    const column = key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
    return sql.raw(`coalesce(t.${column}, 0)::int as ${column}`);
  }),
);

/** Final assessments / teachers × 100 with one decimal; 0 without teachers (contract). */
const percent = (final: number, teachers: number): number =>
  teachers === 0 ? 0 : Math.round((final * 1000) / teachers) / 10;

/** The contract's StageCounts of one group; teachers without a plan are "not_started". */
export function toStageCounts(row: StageCountRow): StageCounts {
  const n = (key: (typeof STAGE_COUNT_KEYS)[number]): number => row[key] ?? 0;
  const planned = n('planDraft') + n('planSubmitted') + n('planReturned') + n('planApproved');
  const assessed = n('assessmentDraft') + n('assessmentFinal');
  return {
    teachers: n('teachers'),
    planning: {
      not_started: n('teachers') - planned,
      draft: n('planDraft'),
      submitted: n('planSubmitted'),
      returned: n('planReturned'),
      approved: n('planApproved'),
    },
    executionCompleted: n('executionCompleted'),
    assessment: {
      not_started: n('teachers') - assessed,
      draft: n('assessmentDraft'),
      final: n('assessmentFinal'),
    },
    predikat: {
      sangat_baik: n('sangatBaik'),
      baik: n('baik'),
      butuh_perbaikan: n('butuhPerbaikan'),
      kurang: n('kurang'),
      sangat_kurang: n('sangatKurang'),
    },
    completionPercent: percent(n('assessmentFinal'), n('teachers')),
  };
}

/** The sum of several groups' counts, with the percentage recomputed on the sums. */
export function sumStageCounts(all: readonly StageCountRow[]): StageCounts {
  const total = Object.fromEntries(STAGE_COUNT_KEYS.map((key) => [key, 0])) as StageCountRow;
  for (const row of all) {
    for (const key of STAGE_COUNT_KEYS) total[key] = (total[key] ?? 0) + (row[key] ?? 0);
  }
  return toStageCounts(total);
}
