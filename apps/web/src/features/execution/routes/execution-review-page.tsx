import type { ExecutionStatusRow } from '@kinerja/contract';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { describeError } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { Link } from '../../../lib/router';
import { useMe } from '../../../lib/session/session';
import { Loading } from '../../../lib/ui/loading';
import { Page } from '../../../lib/ui/page';
import { fetchPengawasExecution, fetchSchoolExecution } from '../api/execution-api';
import { DocumentDialog } from '../components/document-dialog';
import { ReviewRow, type OpenDocument } from '../components/review-row';
import { executionReviewScope } from '../execution-paths';
import '../execution.css';

type Data = { periodLabel: string; schoolName: string | null; rows: ExecutionStatusRow[] };

type Load =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: Data };

/** The school's teachers (`schoolId`), or the pengawas's binaan principals (null). */
async function fetchRows(schoolId: string | null): Promise<Data> {
  if (schoolId) {
    const answer = await fetchSchoolExecution(schoolId);
    return { periodLabel: answer.period.label, schoolName: answer.school.name, rows: answer.rows };
  }
  const answer = await fetchPengawasExecution();
  return { periodLabel: answer.period.label, schoolName: null, rows: answer.rows };
}

/** Name or NIP contains the search text (case and spaces ignored). */
function matches(row: ExecutionStatusRow, query: string): boolean {
  const needle = query.trim().toLowerCase();
  if (!needle) return true;
  const nip = (row.employee.nip ?? '').replace(/\s/g, '');
  return (
    row.employee.name.toLowerCase().includes(needle) || nip.includes(needle.replace(/\s/g, ''))
  );
}

function ReviewList({ schoolId }: { schoolId: string | null }) {
  const { t } = useI18n();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<OpenDocument | null>(null);
  const [flash, setFlash] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setLoad({ status: 'ready', data: await fetchRows(schoolId) });
    } catch (error) {
      setLoad({ status: 'error', message: describeError(error, t) });
    }
  }, [schoolId, t]);
  useEffect(() => void reload(), [reload]);

  const data = load.status === 'ready' ? load.data : null;
  const visible = useMemo(
    () => (data?.rows ?? []).filter((row) => matches(row, query)),
    [data, query],
  );
  const awaiting = (data?.rows ?? []).filter(
    (row) =>
      row.documents.mainDutiesChecklist?.state === 'sent' &&
      !row.documents.mainDutiesChecklist.isAccountabilityConfirmed,
  ).length;
  const isPengawas = schoolId === null;

  return (
    <>
      {data ? (
        <p className="lead">
          {isPengawas
            ? t('execution.review.introPengawas', { period: data.periodLabel })
            : t('execution.review.intro', {
                school: data.schoolName ?? '',
                period: data.periodLabel,
              })}
        </p>
      ) : null}
      {flash ? (
        <p role="status" className="alert exec-success">
          {flash}
        </p>
      ) : null}
      {load.status === 'loading' ? <Loading label={t('common.loading')} /> : null}
      {load.status === 'error' ? (
        <>
          <p role="alert" className="alert alert-error">
            {load.message}
          </p>
          <button type="button" className="btn btn-primary" onClick={() => void reload()}>
            {t('common.retry')}
          </button>
        </>
      ) : null}
      {data ? (
        <>
          {awaiting > 0 ? (
            <p className="note" data-testid="awaiting-confirmation">
              {t('execution.review.awaiting', { count: awaiting })}
            </p>
          ) : null}
          <div className="field exec-search">
            <label htmlFor="exec-search">{t('execution.review.search')}</label>
            <input
              id="exec-search"
              type="search"
              value={query}
              autoComplete="off"
              onChange={(event) => setQuery(event.target.value)}
            />
          </div>
          <p className="muted" aria-live="polite">
            {t('execution.review.shown', { shown: visible.length, total: data.rows.length })}
          </p>
          {visible.length === 0 ? (
            <p className="note">
              {data.rows.length === 0
                ? isPengawas
                  ? t('execution.review.noPrincipals')
                  : t('execution.review.noTeachers')
                : t('execution.review.empty')}
            </p>
          ) : (
            <ul className="plain-list exec-review-list">
              {visible.map((row) => (
                <ReviewRow
                  key={row.employee.id}
                  row={row}
                  showSchool={isPengawas}
                  onOpen={(next) => {
                    setFlash(null);
                    setOpen(next);
                  }}
                />
              ))}
            </ul>
          )}
        </>
      ) : null}
      {open ? (
        <DocumentDialog
          planId={open.planId}
          kind={open.kind}
          employeeName={open.name}
          onClose={() => setOpen(null)}
          onConfirmed={() => {
            setFlash(t('execution.review.confirmedFlash', { name: open.name }));
            setOpen(null);
            void reload();
          }}
        />
      ) : null}
    </>
  );
}

/**
 * /periksa/pelaksanaan — "Pelaksanaan" of Kepala Sekolah sebagai Atasan (the school's teachers) and
 * of the pengawas (the binaan principals): documents, confirmations and the cycle (issue #5 item 6).
 */
export function ExecutionReviewPage() {
  const { t } = useI18n();
  const me = useMe();
  const scope = executionReviewScope(me);
  const schoolId = scope.kind === 'school' ? scope.schoolId : null;
  return (
    <Page title={t('execution.review.title')} wide>
      {scope.kind === 'none' ? (
        <>
          <p className="alert alert-info">{t('execution.review.wrongRole')}</p>
          <Link to="/" className="btn btn-secondary">
            {t('common.backHome')}
          </Link>
        </>
      ) : (
        <ReviewList key={`${scope.kind}-${schoolId}-${me.activePeriod.id}`} schoolId={schoolId} />
      )}
    </Page>
  );
}
