import type { OrganisationCheckDto } from '@kinerja/contract';
import { useI18n } from '../../../lib/i18n/i18n';

/**
 * The school's capaian kinerja organisasi and the distribution check of its predikat, shown as
 * warnings before the assessor sets an assessment (domain.md §5.3); they never block "Tetapkan".
 */
export function OrganisationCard({ organisation }: { organisation: OrganisationCheckDto }) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="assessment-organisation">
      <h2 id="assessment-organisation" className="card-heading">
        {t('assessment.organisation.title')}
      </h2>
      <p>
        {organisation.achievement
          ? t('assessment.organisation.achievement', { label: organisation.achievement.label })
          : t('assessment.organisation.unknown')}
      </p>
      {organisation.notice ? <p className="muted">{organisation.notice}</p> : null}
      {organisation.warnings.map((warning) => (
        <p key={warning.code} className="alert assessment-warning">
          {warning.message}
        </p>
      ))}
    </section>
  );
}
