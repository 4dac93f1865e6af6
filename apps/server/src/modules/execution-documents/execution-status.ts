import type { ExecutionStatusRow, PracticeStatus } from '@kinerja/contract';
import { DOCUMENT_STATE_LABELS, type Locale, type PracticeState } from '@kinerja/domain';
import { practiceLetter, practiceStateLabel } from '../practice-cycle/practice-cycle.presenter.js';

/** A cycle's step as lists show it; a cycle nobody wrote in yet is due at A. */
export function presentPracticeStatus(
  cycle: { state: PracticeState } | null,
  locale: Locale,
): PracticeStatus {
  const state = cycle?.state ?? 'preparation_discussion';
  return {
    state,
    letter: practiceLetter(state),
    stateLabel: practiceStateLabel(state, locale),
    isStarted: cycle !== null,
  };
}

/** A document's state as lists show it. */
export function presentDocumentStatus(
  state: 'draft' | 'sent' | null,
  sentAt: Date | null,
  locale: Locale,
): NonNullable<ExecutionStatusRow['documents']['competencyReflection']> {
  const value = state ?? 'empty';
  return {
    state: value,
    stateLabel: DOCUMENT_STATE_LABELS[value][locale],
    sentAt: sentAt?.toISOString() ?? null,
  };
}
