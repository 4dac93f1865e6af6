import type { Assessment } from '@kinerja/contract';
import { useI18n } from '../../../lib/i18n/i18n';

/** The predikat as the server computed it from the §5.2 matrix: a preview until "Tetapkan". */
export function PredikatLine({ predikat }: { predikat: Assessment['predikat'] }) {
  const { t } = useI18n();
  return (
    <div className="assessment-predikat" role="status">
      <span className="assessment-predikat-label">{t('assessment.form.predikat')}</span>
      {predikat ? (
        <>
          <strong className="assessment-predikat-value">{predikat.label}</strong>
          {predikat.isPreview ? (
            <span className="muted"> ({t('assessment.form.predikatPreview')})</span>
          ) : null}
        </>
      ) : (
        <span className="muted">{t('assessment.form.predikatPending')}</span>
      )}
    </div>
  );
}
