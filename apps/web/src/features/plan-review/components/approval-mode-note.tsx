import type { SchoolPlanListResponse } from '@kinerja/contract';
import { useI18n } from '../../../lib/i18n/i18n';

/**
 * Why nothing waits for a decision: a Plt-only school approves automatically, a school without a
 * principal keeps plans submitted until the roster gains one (domain.md §1.2, §3.3).
 */
export function ApprovalModeNote({ mode }: { mode: SchoolPlanListResponse['approvalMode'] }) {
  const { t } = useI18n();
  if (mode === 'manual') return null;
  return (
    <p className="alert alert-info" data-testid="approval-mode">
      {t(mode === 'automatic' ? 'review.mode.automatic' : 'review.mode.blocked')}
    </p>
  );
}
