import { describe, expect, it } from 'vitest';
import { PARTICIPANT_ROLES } from '../common/transition';
import { DOCUMENT_KINDS } from '../rule-sets/rule-set';
import {
  DOCUMENT_ACTIONS,
  DOCUMENT_STATES,
  finalDocumentAction,
  isDocumentLocked,
  transitionDocument,
} from './document-machine';

const R = 'ROLE_NOT_ALLOWED';
const LOCKED = 'DOCUMENT_LOCKED';
const EMPTY = 'DOCUMENT_EMPTY';
const KIND = 'DOCUMENT_ACTION_NOT_FOR_KIND';
const NONE = [R, R, R, R];

/** Columns: empty, draft, collected, sent. Uploads end with "Kumpulkan", written documents with "Kirim ke Atasan" — domain.md §3.4, §3.6. */
const UPLOAD: Readonly<Record<string, readonly string[]>> = {
  'employee:save_draft': ['draft', 'draft', LOCKED, LOCKED],
  'employee:collect': [EMPTY, 'collected', LOCKED, LOCKED],
  'employee:send': [KIND, KIND, KIND, KIND],
};
const WRITTEN: Readonly<Record<string, readonly string[]>> = {
  'employee:save_draft': ['draft', 'draft', LOCKED, LOCKED],
  'employee:collect': [KIND, KIND, KIND, KIND],
  'employee:send': [EMPTY, 'sent', LOCKED, LOCKED],
};
const EXPECTED_BY_KIND = {
  competency_evidence: UPLOAD,
  additional_duty_evidence: UPLOAD,
  competency_reflection: WRITTEN,
  main_duties_checklist: WRITTEN,
} as const;

const combinations = DOCUMENT_KINDS.flatMap((kind) =>
  DOCUMENT_STATES.flatMap((state, column) =>
    PARTICIPANT_ROLES.flatMap((role) =>
      DOCUMENT_ACTIONS.map((action) => ({ kind, state, column, role, action })),
    ),
  ),
);

describe('document state machine over every kind × role × state × action (domain.md §3.10)', () => {
  it('covers 4 × 4 × 4 × 3 combinations', () => {
    expect(combinations).toHaveLength(192);
  });

  it.each(combinations)(
    '$kind: $role $action in $state',
    ({ kind, state, column, role, action }) => {
      const row = role === 'employee' ? EXPECTED_BY_KIND[kind][`${role}:${action}`] : NONE;
      const result = transitionDocument({ kind, state, role, action });
      expect(result.ok ? result.state : result.code).toBe(row?.[column]);
    },
  );

  it.each([
    ['competency_evidence', 'collect'],
    ['additional_duty_evidence', 'collect'],
    ['competency_reflection', 'send'],
    ['main_duties_checklist', 'send'],
  ] as const)('%s is finalized by %s', (kind, action) => {
    expect(finalDocumentAction(kind)).toBe(action);
  });

  it('collected and sent are the locked states', () => {
    expect(DOCUMENT_STATES.filter(isDocumentLocked)).toEqual(['collected', 'sent']);
  });
});
