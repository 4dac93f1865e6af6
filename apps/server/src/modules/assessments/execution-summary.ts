import type { ExecutionSummary } from '@kinerja/contract';
import {
  MISSING_EXECUTION_LABELS,
  OBSERVATION_SCALE,
  missingExecutionResults,
  type RuleSet,
  PRACTICE_STEP_LABELS,
  type Locale,
  type PracticeRecord,
  type PracticeState,
} from '@kinerja/domain';
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

// Execution (issue #5) stores evidence uploads (2024, migration 0006), the written documents and the
// practice cycle (migration 0007). The assessor's page reads them as they are; a new execution table
// adds one query here and one field in ExecutionSummary.

const DOCUMENT_LABELS: Record<string, string> = {
  competency_reflection: 'Dokumen Pengembangan Kompetensi',
  main_duties_checklist: 'Dokumen Pelaksanaan Tugas Pokok',
};
const DOCUMENT_STATE_LABELS: Record<string, string> = { draft: 'Draf', sent: 'Terkirim' };

type CycleRow = { state: PracticeState; recordText: string };

async function readEvidence(db: Db, planId: string): Promise<ExecutionSummary['evidence']> {
  const { rows } = await sql<{ collected: number; total: number }>`
    select count(*) filter (where state = 'collected')::int as collected, count(*)::int as total
      from evidence_slots where plan_id = ${planId} and superseded_at is null`.execute(db);
  return rows[0] ?? { collected: 0, total: 0 };
}

async function readDocuments(db: Db, planId: string): Promise<ExecutionSummary['documents']> {
  const rows = await db
    .selectFrom('writtenDocuments')
    .select(['kind', 'state', 'sentAt', 'confirmedAt'])
    .where('planId', '=', planId)
    .orderBy('kind')
    .execute();
  return rows.map((row) => ({
    kind: row.kind,
    label: DOCUMENT_LABELS[row.kind] ?? row.kind,
    state: DOCUMENT_STATE_LABELS[row.state] ?? row.state,
    sentAt: row.sentAt?.toISOString() ?? null,
    confirmedAt: row.confirmedAt?.toISOString() ?? null,
  }));
}

function stateLabel(state: PracticeState, locale: Locale): string {
  if (state === 'completed') return locale === 'en' ? 'Completed' : 'Selesai';
  const step = PRACTICE_STEP_LABELS[state];
  return `${step.letter}. ${step[locale]}`;
}

function presentCycle(row: CycleRow, locale: Locale): ExecutionSummary['practiceCycle'] {
  const record = JSON.parse(row.recordText) as PracticeRecord;
  const counts: Record<string, number> = Object.fromEntries(OBSERVATION_SCALE.map((r) => [r, 0]));
  const items = record.items ?? [];
  let rated = 0;
  for (const item of items) {
    const rating = record.observation.ratings[item.code]?.rating;
    if (!rating) continue;
    rated += 1;
    counts[rating] = (counts[rating] ?? 0) + 1;
  }
  return {
    state: row.state,
    stateLabel: stateLabel(row.state, locale),
    observation: { rated, total: items.length, counts },
    generalNote: record.observation.generalNote,
    followUpAgreement: record.followUp.agreement,
    reflection: record.reflection.submittedAt ? record.reflection.text : '',
  };
}

/** What Pelaksanaan produced for a plan: evidence (2024 uploads), documents, the practice cycle. */
export async function readExecutionSummary(
  db: Db,
  options: { planId: string; ruleSet: RuleSet; locale: Locale },
): Promise<ExecutionSummary> {
  const { planId, ruleSet, locale } = options;
  const hasUploads = ruleSet.evidence.mode === 'upload';
  const cycle = await db
    .selectFrom('practiceCycles')
    .select(['state', sql<string>`record::text`.as('recordText')])
    .where('planId', '=', planId)
    .executeTakeFirst();
  const evidence = hasUploads ? await readEvidence(db, planId) : null;
  const documents = await readDocuments(db, planId);
  const written = (kind: string): kind is 'competency_reflection' | 'main_duties_checklist' =>
    kind === 'competency_reflection' || kind === 'main_duties_checklist';
  const missing = missingExecutionResults({
    ruleSet,
    facts: {
      evidence,
      sentDocuments: documents
        .filter((d) => d.sentAt !== null)
        .map((d) => d.kind)
        .filter(written),
      confirmedDocuments: documents
        .filter((d) => d.confirmedAt !== null)
        .map((d) => d.kind)
        .filter(written),
      practiceState: cycle?.state ?? null,
    },
  });
  return {
    evidence,
    documents,
    practiceCycle: cycle ? presentCycle(cycle, locale) : null,
    missing: missing.map((code) => ({ code, message: MISSING_EXECUTION_LABELS[code][locale] })),
  };
}
