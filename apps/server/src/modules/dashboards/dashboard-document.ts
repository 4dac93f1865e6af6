import {
  evaluationDocumentsFor,
  messageFor,
  type EvaluationDocument,
  type EvaluationDocumentInfo,
  type Locale,
} from '@kinerja/domain';
import { invalidField } from '../../lib/app-error.js';
import type { PeriodRow } from '../periods/periods.repository.js';
import { ruleSetForPeriod } from '../plans/plan-rules.js';

/**
 * The evaluation document a dashboard counts: the one asked for, or the period's last one — the
 * document that closes the period (2024-S2 "akhir", 2024-S1 "semester_1", 2025+ "tahunan";
 * domain.md §5.6). A document the period does not produce is a 400 naming the field.
 */
export function dashboardDocument(
  period: PeriodRow,
  document: EvaluationDocument | undefined,
  locale: Locale,
): EvaluationDocumentInfo {
  const documents = evaluationDocumentsFor(ruleSetForPeriod(period));
  const info = document
    ? documents.find((item) => item.document === document)
    : documents[documents.length - 1];
  if (!info) {
    const allowed = documents.map((item) => item.document).join(', ');
    const params = { document: document ?? '-', allowed };
    throw invalidField('document', messageFor('ASSESSMENT_DOCUMENT_NOT_IN_PERIOD', locale, params));
  }
  return info;
}
