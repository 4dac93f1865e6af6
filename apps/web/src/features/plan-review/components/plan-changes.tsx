import type { PlanChanges } from '@kinerja/contract';
import { useI18n } from '../../../lib/i18n/i18n';

/**
 * "Apa yang berubah": after a returned plan comes back, the atasan reads per tab what the pegawai
 * added, removed or changed since the version before (issue 11; domain.md §3.3, §3.10).
 */
export function PlanChangesCard({ changes, name }: { changes: PlanChanges; name: string }) {
  const { t } = useI18n();
  const versions = { from: changes.fromVersion, to: changes.toVersion, name };
  return (
    <section className="card review-changes" aria-labelledby="review-changes-title">
      <h2 id="review-changes-title" className="card-heading">
        {t('review.changes.title')}
      </h2>
      <p className="muted">{t('review.changes.intro', versions)}</p>
      {changes.sections.length === 0 ? <p>{t('review.changes.none', versions)}</p> : null}
      {changes.sections.map((section) => (
        <div key={section.tab} className="review-changes-section">
          <h3 className="review-changes-tab">{section.label}</h3>
          <ul className="review-changes-list">
            {section.changes.map((change) => (
              <li key={change.text} className={`review-change is-${change.kind}`}>
                {change.text}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
