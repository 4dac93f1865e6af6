import {
  evaluationDocumentSchema,
  type AssessmentPage,
  type EvaluationDocumentDto,
} from '@kinerja/contract';
import { useCallback, useEffect, useState } from 'react';
import { describeError } from '../../lib/api/describe-error';
import { useI18n } from '../../lib/i18n/i18n';
import { useLocation } from '../../lib/router';
import { fetchAssessmentPage } from './api/assessments-api';
import { draftOf, type AssessmentDraft } from './assessment-draft';

/** ?document= of the page (Semester II or Akhir in 2024); null asks for the period's first. */
function documentFrom(search: URLSearchParams): EvaluationDocumentDto | null {
  const parsed = evaluationDocumentSchema.safeParse(search.get('document'));
  return parsed.success ? parsed.data : null;
}

/** The assessor's page of one plan and the draft typed on it. */
export function useAssessmentPage(planId: string) {
  const { t } = useI18n();
  const { search } = useLocation();
  const document = documentFrom(search);
  const [page, setPage] = useState<AssessmentPage | null>(null);
  const [draft, setDraft] = useState<AssessmentDraft | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let isCurrent = true;
    setPage(null);
    setError(null);
    fetchAssessmentPage(planId, document).then(
      (next) => {
        if (!isCurrent) return;
        setPage(next);
        setDraft(draftOf(next.assessment));
      },
      (caught: unknown) => isCurrent && setError(describeError(caught, t)),
    );
    return () => {
      isCurrent = false;
    };
  }, [planId, document, t]);

  /** A written page: shown, and the form takes what the server stored. */
  const adoptSaved = useCallback((next: AssessmentPage) => {
    setPage(next);
    setDraft(draftOf(next.assessment));
  }, []);

  return { page, draft, error, setPage, setDraft, adoptSaved };
}
