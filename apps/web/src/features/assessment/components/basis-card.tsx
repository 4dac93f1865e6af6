import type { AssessmentBasis } from '@kinerja/contract';
import { useI18n } from '../../../lib/i18n/i18n';

/**
 * "Dasar Penilaian": the three Praktik Kinerja dimensions and, where the guides name them (2024),
 * the role of each variable — as the domain defines them (domain.md §3.9).
 */
export function BasisCard({ basis }: { basis: AssessmentBasis }) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="assessment-basis">
      <h2 id="assessment-basis" className="card-heading">
        {t('assessment.basis.title')}
      </h2>
      <p>{t('assessment.basis.dimensions')}</p>
      <dl className="assessment-basis">
        {basis.practiceDimensions.map((item) => (
          <div key={item.code}>
            <dt>{item.label}</dt>
            <dd>{item.description}</dd>
          </div>
        ))}
      </dl>
      {basis.variables.length > 0 ? (
        <>
          <p>{t('assessment.basis.variables')}</p>
          <ul>
            {basis.variables.map((item) => (
              <li key={item.code}>
                <strong>{item.label}</strong>: {item.roleLabel}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
