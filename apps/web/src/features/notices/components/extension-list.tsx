import type { ExtensionOverviewItem } from '@kinerja/contract';
import { formatDate } from '../../../lib/i18n/format-date';
import { useI18n } from '../../../lib/i18n/i18n';
import { formatDateTime } from '../../../lib/notifications/format-time';

/** The period's extensions as cards: who, which stage, until when, why and who granted it. */
export function ExtensionList({ extensions }: { extensions: ExtensionOverviewItem[] }) {
  const { t, locale } = useI18n();
  return (
    <ul className="plain-list notices-cards">
      {extensions.map((extension) => (
        <li key={extension.id} className="card extension-card">
          <p>
            <strong>{extension.person.name}</strong>
            {extension.schoolName ? (
              <span className="person-facts">{extension.schoolName}</span>
            ) : null}
          </p>
          <dl className="facts facts-compact">
            <div>
              <dt>{t(`notices.stage.${extension.stage}`)}</dt>
              <dd>
                {t('notices.ext.untilLabel')} {formatDate(extension.until, locale)}
              </dd>
            </div>
            <div>
              <dt>{t('notices.ext.reasonLabel')}</dt>
              <dd>{extension.reason}</dd>
            </div>
          </dl>
          <p className="muted small">
            {t('notices.ext.grantedBy', {
              name: extension.grantedBy.name,
              date: formatDateTime(extension.createdAt, locale),
            })}
          </p>
        </li>
      ))}
    </ul>
  );
}
