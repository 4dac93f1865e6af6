import { angkaKredit, roundAngkaKredit, type Locale, type Predikat } from '@kinerja/domain';
import type { Db } from '../../db/database.js';
import { notFound } from '../../lib/app-error.js';
import type { AppContext } from '../../lib/context.js';
import { enqueuePeriodicAssessments } from '../e-kinerja/periodic-assessments.js';
import { insertNotification } from '../notifications/notifications.repository.js';
import { effectivePersonalData } from '../plans/plan-personal-data.js';
import { assessmentRefusal } from './assessment-errors.js';
import { isPrerequisiteMet } from './assessment-facts.js';
import { finalizedText } from './assessment-notifications.js';
import type { AssessmentScope } from './assessment-scope.js';
import {
  auditAssessment,
  runAssessmentWrite,
  type AssessmentStep,
} from './assessment-transaction.js';
import { findAssessmentById, finalizeAssessmentRow } from './assessments.repository.js';
import { buildDocumentSnapshot } from './document-snapshot.js';
import { findLatestVersion } from './fixed-documents.repository.js';
import {
  currentDocumentData,
  issueDocumentVersion,
  materialiseVersion,
} from './fixed-documents.js';

/** A "Tetapkan" request (the UI asked for confirmation first). */
export type FinalizeInput = {
  assessmentId: string;
  personId: string;
  version: number;
  locale: Locale;
  requestId: string;
};

/** Angka kredit frozen with the predikat: jenjang in force, months of the document (domain.md §5.4). */
function angkaKreditOf(scope: AssessmentScope, predikat: Predikat) {
  const { employee } = scope.plan;
  const careerLevel =
    employee.employmentStatus === 'non_asn' ? null : effectivePersonalData(employee).careerLevel;
  const { months, countsForAngkaKredit } = scope.document;
  const value =
    careerLevel && countsForAngkaKredit
      ? roundAngkaKredit(angkaKredit({ predikat, careerLevel, months }))
      : null;
  return { careerLevel, months, angkaKredit: value };
}

/** The outbox row that later pushes the final predikat to e-Kinerja (domain.md §6.4). */
async function enqueueSync(
  trx: Db,
  options: { scope: AssessmentScope; assessmentId: string; now: Date },
): Promise<void> {
  const { scope, assessmentId, now } = options;
  const { row } = scope.plan;
  const payload = {
    assessmentId,
    planId: row.id,
    periodId: row.periodId,
    employeeId: row.employeeId,
    document: scope.document.document,
  };
  await trx
    .insertInto('outbox')
    .values({
      topic: 'assessment.final',
      payload: JSON.stringify(payload),
      createdAt: now,
      availableAt: now,
    })
    .execute();
}

function ratingsOf(next: AssessmentStep['next']) {
  const { workResultRating, workBehaviourRating } = next;
  if (!workResultRating || !workBehaviourRating) throw new Error('a final assessment has ratings');
  return { workResultRating, workBehaviourRating };
}

async function persistFinal(step: AssessmentStep, input: FinalizeInput): Promise<void> {
  const { trx, scope, row, next, now } = step;
  const required = scope.document.requiresFinal;
  if (required && !(await isPrerequisiteMet(trx, scope))) {
    const label = required === 'semester_2' ? 'Semester II' : required;
    throw assessmentRefusal(
      { code: 'ASSESSMENT_NEEDS_EARLIER_FINAL', params: { document: label } },
      input.locale,
    );
  }
  const predikat = next.predikat;
  if (!predikat) throw new Error('a finalized assessment always has a predikat');
  const snapshot = await buildDocumentSnapshot(trx, {
    scope: scope.plan,
    assessorId: input.personId,
  });
  const credit = angkaKreditOf(scope, predikat);
  const version = row.version + 1;
  const values = { predikat, finalizedBy: input.personId, snapshot, ...credit };
  await finalizeAssessmentRow(trx, { id: row.id, values, version, now });
  // The document is fixed now: version 1 with the data it prints (capaian as known today, §5.6).
  const final = await findAssessmentById(trx, row.id);
  if (!final) throw new Error(`assessment ${row.id} vanished`);
  const ruleSetVersion = scope.plan.employee.ruleSetVersion;
  const data = await currentDocumentData(trx, { row: final, ruleSetVersion });
  const issued = await issueDocumentVersion(trx, {
    row: final,
    data,
    reason: 'finalize',
    issuedBy: input.personId,
    now,
  });
  const { plan } = scope;
  await insertNotification(trx, {
    createdAt: now,
    ...finalizedText({
      assessorName: snapshot.assessor.name,
      documentLabel: scope.document.label.id,
      periodLabel: plan.employee.periodLabel,
      predikat,
    }),
    recipientId: plan.row.employeeId,
    planId: plan.row.id,
    periodId: plan.row.periodId,
  });
  await enqueueSync(trx, { scope, assessmentId: row.id, now });
  await enqueuePeriodicAssessments(trx, {
    ruleSet: plan.ruleSet,
    assessmentId: row.id,
    plan: plan.row,
    facts: { ...ratingsOf(next), document: scope.document.document, predikat },
    now,
  });
  const after = {
    version,
    state: 'final',
    predikat,
    angkaKredit: credit.angkaKredit,
    documentNumber: issued.documentNumber,
    documentDigest: issued.digest,
  };
  const audit = { row, actorId: input.personId, action: 'assessment.finalize', after };
  await auditAssessment(trx, { ...audit, requestId: input.requestId, now });
}

/**
 * "Tetapkan": the assessor fixes the predikat from the §5.2 matrix. The assessment is immutable
 * afterwards; the assessed person is notified and the result, with its periodic assessments, is
 * queued for e-Kinerja, all in one transaction (domain.md §3.9, §5.2, §5.5, §6.4).
 */
export async function finalizeAssessment(ctx: AppContext, input: FinalizeInput) {
  const found = await findAssessmentById(ctx.db, input.assessmentId);
  if (!found) throw notFound('Penilaian Kinerja tidak ditemukan.');
  const write = {
    planId: found.planId,
    personId: input.personId,
    locale: input.locale,
    document: found.document,
    version: input.version,
    action: 'assessment.finalize',
    role: 'supervisor',
    command: { type: 'finalize' },
    isWindowRequired: true,
  } as const;
  await runAssessmentWrite(ctx, write, (step) => persistFinal(step, input));
  // The bytes are stored right away; if this fails, the first download stores them (same data).
  const issued = await findLatestVersion(ctx.db, input.assessmentId);
  if (issued) await materialiseVersion(ctx, issued).catch(() => undefined);
  return { planId: found.planId, document: found.document };
}
