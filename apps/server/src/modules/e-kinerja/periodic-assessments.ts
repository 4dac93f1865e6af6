import {
  periodicAssessmentsFor,
  periodicityFor,
  type FinalDocumentFacts,
  type Periodicity,
  type RuleSet,
} from '@kinerja/domain';
import type { Db } from '../../db/database.js';
import { enqueueFact } from './enqueue-facts.js';

/** The administrator's "Tipe Periodik" of a period, when one was stored (migration 0021). */
export async function findStoredPeriodicity(db: Db, periodId: string): Promise<Periodicity | null> {
  const row = await db
    .selectFrom('periodicAssessmentSettings')
    .select('periodicity')
    .where('periodId', '=', periodId)
    .executeTakeFirst();
  return row?.periodicity ?? null;
}

/** The idempotency key of one periodic assessment: the assessment, its type and its Angka Periodik. */
export const periodicKey = (assessmentId: string, tipe: string, angka: number) =>
  `kinerja:penilaian-periodik:${assessmentId}:${tipe}:${angka}`;

/**
 * Queues the periodic assessments of a final evaluation document for e-Kinerja, in the transaction
 * of "Tetapkan": one outbox row per month or quarter, each with its own key, so e-Kinerja never gets
 * an Angka Periodik twice (domain.md §5.5, §6.4; issue 14 item 4).
 */
export async function enqueuePeriodicAssessments(
  trx: Db,
  options: {
    ruleSet: RuleSet;
    assessmentId: string;
    plan: { id: string; periodId: string; employeeId: string };
    facts: FinalDocumentFacts;
    now: Date;
  },
): Promise<number> {
  const { plan, assessmentId } = options;
  const periodicity = periodicityFor(
    options.ruleSet,
    await findStoredPeriodicity(trx, plan.periodId),
  );
  const records = periodicAssessmentsFor({
    ruleSet: options.ruleSet,
    periodicity,
    facts: options.facts,
  });
  let queued = 0;
  for (const record of records) {
    const payload = {
      factKey: periodicKey(assessmentId, record.tipePeriodik, record.angkaPeriodik),
      assessmentId,
      planId: plan.id,
      periodId: plan.periodId,
      employeeId: plan.employeeId,
      document: record.document,
      tipePeriodik: record.tipePeriodik,
      angkaPeriodik: record.angkaPeriodik,
      mulai: record.start,
      selesai: record.end,
      label: record.label.id,
    };
    const isNew = await enqueueFact(trx, {
      topic: 'assessment.periodic',
      payload,
      now: options.now,
    });
    if (isNew) queued++;
  }
  return queued;
}
