import type { ExecutionOverview } from '@kinerja/contract';
import { useI18n } from '../../../lib/i18n/i18n';

/**
 * Who receives the documents: the principal (a Plt with the reminder to confirm with them), or
 * "Data atasan Anda tidak ditemukan" when nobody is found (domain.md §3.3, §3.6).
 */
export function SupervisorCard({
  supervisor,
  employeeKind,
}: {
  supervisor: ExecutionOverview['supervisor'];
  employeeKind: 'teacher' | 'principal';
}) {
  const { t } = useI18n();
  if (!supervisor.person) {
    return (
      <p className="alert alert-error" data-testid="supervisor-missing">
        {supervisor.message ?? t('execution.supervisor.missing')}
      </p>
    );
  }
  return (
    <section className="card exec-supervisor" aria-labelledby="exec-supervisor-heading">
      <h2 id="exec-supervisor-heading" className="card-kicker">
        {employeeKind === 'teacher'
          ? t('execution.supervisor.headingTeacher')
          : t('execution.supervisor.headingPrincipal')}
      </h2>
      <p className="exec-supervisor-name">
        {supervisor.person.name}
        {supervisor.isActing ? (
          <span className="badge exec-badge-acting"> {t('execution.supervisor.acting')}</span>
        ) : null}
      </p>
      {supervisor.message ? <p className="alert alert-info">{supervisor.message}</p> : null}
    </section>
  );
}
