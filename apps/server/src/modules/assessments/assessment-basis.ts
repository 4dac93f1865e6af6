import type { AssessmentBasis } from '@kinerja/contract';
import {
  ASSESSMENT_VARIABLE_ROLE_LABELS,
  assessmentVariablesFor,
  DOCUMENT_WARNING_LABELS,
  documentWarnings,
  PRACTICE_DIMENSIONS,
  type Locale,
  type Rating,
  type RuleSet,
} from '@kinerja/domain';

/** The dimensions and variables the Penilaian weighs, as the domain defines them (§3.9). */
export function presentBasis(ruleSet: RuleSet, locale: Locale): AssessmentBasis {
  return {
    practiceDimensions: PRACTICE_DIMENSIONS.map((item) => ({
      code: item.code,
      label: item.label[locale],
      description: item.description[locale],
    })),
    variables: assessmentVariablesFor(ruleSet).map((item) => ({
      code: item.code,
      label: item.label[locale],
      role: item.role,
      roleLabel: ASSESSMENT_VARIABLE_ROLE_LABELS[item.role][locale],
    })),
  };
}

/** The domain's document warnings before "Tetapkan", in the reader's language (§5.3, §5.6). */
export function presentDocumentWarnings(options: {
  employeeKind: 'teacher' | 'principal';
  leaderRating: Rating | null;
  locale: Locale;
}) {
  const codes = documentWarnings({
    employeeKind: options.employeeKind,
    isOrganisationAchievementKnown: options.leaderRating !== null,
  });
  return codes.map((code) => ({ code, message: DOCUMENT_WARNING_LABELS[code][options.locale] }));
}
