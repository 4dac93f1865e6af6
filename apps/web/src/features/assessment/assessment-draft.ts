import type { Assessment, RatingDto, SaveAssessmentRequest } from '@kinerja/contract';

/** What the assessor types: both ratings, feedback per BerAKHLAK value, "Catatan / Rekomendasi". */
export type AssessmentDraft = {
  workResultRating: RatingDto | null;
  workBehaviourRating: RatingDto | null;
  feedback: Record<string, string>;
  notes: string;
};

/** The draft as the server last stored it. */
export function draftOf(assessment: Assessment): AssessmentDraft {
  return {
    workResultRating: assessment.workResultRating?.code ?? null,
    workBehaviourRating: assessment.workBehaviourRating?.code ?? null,
    feedback: Object.fromEntries(assessment.behaviourFeedback.map((e) => [e.value, e.feedback])),
    notes: assessment.notes,
  };
}

/** Whether the typed draft differs from the stored one (trailing spaces do not count). */
export function isDraftDirty(draft: AssessmentDraft, assessment: Assessment): boolean {
  const saved = draftOf(assessment);
  if (draft.workResultRating !== saved.workResultRating) return true;
  if (draft.workBehaviourRating !== saved.workBehaviourRating) return true;
  if (draft.notes.trim() !== saved.notes.trim()) return true;
  return assessment.behaviourFeedback.some(
    (entry) => (draft.feedback[entry.value] ?? '').trim() !== entry.feedback.trim(),
  );
}

/** The PUT body for the draft against the version last read (0 creates the assessment). */
export function savePayload(draft: AssessmentDraft, assessment: Assessment): SaveAssessmentRequest {
  return {
    document: assessment.document.code,
    version: assessment.version,
    workResultRating: draft.workResultRating,
    workBehaviourRating: draft.workBehaviourRating,
    behaviourFeedback: Object.fromEntries(
      assessment.behaviourFeedback.map((entry) => [entry.value, draft.feedback[entry.value] ?? '']),
    ),
    notes: draft.notes,
  };
}
