import type { AssessmentPage } from '@kinerja/contract';
import { useI18n } from '../../../lib/i18n/i18n';
import { Link } from '../../../lib/router';
import { assessPath } from '../paths';

/** Who is assessed, for which period and document, its state, and the other documents (§5.6). */
export function AssessmentHeader({ page }: { page: AssessmentPage }) {
  const { t } = useI18n();
  const { assessment } = page;
  const { employee } = assessment;
  return (
    <section className="card assessment-header" aria-label={employee.name}>
      <p className="card-title">{employee.name}</p>
      {employee.nip ? (
        <p className="muted">{t('assessment.page.nip', { nip: employee.nip })}</p>
      ) : null}
      <p>
        {employee.school.name} · {assessment.periodLabel}
      </p>
      <p>
        {t('assessment.page.document')}: <strong>{assessment.document.label}</strong>
      </p>
      <p>{t('assessment.page.coverage', { coverage: assessment.coverage.label })}</p>
      <p>
        <span className="badge" data-state={assessment.state}>
          {assessment.stateLabel}
        </span>
      </p>
      {page.documents.length > 1 ? (
        <nav aria-label={t('assessment.page.document')} className="assessment-documents">
          {page.documents.map((entry) => {
            const isCurrent = entry.document.code === assessment.document.code;
            return (
              <Link
                key={entry.document.code}
                to={`${assessPath(page.plan.id)}?document=${entry.document.code}`}
                className={isCurrent ? 'btn btn-primary' : 'btn btn-secondary'}
                aria-current={isCurrent ? 'page' : undefined}
              >
                {entry.document.label} · {t(`assessment.state.${entry.state}`)}
              </Link>
            );
          })}
        </nav>
      ) : null}
    </section>
  );
}
