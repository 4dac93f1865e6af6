import { practiceIndicatorsFor, type PracticeIndicator, type RubricTarget } from '@kinerja/domain';
import type { ExecutionScope } from '../execution-documents/execution-scope.js';

/** The plan's practice sub-indicator and its target behaviours (null when the catalogue has a gap). */
export function practiceIndicatorOf(scope: ExecutionScope): {
  indicator: PracticeIndicator | undefined;
  targets: readonly RubricTarget[] | null;
} {
  const catalogue = practiceIndicatorsFor(scope.ruleSet, scope.catalogues, scope.row.employeeKind);
  const code = scope.content.practiceIndicatorCode;
  const indicator = code ? catalogue.items.find((item) => item.code === code) : undefined;
  const targets = indicator && !indicator.targets.isGap ? indicator.targets.value : null;
  return { indicator, targets: targets && targets.length > 0 ? targets : null };
}
