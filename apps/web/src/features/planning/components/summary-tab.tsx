import type { PlanTab } from '@kinerja/contract';
import { useI18n } from '../../../lib/i18n/i18n';
import { PlanSummary } from '../../../lib/plans/plan-summary';
import { planPdfUrl } from '../../../lib/plans/plans-api';
import { SupervisionNote } from './supervision-note';
import type { TabProps } from './tab-props';

/**
 * Rangkuman: the whole plan as it will be submitted, every open problem with a way back to its
 * tab, and "Lanjut Ajukan" (domain.md §3.3).
 */
export function SummaryTab({
  content,
  plan,
  catalogues,
  onGoTo,
  onContinue,
  isBusy,
}: TabProps & { onGoTo: (tab: PlanTab) => void; onContinue: () => void; isBusy: boolean }) {
  const { t } = useI18n();
  const open = plan.tabs.flatMap((tab) =>
    tab.problems.map((problem) => ({ ...problem, tabLabel: tab.label })),
  );
  return (
    <div className="stack">
      <PlanSummary
        plan={{ ...plan, content, returnNote: null }}
        options={catalogues.options}
        practice={catalogues.practice}
      />
      {open.length > 0 ? (
        <section className="plan-problems" aria-labelledby="open-problems-heading">
          <h3 id="open-problems-heading" className="card-heading">
            {t('planning.problems.allTitle', { count: open.length })}
          </h3>
          <ul>
            {open.map((problem, index) => (
              <li key={`${problem.field}-${index}`} className={`plan-problem-${problem.severity}`}>
                {problem.message}{' '}
                <button type="button" className="btn-link" onClick={() => onGoTo(problem.tab)}>
                  {t('planning.problems.goTo', { tab: problem.tabLabel })}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p className="alert alert-info">{t('planning.problems.none')}</p>
      )}
      <SupervisionNote plan={plan} />
      <div className="actions plan-summary-actions">
        {plan.abilities.canDownloadPdf ? (
          <a className="btn btn-secondary" href={planPdfUrl(plan.id)} download>
            {t('planning.pdf')}
          </a>
        ) : null}
        {plan.abilities.canSubmit ? (
          <button type="button" className="btn btn-primary" disabled={isBusy} onClick={onContinue}>
            {t('planning.submit.continue')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
