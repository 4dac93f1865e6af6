import type { RuleSetDerivation } from './derive-rule-set';
import { ruleSet2026 } from './2026';
import { stageWindow } from './stage-window';

const DEFAULTS =
  'dates of 2026 moved by one year [I]; an administrator confirms them — domain.md §2.4';

/**
 * The 2027 rule set as data: 2026's rules continue; only the dates move (editable defaults [I]).
 * The server stores it in `rule_sets` on an empty database — domain.md §2.4, §8 item 1.
 */
export const ruleSet2027Derivation: RuleSetDerivation = {
  version: '2027',
  basedOn: '2026',
  label: { id: 'Januari–Desember 2027', en: 'January–December 2027' },
  changes: {
    startDate: '2027-01-01',
    endDate: '2027-12-31',
    stages: [
      stageWindow({
        stage: 'pre_planning',
        start: '2026-12-29',
        end: '2027-01-07',
        source: DEFAULTS,
        isInferred: true,
      }),
      stageWindow({
        stage: 'planning',
        start: '2027-01-08',
        end: '2027-01-31',
        source: DEFAULTS,
        isInferred: true,
        hasLockout: ruleSet2026.stages.some((w) => w.stage === 'planning' && w.hasLockout),
      }),
      stageWindow({
        stage: 'execution',
        start: '2027-02-01',
        end: '2027-11-30',
        source: DEFAULTS,
        isInferred: true,
      }),
      stageWindow({
        stage: 'assessment',
        start: '2027-12-01',
        end: '2027-12-31',
        source: DEFAULTS,
        isInferred: true,
      }),
    ],
  },
};
