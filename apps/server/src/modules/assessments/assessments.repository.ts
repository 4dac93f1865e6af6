import type { EvaluationDocument, Predikat, Rating } from '@kinerja/domain';
import { sql, type Selectable } from 'kysely';
import type { Db } from '../../db/database.js';
import type { DB } from '../../db/schema.js';

/** An assessment row; JSON columns are read as text because the camel-case plugin renames keys. */
export type AssessmentRow = Omit<
  Selectable<DB['assessments']>,
  'behaviourFeedback' | 'documentSnapshot'
> & {
  feedbackText: string;
  snapshotText: string | null;
  finalizedByName: string | null;
};

function selectAssessment(db: Db) {
  return db
    .selectFrom('assessments as a')
    .selectAll('a')
    .select([
      sql<string>`a.behaviour_feedback::text`.as('feedbackText'),
      sql<string | null>`a.document_snapshot::text`.as('snapshotText'),
      (eb) =>
        eb
          .selectFrom('people as f')
          .select('f.name')
          .whereRef('f.id', '=', 'a.finalizedBy')
          .as('finalizedByName'),
    ]);
}

function strip(row: Selectable<DB['assessments']> & Omit<AssessmentRow, keyof DB['assessments']>) {
  const { behaviourFeedback: _feedback, documentSnapshot: _snapshot, ...rest } = row;
  return rest as AssessmentRow;
}

/** The assessment of a plan and document, locked for the transaction when asked. */
export async function findAssessmentOfPlan(
  db: Db,
  key: { planId: string; document: EvaluationDocument },
  options: { forUpdate?: boolean } = {},
): Promise<AssessmentRow | undefined> {
  let query = selectAssessment(db)
    .where('a.planId', '=', key.planId)
    .where('a.document', '=', key.document);
  if (options.forUpdate) query = query.forUpdate('a');
  const row = await query.executeTakeFirst();
  return row ? strip(row) : undefined;
}

/** One assessment by id. */
export async function findAssessmentById(db: Db, id: string): Promise<AssessmentRow | undefined> {
  const row = await selectAssessment(db).where('a.id', '=', id).executeTakeFirst();
  return row ? strip(row) : undefined;
}

/** Every assessment row of a plan (its evaluation documents), oldest first. */
export async function listAssessmentsOfPlan(
  db: Db,
  planId: string,
): Promise<Array<Pick<AssessmentRow, 'id' | 'document' | 'state'>>> {
  return db
    .selectFrom('assessments')
    .select(['id', 'document', 'state'])
    .where('planId', '=', planId)
    .orderBy('createdAt')
    .execute();
}

/** The plan's identity copied onto a new assessment row (its keys for lists and sharding). */
export type NewAssessmentKey = {
  planId: string;
  document: EvaluationDocument;
  periodId: string;
  employeeId: string;
  employeeKind: 'teacher' | 'principal';
  schoolId: string;
  provinceCode: string;
  regencyCode: string;
};

/** Creates an empty draft unless one exists (two first writers never make two rows). */
export async function ensureAssessmentRow(
  trx: Db,
  key: NewAssessmentKey,
  now: Date,
): Promise<void> {
  await trx
    .insertInto('assessments')
    .values({ ...key, state: 'draft', version: 0, createdAt: now, updatedAt: now })
    .onConflict((oc) => oc.columns(['planId', 'document']).doNothing())
    .execute();
}

/** The assessor's draft content. */
export type DraftValues = {
  workResultRating: Rating | null;
  workBehaviourRating: Rating | null;
  behaviourFeedback: Record<string, string>;
  notes: string;
};

/** Stores a draft and bumps the version. */
export async function updateAssessmentDraft(
  trx: Db,
  options: { id: string; values: DraftValues; writtenBy: string; version: number; now: Date },
): Promise<void> {
  const { values } = options;
  await trx
    .updateTable('assessments')
    .set({
      workResultRating: values.workResultRating,
      workBehaviourRating: values.workBehaviourRating,
      behaviourFeedback: JSON.stringify(values.behaviourFeedback),
      notes: values.notes,
      writtenBy: options.writtenBy,
      version: options.version,
      updatedAt: options.now,
    })
    .where('id', '=', options.id)
    .execute();
}

/** What "Tetapkan" freezes. */
export type FinalValues = {
  predikat: Predikat;
  finalizedBy: string;
  snapshot: unknown;
  careerLevel: string | null;
  months: number;
  angkaKredit: number | null;
};

/** Makes an assessment final; it never changes again (domain.md §3.9). */
export async function finalizeAssessmentRow(
  trx: Db,
  options: { id: string; values: FinalValues; version: number; now: Date },
): Promise<void> {
  const { values, now } = options;
  await trx
    .updateTable('assessments')
    .set({
      state: 'final',
      predikat: values.predikat,
      finalizedBy: values.finalizedBy,
      finalizedAt: now,
      documentSnapshot: JSON.stringify(values.snapshot),
      careerLevel: values.careerLevel,
      months: values.months,
      angkaKredit: values.angkaKredit,
      version: options.version,
      updatedAt: now,
    })
    .where('id', '=', options.id)
    .where('state', '=', 'draft')
    .execute();
}

/** A recommendation with its author's name. */
export type RecommendationRow = {
  id: string;
  authorId: string;
  authorName: string;
  text: string;
  createdAt: Date;
};

/** The Tim Kinerja's recommendations on an assessment, oldest first. */
export async function listRecommendations(
  db: Db,
  assessmentId: string,
): Promise<RecommendationRow[]> {
  return db
    .selectFrom('assessmentRecommendations as r')
    .innerJoin('people as p', 'p.id', 'r.authorId')
    .select(['r.id', 'r.authorId', 'p.name as authorName', 'r.text', 'r.createdAt'])
    .where('r.assessmentId', '=', assessmentId)
    .orderBy('r.createdAt')
    .orderBy('r.id')
    .execute();
}

/** Stores a recommendation. */
export async function insertRecommendation(
  trx: Db,
  values: { assessmentId: string; provinceCode: string; authorId: string; text: string; now: Date },
): Promise<string> {
  const row = await trx
    .insertInto('assessmentRecommendations')
    .values({
      assessmentId: values.assessmentId,
      provinceCode: values.provinceCode,
      authorId: values.authorId,
      text: values.text,
      createdAt: values.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
