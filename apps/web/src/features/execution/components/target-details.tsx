import type { PracticeCycle } from '@kinerja/contract';
import { useI18n } from '../../../lib/i18n/i18n';

type Target = PracticeCycle['indicator']['targets'][number];

/** A target behaviour's "perilaku yang dianjurkan" and "perilaku yang dihindari" (domain.md §4.1). */
export function TargetDetails({ target }: { target: Target }) {
  const { t } = useI18n();
  if (target.recommended.length === 0 && target.avoided.length === 0) return null;
  return (
    <details className="exec-target-details">
      <summary>{t('execution.target.details')}</summary>
      {target.recommended.length > 0 ? (
        <>
          <p className="exec-target-kind">{t('execution.target.recommended')}</p>
          <ul>
            {target.recommended.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </>
      ) : null}
      {target.avoided.length > 0 ? (
        <>
          <p className="exec-target-kind">{t('execution.target.avoided')}</p>
          <ul>
            {target.avoided.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </>
      ) : null}
    </details>
  );
}
