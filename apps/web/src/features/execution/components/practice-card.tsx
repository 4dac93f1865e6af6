import type { ExecutionOverview } from '@kinerja/contract';
import { useI18n } from '../../../lib/i18n/i18n';
import { Link } from '../../../lib/router';
import { cyclePath } from '../execution-paths';

/** "Praktik Kinerja": where the Siklus Peningkatan Kinerja stands, and the way into it (§2.3). */
export function PracticeCard({
  planId,
  practice,
  employeeKind,
}: {
  planId: string;
  practice: ExecutionOverview['practice'];
  employeeKind: ExecutionOverview['plan']['employee']['kind'];
}) {
  const { t } = useI18n();
  const { rated, total } = practice.observationProgress;
  return (
    <section className="card exec-doc" aria-labelledby="exec-practice-heading">
      <div className="exec-doc-head">
        <h2 id="exec-practice-heading" className="card-heading">
          {t('execution.practice.title')}
        </h2>
        <span
          className={
            practice.isStarted
              ? 'badge exec-state exec-state-draft'
              : 'badge exec-state exec-state-empty'
          }
        >
          {practice.isStarted ? practice.stateLabel : t('execution.practice.notStarted')}
        </span>
      </div>
      {/* A principal's Siklus is led by the pengawas, not by the atasan (domain.md §1.2, §3.8). */}
      <p>
        {employeeKind === 'principal'
          ? t('execution.practice.introPrincipal')
          : t('execution.practice.intro')}
      </p>
      {practice.state === 'observation' && total > 0 ? (
        <p className="muted">{t('execution.practice.progress', { rated, total })}</p>
      ) : null}
      <Link to={cyclePath(planId)} className="btn btn-primary">
        {practice.isStarted ? t('execution.practice.open') : t('execution.practice.start')}
      </Link>
    </section>
  );
}
