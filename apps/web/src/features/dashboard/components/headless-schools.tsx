import { headlessSchoolsResponseSchema, type HeadlessSchoolsResponse } from '@kinerja/contract';
import { useCallback, useEffect, useState } from 'react';
import { apiRequest } from '../../../lib/api/client';
import { describeError } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';

/** GET /api/dinas/:id/schools-without-principal */
const fetchHeadlessSchools = (dinasId: string) =>
  apiRequest(
    headlessSchoolsResponseSchema,
    `/api/dinas/${encodeURIComponent(dinasId)}/schools-without-principal`,
  );

/**
 * "Tanpa atasan" on the Dinas dashboard: schools with neither a principal nor a Plt, whose
 * teachers' submitted plans nobody can approve, and what to fix — the Operator Sekolah corrects
 * the principal in Dapodik (domain.md §1.2, §7; issue #11 item 9).
 */
export function HeadlessSchools({ dinasId }: { dinasId: string }) {
  const { t } = useI18n();
  const [data, setData] = useState<HeadlessSchoolsResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    setError(null);
    try {
      setData(await fetchHeadlessSchools(dinasId));
    } catch (caught) {
      setError(describeError(caught, t));
    }
  }, [dinasId, t]);
  useEffect(() => void load(), [load]);

  if (error) {
    return (
      <section className="card dash-headless" aria-labelledby="dash-headless-title">
        <h2 id="dash-headless-title" className="card-heading">
          {t('journeys.noSupervisor.dinasTitle')}
        </h2>
        <p role="alert" className="alert alert-error">
          {error}
        </p>
        <button type="button" className="btn btn-secondary" onClick={() => void load()}>
          {t('common.retry')}
        </button>
      </section>
    );
  }
  if (!data || data.total === 0) return null;
  return (
    <section
      className="card dash-headless"
      aria-labelledby="dash-headless-title"
      data-testid="headless-schools"
    >
      <h2 id="dash-headless-title" className="card-heading">
        {t('journeys.noSupervisor.dinasTitle')} ({data.total})
      </h2>
      <p>{t('journeys.noSupervisor.dinasIntro')}</p>
      <ul>
        {data.schools.map((school) => (
          <li key={school.id}>
            {t('journeys.noSupervisor.dinasRow', {
              school: school.name,
              npsn: school.npsn,
              waiting: school.waitingPlans,
              teachers: school.teachers,
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
