import type { SaveAssessmentRequest } from '@kinerja/contract';
import type { Locale } from '@kinerja/domain';
import type { AppContext } from '../../lib/context.js';
import { auditAssessment, runAssessmentWrite } from './assessment-transaction.js';
import { updateAssessmentDraft } from './assessments.repository.js';

/** A "Simpan Draf" of the assessor. */
export type SaveAssessmentInput = {
  planId: string;
  personId: string;
  locale: Locale;
  requestId: string;
  body: SaveAssessmentRequest;
};

/**
 * The assessor's draft: both ratings (either may still be empty), feedback per BerAKHLAK value and
 * "Catatan / Rekomendasi". Only the Pejabat Penilai Kinerja writes it, in the Penilaian window,
 * while it is not final (domain.md §3.9, §5.1).
 */
export async function saveAssessmentDraft(ctx: AppContext, input: SaveAssessmentInput) {
  const { body } = input;
  const command = {
    type: 'set_rating',
    ...(body.workResultRating ? { workResultRating: body.workResultRating } : {}),
    ...(body.workBehaviourRating ? { workBehaviourRating: body.workBehaviourRating } : {}),
  } as const;
  const write = {
    ...input,
    document: body.document,
    version: body.version,
    action: 'assessment.set',
    role: 'supervisor',
    command,
    isWindowRequired: true,
  } as const;
  return runAssessmentWrite(ctx, write, async ({ trx, scope, row, now }) => {
    const feedback = Object.fromEntries(
      Object.entries(body.behaviourFeedback).filter(([, text]) => text !== ''),
    );
    const values = {
      workResultRating: body.workResultRating,
      workBehaviourRating: body.workBehaviourRating,
      behaviourFeedback: feedback,
      notes: body.notes,
    };
    const version = row.version + 1;
    await updateAssessmentDraft(trx, {
      id: row.id,
      values,
      writtenBy: input.personId,
      version,
      now,
    });
    const after = {
      version,
      workResultRating: values.workResultRating,
      workBehaviourRating: values.workBehaviourRating,
    };
    const audit = { row, actorId: input.personId, action: 'assessment.save_draft', after };
    await auditAssessment(trx, { ...audit, requestId: input.requestId, now });
    return { planId: scope.plan.row.id, document: scope.document.document };
  });
}
