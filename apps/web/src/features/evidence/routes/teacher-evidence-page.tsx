import type { EvidenceListResponse, RhkOverviewResponse } from '@kinerja/contract';
import { useEffect, useState } from 'react';
import { describeError } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { Link, useRouteParam } from '../../../lib/router';
import { Loading } from '../../../lib/ui/loading';
import { Page } from '../../../lib/ui/page';
import { fetchEvidence, fetchRhk } from '../api/evidence-api';
import { RhkHistory } from '../components/rhk-history';
import { SlotList } from '../components/slot-list';
import { EVIDENCE_REVIEW_PATH } from '../evidence-paths';
import { EvidenceProgress } from './evidence-page';
import '../evidence.css';

const noKarya = async () => [];

/** /periksa/bukti/:planId — one teacher's evidence and RHK changes, read-only (issue #5 item 6). */
export function TeacherEvidencePage() {
  const { t } = useI18n();
  const planId = useRouteParam('planId');
  const [data, setData] = useState<{ list: EvidenceListResponse; rhk: RhkOverviewResponse } | null>(
    null,
  );
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    Promise.all([fetchEvidence(planId), fetchRhk(planId)]).then(
      ([list, rhk]) => setData({ list, rhk }),
      (cause: unknown) => setError(describeError(cause, t)),
    );
  }, [planId, t]);
  const title = data
    ? t('evidence.review.teacherTitle', { name: data.list.employee.name })
    : t('evidence.review.title');
  return (
    <Page title={title}>
      <Link to={EVIDENCE_REVIEW_PATH}>{t('evidence.review.backToList')}</Link>
      {error ? (
        <p role="alert" className="alert alert-error">
          {error}
        </p>
      ) : !data ? (
        <Loading label={t('common.loading')} />
      ) : (
        <div className="stack">
          <p className="lead">{data.list.periodLabel}</p>
          <p className="hint">{t('evidence.readOnly')}</p>
          <EvidenceProgress list={data.list} />
          <SlotList list={data.list} editable={false} loadKarya={noKarya} onSlot={() => {}} />
          <RhkHistory overview={data.rhk} />
        </div>
      )}
    </Page>
  );
}
