import type { CatalogueEntriesResponse } from '@kinerja/contract';
import type { ReactNode } from 'react';
import { formatDate } from '../../../lib/i18n/format-date';
import { useI18n } from '../../../lib/i18n/i18n';

/** One entry of an editable catalogue, as the API gives it. */
export type CatalogueEntry = CatalogueEntriesResponse['catalogues'][number]['entries'][number];

type Marker = 'C' | 'S' | 'I' | 'X';

/** The evidence marker as words (domain.md §0): never the bare letter. */
export function MarkerBadge({ marker }: { marker: Marker | null }) {
  const { t } = useI18n();
  if (marker === null) return <span className="badge badge-warning">{t('catalogues.gap')}</span>;
  return <span className="badge badge-known">{t(`catalogues.marker.${marker}`)}</span>;
}

/** An entry: each value with its marker and source, what has no source, and the history. */
export function EntryCard({ entry, children }: { entry: CatalogueEntry; children?: ReactNode }) {
  const { t, locale } = useI18n();
  return (
    <article className="card stack catalogue-entry" aria-label={entry.title}>
      <h3>{entry.title}</h3>
      {entry.hasGap ? <p className="muted">{t('catalogues.hasGap')}</p> : null}
      <dl className="stack">
        {entry.fields.map((field) => (
          <div key={field.key}>
            <dt>
              {field.label} <MarkerBadge marker={field.marker} />
            </dt>
            <dd className="pre-wrap">{field.text ?? t('catalogues.gap')}</dd>
            <dd className="muted">{t('catalogues.source', { source: field.source })}</dd>
          </div>
        ))}
      </dl>
      {children}
      {entry.history.length > 0 ? (
        <details>
          <summary>{t('catalogues.history', { count: String(entry.history.length) })}</summary>
          <ul className="stack">
            {entry.history.map((item) => (
              <li key={item.id}>
                <p>
                  {t('catalogues.historyItem', {
                    date: formatDate(item.at.slice(0, 10), locale),
                    name: item.byName ?? '—',
                    source: item.source,
                    marker: t(`catalogues.marker.${item.marker}`),
                  })}
                </p>
                <ul>
                  {item.changes.map((change) => (
                    <li key={change.label} className="pre-wrap">
                      {t('catalogues.change', {
                        label: change.label,
                        before: change.before ?? t('catalogues.gap'),
                        after: change.after ?? t('catalogues.gap'),
                      })}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </article>
  );
}
