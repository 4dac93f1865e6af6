import type { DinasPlanListResponse, PlanStatus } from '@kinerja/contract';
import { useCallback, useEffect, useRef, useState } from 'react';
import { describeError } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { fetchDinasPlans, fetchPengawasPlans } from '../../../lib/plans/plans-api';
import { Link, navigate, useLocation } from '../../../lib/router';
import { useMe } from '../../../lib/session/session';
import { Loading } from '../../../lib/ui/loading';
import { Page } from '../../../lib/ui/page';
import { PrincipalPlanCards, PrincipalPlanTable } from '../components/principal-plan-list';
import { PLAN_STATUSES, StatusFilter } from '../components/status-filter';
import { rememberListPath, useReviewFlash } from '../review-flash';
import {
  PRINCIPAL_LIST_PATH,
  reviewScope,
  SCHOOL_LIST_PATH,
  type ReviewScope,
} from '../review-scope';
import { useWideScreen } from '../use-wide-screen';
import '../plan-review.css';

/** Rows fetched per "Muat lebih banyak". */
export const PAGE_SIZE = 50;

type Row = DinasPlanListResponse['plans'][number];
type Counts = DinasPlanListResponse['counts'];

/** One loaded list, whichever endpoint it came from. */
type Listing = {
  periodLabel: string;
  counts: Counts;
  total: number;
  plans: Row[];
};

function countRows(rows: readonly Row[]): Counts {
  const counts: Counts = { not_started: 0, draft: 0, submitted: 0, returned: 0, approved: 0 };
  for (const row of rows) counts[row.status] += 1;
  return counts;
}

/**
 * One page of principals' plans: the Dinas list is paged and filtered by the server; the
 * pengawas list (binaan schools only, no counts in its answer) is filtered here.
 */
async function fetchListing(
  scope: Extract<ReviewScope, { kind: 'dinas' | 'pengawas' }>,
  status: PlanStatus | null,
  offset: number,
): Promise<Listing & { regionName: string | null }> {
  if (scope.kind === 'dinas') {
    const data = await fetchDinasPlans(scope.dinasId, {
      ...(status ? { status } : {}),
      limit: PAGE_SIZE,
      offset,
    });
    return {
      periodLabel: data.period.label,
      counts: data.counts,
      total: data.total,
      plans: data.plans,
      regionName: data.dinas.name,
    };
  }
  const data = await fetchPengawasPlans();
  const plans = status ? data.plans.filter((row) => row.status === status) : data.plans;
  return {
    periodLabel: data.period.label,
    counts: countRows(data.plans),
    total: plans.length,
    plans,
    regionName: null,
  };
}

/**
 * /periksa/kepala-sekolah — principals' plans: the Dinas official's region (they approve), or the
 * pengawas's binaan schools (read-only) — domain.md §1.2, §3.8.
 */
export function PrincipalPlansPage() {
  const { t } = useI18n();
  const me = useMe();
  const scope = reviewScope(me);
  if (scope.kind !== 'dinas' && scope.kind !== 'pengawas') {
    const school = scope.kind === 'school';
    return (
      <Page title={t('review.principals.title')}>
        <p className="alert alert-info">{t('review.principals.wrongRole')}</p>
        <Link to={school ? SCHOOL_LIST_PATH : '/'} className="btn btn-secondary">
          {school ? t('review.title') : t('common.backHome')}
        </Link>
      </Page>
    );
  }
  return <PrincipalReview scope={scope} />;
}

function PrincipalReview({
  scope,
}: {
  scope: Extract<ReviewScope, { kind: 'dinas' | 'pengawas' }>;
}) {
  const { t } = useI18n();
  const wide = useWideScreen();
  const { search } = useLocation();
  const status = PLAN_STATUSES.find((entry) => entry === search.get('status')) ?? null;
  // "Kembali ke daftar" on the review page returns to this filter.
  useEffect(
    () =>
      rememberListPath(status ? `${PRINCIPAL_LIST_PATH}?status=${status}` : PRINCIPAL_LIST_PATH),
    [status],
  );
  const [listing, setListing] = useState<Listing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isLoading, setLoading] = useState(true);
  const [regionName, setRegionName] = useState<string | null>(null);
  const [isLoadingMore, setLoadingMore] = useState(false);
  const [flash] = useReviewFlash();
  const request = useRef(0);
  const scopeKey = scope.kind === 'dinas' ? scope.dinasId : 'pengawas';

  // A filter change keeps the current rows (and the chips' focus) until the new page arrives.
  const loadFirst = useCallback(async () => {
    const ticket = ++request.current;
    setLoading(true);
    setError(null);
    try {
      const next = await fetchListing(scope, status, 0);
      if (ticket !== request.current) return;
      setRegionName(next.regionName);
      setListing(next);
    } catch (caught) {
      if (ticket === request.current) setError(describeError(caught, t));
    } finally {
      if (ticket === request.current) setLoading(false);
    }
    // The scope object is rebuilt each render; its key says when it really changed.
  }, [scopeKey, status, t]);
  useEffect(() => void loadFirst(), [loadFirst]);

  const loadMore = async () => {
    if (!listing || isLoadingMore) return;
    const ticket = request.current;
    setLoadingMore(true);
    setError(null);
    try {
      const next = await fetchListing(scope, status, listing.plans.length);
      if (ticket !== request.current) return;
      setListing({ ...next, plans: [...listing.plans, ...next.plans] });
    } catch (caught) {
      setError(describeError(caught, t));
    } finally {
      setLoadingMore(false);
    }
  };

  const setStatus = (next: PlanStatus | null) =>
    navigate(next ? `${PRINCIPAL_LIST_PATH}?status=${next}` : PRINCIPAL_LIST_PATH, {
      replace: true,
    });
  const List = wide ? PrincipalPlanTable : PrincipalPlanCards;
  return (
    <Page title={t('review.principals.title')} wide>
      {listing ? (
        <p className="lead">
          {scope.kind === 'dinas'
            ? t('review.principals.introDinas', {
                dinas: regionName ?? scope.dinasName,
                period: listing.periodLabel,
              })
            : t('review.principals.introPengawas', { period: listing.periodLabel })}
        </p>
      ) : null}
      {flash ? (
        <p role="status" className="alert alert-success">
          {flash}
        </p>
      ) : null}
      {listing ? (
        <StatusFilter counts={listing.counts} value={status} onChange={setStatus} />
      ) : null}
      {isLoading ? <Loading label={t('common.loading')} /> : null}
      {error ? (
        <p role="alert" className="alert alert-error">
          {error}
        </p>
      ) : null}
      {listing && !isLoading ? (
        <>
          <p className="muted" aria-live="polite">
            {t('review.principals.shown', { shown: listing.plans.length, total: listing.total })}
          </p>
          {listing.plans.length === 0 ? (
            <p className="note">{t('review.principals.empty')}</p>
          ) : (
            <List plans={listing.plans} />
          )}
          {listing.plans.length < listing.total ? (
            <button
              type="button"
              className="btn btn-secondary review-more"
              disabled={isLoadingMore}
              onClick={() => void loadMore()}
            >
              {isLoadingMore ? t('common.loading') : t('review.principals.more')}
            </button>
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
