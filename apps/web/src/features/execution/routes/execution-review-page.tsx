import type { ExecutionStatusRow } from '@kinerja/contract';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { describeError } from '../../../lib/api/describe-error';
import { fetchDinasPrincipals } from '../../../lib/api/dinas-principals-api';
import { useI18n } from '../../../lib/i18n/i18n';
import { Link } from '../../../lib/router';
import { useMe } from '../../../lib/session/session';
import { Loading } from '../../../lib/ui/loading';
import { Page } from '../../../lib/ui/page';
import { fetchPengawasExecution, fetchSchoolExecution } from '../api/execution-api';
import { DocumentDialog } from '../components/document-dialog';
import { ReviewRow, type OpenDocument } from '../components/review-row';
import { executionReviewScope, type ExecutionReviewScope } from '../execution-paths';
import '../execution.css';

/** Who looks at the list: decides the intro, who confirms and which link leads to the assessment. */
type Viewer = 'school' | 'dinas' | 'pengawas';

type Data = {
  periodLabel: string;
  areaName: string | null;
  rows: ExecutionStatusRow[];
  /** Whether this viewer confirms the Dokumen Pelaksanaan Tugas Pokok of the rows (§1.2, §3.6). */
  isConfirmer: boolean;
};

type Load =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: Data };

/**
 * The school's teachers, the Dinas's principals, or the pengawas's binaan principals. The pengawas
 * observes and recommends (Tim Kinerja) but does not confirm: the principal's atasan for documents
 * is the Dinas's Pejabat Penilai Kinerja (domain.md §1.2, §3.8).
 */
async function fetchRows(scope: ExecutionReviewScope): Promise<Data> {
  if (scope.kind === 'school') {
    const answer = await fetchSchoolExecution(scope.schoolId);
    const { period, school, rows } = answer;
    return { periodLabel: period.label, areaName: school.name, rows, isConfirmer: true };
  }
  if (scope.kind === 'dinas') {
    const answer = await fetchDinasPrincipals(scope.dinasId);
    return {
      periodLabel: answer.period.label,
      areaName: answer.dinas.name,
      rows: answer.rows,
      isConfirmer: answer.isAssessor,
    };
  }
  const answer = await fetchPengawasExecution();
  return {
    periodLabel: answer.period.label,
    areaName: null,
    rows: answer.rows,
    isConfirmer: false,
  };
}

function introOf(viewer: Viewer, data: Data, t: ReturnType<typeof useI18n>['t']): string {
  const period = data.periodLabel;
  if (viewer === 'pengawas') return t('execution.review.introPengawas', { period });
  if (viewer === 'dinas') {
    const key = data.isConfirmer
      ? 'journeys.execution.introDinas'
      : 'journeys.execution.introDinasReader';
    return t(key, { dinas: data.areaName ?? '', period });
  }
  return t('execution.review.intro', { school: data.areaName ?? '', period });
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

function ReviewList({ scope }: { scope: Exclude<ExecutionReviewScope, { kind: 'none' }> }) {
  const { t } = useI18n();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<OpenDocument | null>(null);
  const [flash, setFlash] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setLoad({ status: 'ready', data: await fetchRows(scope) });
    } catch (error) {
      setLoad({ status: 'error', message: describeError(error, t) });
    }
    // The scope object is rebuilt each render; the page keys this list by it.
  }, [t]);
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
  const viewer: Viewer = scope.kind;
  const isConfirmer = data?.isConfirmer ?? false;

  return (
    <>
      {data ? <p className="lead">{introOf(viewer, data, t)}</p> : null}
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
              {isConfirmer
                ? t('execution.review.awaiting', { count: awaiting })
                : t('journeys.execution.awaitingDinas', { count: awaiting })}
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
                ? viewer === 'pengawas'
                  ? t('execution.review.noPrincipals')
                  : viewer === 'dinas'
                    ? t('journeys.execution.noPrincipalsDinas')
                    : t('execution.review.noTeachers')
                : t('execution.review.empty')}
            </p>
          ) : (
            <ul className="plain-list exec-review-list">
              {visible.map((row) => (
                <ReviewRow
                  key={row.employee.id}
                  row={row}
                  showSchool={viewer !== 'school'}
                  canConfirm={isConfirmer}
                  assessLink={viewer === 'school' ? null : viewer}
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
 * /periksa/pelaksanaan — "Pelaksanaan" of Kepala Sekolah sebagai Atasan (the school's teachers), of
 * the Dinas (its principals: it confirms their documents) and of the pengawas (the binaan
 * principals: observation and recommendations) — issue #5 item 6, issue #11 items 1 and 2.
 */
export function ExecutionReviewPage() {
  const { t } = useI18n();
  const me = useMe();
  const scope = executionReviewScope(me);
  const key =
    scope.kind === 'school' ? scope.schoolId : scope.kind === 'dinas' ? scope.dinasId : scope.kind;
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
        <ReviewList key={`${scope.kind}-${key}-${me.activePeriod.id}`} scope={scope} />
      )}
    </Page>
  );
}
