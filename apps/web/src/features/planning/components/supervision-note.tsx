import type { Plan } from '@kinerja/contract';
import { useI18n } from '../../../lib/i18n/i18n';

/**
 * Who approves this plan: the principal, the system (Plt school — confirm Pelaksanaan with the
 * Plt), or nobody yet ("Data atasan Anda tidak ditemukan" — ask the operator or Dinas) — §1.2, §3.3.
 */
export function SupervisionNote({ plan }: { plan: Plan }) {
  const { t } = useI18n();
  const { supervision } = plan;
  if (supervision.mode === 'blocked') {
    return (
      <div className="alert alert-error" data-testid="supervision-note">
        <p>
          <strong>{supervision.message ?? t('planning.supervision.blocked')}</strong>
        </p>
        {/* Why, what to do and what happens next, for whom it concerns (domain.md §7 "data atasan
            tidak ditemukan"; the plan reaches the new atasan by itself, issue #11 item 9). */}
        <p>
          {plan.employee.kind === 'principal'
            ? t('journeys.noSupervisor.principal')
            : t('journeys.noSupervisor.teacher')}
        </p>
      </div>
    );
  }
  if (supervision.mode === 'automatic') {
    return (
      <div className="alert alert-info" data-testid="supervision-note">
        {supervision.message ? <p>{supervision.message}</p> : null}
        {supervision.hint ? <p>{supervision.hint}</p> : null}
        {plan.status === 'draft' || plan.status === 'returned' ? (
          <p>{t('planning.supervision.automaticCheck')}</p>
        ) : null}
      </div>
    );
  }
  return (
    <p className="note" data-testid="supervision-note">
      {supervision.approver
        ? t('planning.supervision.manual', { name: supervision.approver.name })
        : (supervision.message ?? '')}
      {supervision.hint ? ` ${supervision.hint}` : ''}
    </p>
  );
}
