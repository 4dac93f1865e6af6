import type { AssessmentPage } from '@kinerja/contract';
import { ruleSetFor } from '@kinerja/domain';
import { useRef, useState } from 'react';
import { describeError, toFormErrors } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { formatDateTime } from '../../../lib/i18n/format-date-time';
import { useMe } from '../../../lib/session/session';
import { addRecommendation } from '../api/assessments-api';
import { TextAreaField } from '../../../lib/ui/text-area-field';

/**
 * Tim Kinerja recommendations to the Pejabat Penilai Kinerja; members may add one while the
 * assessment is not yet set (domain.md §3.9).
 */
export function RecommendationsCard({
  page,
  onAdded,
}: {
  page: AssessmentPage;
  onAdded: (next: AssessmentPage) => void;
}) {
  const { t, locale } = useI18n();
  // Tim Kinerja exists only where the rule set plots it (2026); before, the pengawas recommends (§1.2).
  const hasTimKinerja = ruleSetFor(useMe().activePeriod.ruleSetVersion).timKinerja.isPlotted;
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [sent, setSent] = useState(false);
  const [isPending, setPending] = useState(false);
  const busy = useRef(false);
  const { assessment } = page;
  const canAdd = assessment.abilities.canRecommend && assessment.state !== 'final';

  const send = async () => {
    if (busy.current) return;
    busy.current = true;
    setPending(true);
    setError(undefined);
    setSent(false);
    try {
      const next = await addRecommendation(page.plan.id, {
        document: assessment.document.code,
        text,
      });
      setText('');
      setSent(true);
      onAdded(next);
    } catch (caught) {
      const errors = toFormErrors(caught, ['text'], t);
      setError(errors.fields.text ?? errors.general ?? describeError(caught, t));
    } finally {
      busy.current = false;
      setPending(false);
    }
  };

  return (
    <section className="card" aria-labelledby="assessment-recommendations">
      <h2 id="assessment-recommendations" className="card-heading">
        {t(
          hasTimKinerja
            ? 'assessment.recommendations.title'
            : 'assessment.recommendations.titlePengawas',
        )}
      </h2>
      {page.recommendations.length === 0 ? (
        <p className="muted">{t('assessment.recommendations.none')}</p>
      ) : (
        <ul className="assessment-recommendations">
          {page.recommendations.map((entry) => (
            <li key={entry.id}>
              <p className="assessment-text">{entry.text}</p>
              <p className="muted">
                {t('assessment.recommendations.by', {
                  name: entry.author.name,
                  date: formatDateTime(entry.createdAt, locale),
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
      {canAdd ? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void send();
          }}
        >
          <TextAreaField
            label={t('assessment.recommendations.label')}
            value={text}
            maxLength={2000}
            error={error}
            onChange={(event) => setText(event.target.value)}
          />
          {sent ? (
            <p role="status" className="alert alert-success">
              {t('assessment.recommendations.sent')}
            </p>
          ) : null}
          <button type="submit" className="btn btn-secondary" disabled={isPending}>
            {isPending
              ? t('assessment.recommendations.sending')
              : t('assessment.recommendations.send')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
