import type {
  BulkApprovePlansResponse,
  PlanStatus,
  SchoolPlanListResponse,
} from '@kinerja/contract';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { describeError } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { fetchSchoolPlans } from '../../../lib/plans/plans-api';
import { Link, navigate, useLocation } from '../../../lib/router';
import { useMe } from '../../../lib/session/session';
import { Loading } from '../../../lib/ui/loading';
import { Page } from '../../../lib/ui/page';
import { ApprovalModeNote } from '../components/approval-mode-note';
import { BulkApproveBar } from '../components/bulk-approve-bar';
import { BulkApproveDialog, type BulkChoice } from '../components/bulk-approve-dialog';
import { BulkResult } from '../components/bulk-result';
import { SchoolPlanCards, SchoolPlanTable, isBulkApprovable } from '../components/school-plan-list';
import { PLAN_STATUSES, StatusFilter } from '../components/status-filter';
import { rememberListPath, useReviewFlash } from '../review-flash';
import { PRINCIPAL_LIST_PATH, reviewScope, SCHOOL_LIST_PATH } from '../review-scope';
import { useWideScreen } from '../use-wide-screen';
import '../plan-review.css';

type Load =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; data: SchoolPlanListResponse };

type Row = SchoolPlanListResponse['plans'][number];

function statusFromQuery(value: string | null): PlanStatus | null {
  return PLAN_STATUSES.find((status) => status === value) ?? null;
}

/** Name or NIP contains the search text (case and spaces ignored). */
function matches(row: Row, query: string): boolean {
  const needle = query.trim().toLowerCase();
  if (!needle) return true;
  const nip = (row.employee.nip ?? '').replace(/\s/g, '');
  return (
    row.employee.name.toLowerCase().includes(needle) || nip.includes(needle.replace(/\s/g, ''))
  );
}

/** /periksa — "Periksa" of Kepala Sekolah sebagai Atasan: the school's teachers and their plans. */
export function PeriksaPage() {
  const { t } = useI18n();
  const me = useMe();
  const scope = reviewScope(me);
  if (scope.kind !== 'school') {
    const principals = scope.kind === 'dinas' || scope.kind === 'pengawas';
    return (
      <Page title={t('review.title')}>
        <p className="alert alert-info">{t('review.wrongRole')}</p>
        <Link to={principals ? PRINCIPAL_LIST_PATH : '/'} className="btn btn-secondary">
          {principals ? t('review.openPrincipals') : t('common.backHome')}
        </Link>
      </Page>
    );
  }
  return <SchoolReview schoolId={scope.schoolId} />;
}

function SchoolReview({ schoolId }: { schoolId: string }) {
  const { t } = useI18n();
  const wide = useWideScreen();
  const { search } = useLocation();
  const status = statusFromQuery(search.get('status'));
  // "Kembali ke daftar" on the review page returns to this filter.
  useEffect(
    () => rememberListPath(status ? `${SCHOOL_LIST_PATH}?status=${status}` : SCHOOL_LIST_PATH),
    [status],
  );
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState<BulkChoice[] | null>(null);
  const [result, setResult] = useState<BulkApprovePlansResponse | null>(null);
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const [flash, setFlash] = useReviewFlash();

  const reload = useCallback(async () => {
    try {
      const data = await fetchSchoolPlans(schoolId);
      setLoad({ status: 'ready', data });
      const still = new Set(data.plans.filter(isBulkApprovable).map((row) => row.planId));
      setSelected((current) => new Set([...current].filter((id) => still.has(id))));
    } catch (error) {
      setLoad({ status: 'error', message: describeError(error, t) });
    }
  }, [schoolId, t]);
  useEffect(() => void reload(), [reload]);

  const data = load.status === 'ready' ? load.data : null;
  const visible = useMemo(
    () =>
      (data?.plans ?? []).filter(
        (row) => (status === null || row.status === status) && matches(row, query),
      ),
    [data, status, query],
  );
  const approvable = visible.filter(isBulkApprovable);
  const chosen = approvable.filter((row) => selected.has(row.planId));

  const setStatus = (next: PlanStatus | null) =>
    navigate(next ? `${SCHOOL_LIST_PATH}?status=${next}` : SCHOOL_LIST_PATH, { replace: true });
  const toggle = (planId: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(planId)) next.delete(planId);
      else next.add(planId);
      return next;
    });
  const selectAll = (select: boolean) =>
    setSelected(select ? new Set(approvable.map((row) => row.planId)) : new Set());
  const openConfirm = () => {
    setFlash(null);
    setConfirming(chosen.map((row) => ({ planId: row.planId, name: row.employee.name })));
  };
  const finish = (outcome: BulkApprovePlansResponse) => {
    setNames(new Map((confirming ?? []).map((choice) => [choice.planId, choice.name])));
    setConfirming(null);
    setResult(outcome);
    setSelected(new Set());
    void reload();
  };

  const List = wide ? SchoolPlanTable : SchoolPlanCards;
  return (
    <Page title={t('review.title')} wide>
      {data ? (
        <p className="lead">
          {t('review.intro', { school: data.school.name, period: data.period.label })}
        </p>
      ) : null}
      {flash ? (
        <p role="status" className="alert alert-success">
          {flash}
        </p>
      ) : null}
      {result ? <BulkResult result={result} names={names} /> : null}
      {load.status === 'loading' ? <Loading label={t('common.loading')} /> : null}
      {load.status === 'error' ? (
        <p role="alert" className="alert alert-error">
          {load.message}
        </p>
      ) : null}
      {data ? (
        <>
          <ApprovalModeNote mode={data.approvalMode} />
          <StatusFilter counts={data.counts} value={status} onChange={setStatus} />
          <div className="field review-search">
            <label htmlFor="review-search">{t('review.search')}</label>
            <input
              id="review-search"
              type="search"
              value={query}
              autoComplete="off"
              onChange={(event) => setQuery(event.target.value)}
            />
          </div>
          <p className="muted" aria-live="polite">
            {t('review.shown', { shown: visible.length, total: data.plans.length })}
          </p>
          <BulkApproveBar
            approvableCount={approvable.length}
            selectedCount={chosen.length}
            onSelectAll={selectAll}
            onApprove={openConfirm}
          />
          {visible.length === 0 ? (
            <p className="note">
              {data.plans.length === 0 ? t('review.noTeachers') : t('review.empty')}
            </p>
          ) : (
            <List plans={visible} selected={selected} onToggle={toggle} />
          )}
        </>
      ) : null}
      {confirming ? (
        <BulkApproveDialog
          schoolId={schoolId}
          choices={confirming}
          onClose={() => setConfirming(null)}
          onDone={finish}
        />
      ) : null}
    </Page>
  );
}
