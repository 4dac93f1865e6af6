import { describe, expect, it } from 'vitest';
import { ruleSetFor } from '../rule-sets/registry';
import { missingExecutionResults, type ExecutionFacts } from './finalize-warnings';

const NONE: ExecutionFacts = {
  evidence: null,
  sentDocuments: [],
  confirmedDocuments: [],
  practiceState: null,
};

describe('execution results missing before "Tetapkan" (domain.md §3.4, §3.6, §3.9)', () => {
  it.each<[string, Partial<ExecutionFacts>, string[]]>([
    ['2026', {}, ['reflection_not_sent', 'checklist_not_sent', 'practice_cycle_not_completed']],
    [
      '2026',
      {
        sentDocuments: ['competency_reflection', 'main_duties_checklist'],
        practiceState: 'completed',
      },
      ['checklist_not_confirmed'],
    ],
    [
      '2025',
      {
        sentDocuments: ['competency_reflection', 'main_duties_checklist'],
        confirmedDocuments: ['main_duties_checklist'],
        practiceState: 'completed',
      },
      [],
    ],
    ['2024-S1', {}, ['evidence_not_collected', 'practice_cycle_not_completed']],
    [
      '2024-S1',
      { evidence: { collected: 2, total: 3 }, practiceState: 'follow_up_action' },
      ['evidence_not_collected', 'practice_cycle_not_completed'],
    ],
    ['2024-S2', { evidence: { collected: 3, total: 3 }, practiceState: 'completed' }, []],
  ])('%s with %j', (version, facts, expected) => {
    expect(
      missingExecutionResults({ ruleSet: ruleSetFor(version), facts: { ...NONE, ...facts } }),
    ).toEqual(expected);
  });
});
