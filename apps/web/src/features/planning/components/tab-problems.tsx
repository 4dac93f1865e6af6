import type { PlanProblemDto } from '@kinerja/contract';
import { useI18n } from '../../../lib/i18n/i18n';

/** The open problems of one tab, so the person knows what is still missing before "Ajukan". */
export function TabProblems({ problems }: { problems: readonly PlanProblemDto[] }) {
  const { t } = useI18n();
  if (problems.length === 0) return null;
  return (
    <div className="plan-problems" data-testid="tab-problems">
      <p className="plan-problems-title">{t('planning.problems.title')}</p>
      <ul>
        {problems.map((problem, index) => (
          <li key={`${problem.field}-${index}`} className={`plan-problem-${problem.severity}`}>
            {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
