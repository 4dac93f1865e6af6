import { ruleSetFor } from '@kinerja/domain';
import type { EmployeeKind, ExecutionOverview, WrittenDocument } from '@kinerja/contract';
import { useCallback, useEffect, useState } from 'react';
import { describeError } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { fetchMyPlan } from '../../../lib/plans/plans-api';
import { Link } from '../../../lib/router';
import { useMe } from '../../../lib/session/session';
import { Loading } from '../../../lib/ui/loading';
import { Page } from '../../../lib/ui/page';
import { fetchExecution } from '../api/execution-api';
import { DocumentCard } from '../components/document-card';
import { Evidence2024Card } from '../components/evidence-2024-card';
import { ExecutionDeadline } from '../components/execution-deadline';
import { PracticeCard } from '../components/practice-card';
import { SupervisorCard } from '../components/supervisor-card';
import { executionKindOf } from '../execution-paths';
import '../execution.css';

type Load =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'not-approved'; statusLabel: string | null }
  | { status: 'ready'; overview: ExecutionOverview };

function Overview({
  overview,
  onDocument,
}: {
  overview: ExecutionOverview;
  onDocument: (doc: WrittenDocument) => void;
}) {
  const { t } = useI18n();
  const { plan, gate, supervisor } = overview;
  return (
    <div className="exec-layout">
      <p className="lead">
        {t('execution.intro', { period: plan.periodLabel, school: plan.school.name })}
      </p>
      <ExecutionDeadline deadline={overview.executionDeadline} />
      {!gate.isOpen && gate.message ? (
        <p className="alert alert-info" data-testid="execution-gate">
          {gate.message}
        </p>
      ) : null}
      <SupervisorCard supervisor={supervisor} employeeKind={plan.employee.kind} />
      {overview.documents.map((doc) => (
        <DocumentCard
          key={doc.kind}
          doc={doc}
          supervisorName={supervisor.person?.name ?? null}
          onDocument={onDocument}
        />
      ))}
      {/* Uploads are a rule of the period's rule set (2024), never of its version string. */}
      {ruleSetFor(plan.ruleSetVersion).evidence.mode === 'upload' ? <Evidence2024Card /> : null}
      <PracticeCard
        planId={plan.id}
        practice={overview.practice}
        employeeKind={plan.employee.kind}
      />
    </div>
  );
}

function ExecutionContent({ kind }: { kind: EmployeeKind }) {
  const { t } = useI18n();
  const [load, setLoad] = useState<Load>({ status: 'loading' });

  const reload = useCallback(async () => {
    setLoad({ status: 'loading' });
    try {
      const mine = await fetchMyPlan(kind);
      if (!mine.plan || mine.plan.status !== 'approved') {
        setLoad({ status: 'not-approved', statusLabel: mine.plan?.statusLabel ?? null });
        return;
      }
      setLoad({ status: 'ready', overview: await fetchExecution(mine.plan.id) });
    } catch (error) {
      setLoad({ status: 'error', message: describeError(error, t) });
    }
  }, [kind, t]);
  useEffect(() => void reload(), [reload]);

  const onDocument = useCallback((doc: WrittenDocument) => {
    setLoad((current) =>
      current.status === 'ready'
        ? {
            status: 'ready',
            overview: {
              ...current.overview,
              documents: current.overview.documents.map((d) => (d.kind === doc.kind ? doc : d)),
            },
          }
        : current,
    );
  }, []);

  if (load.status === 'loading') return <Loading label={t('common.loading')} />;
  if (load.status === 'error') {
    return (
      <>
        <p role="alert" className="alert alert-error">
          {load.message}
        </p>
        <button type="button" className="btn btn-primary" onClick={() => void reload()}>
          {t('common.retry')}
        </button>
      </>
    );
  }
  if (load.status === 'not-approved') {
    return (
      <>
        <p className="alert alert-info" data-testid="execution-not-approved">
          {load.statusLabel
            ? t('execution.notApproved', { status: load.statusLabel })
            : t('execution.noPlan')}
        </p>
        <Link to="/rencana" className="btn btn-secondary">
          {t('execution.openPlanning')}
        </Link>
      </>
    );
  }
  return <Overview overview={load.overview} onDocument={onDocument} />;
}

/** /pelaksanaan — "Pelaksanaan Kinerja" of the employee's approved plan (issue #5 items 3 and 4). */
export function ExecutionPage() {
  const { t } = useI18n();
  const me = useMe();
  const kind = executionKindOf(me);
  return (
    <Page title={t('execution.title')} wide>
      {kind ? (
        // "Ganti periode" changes the session's period: start over with that period's plan.
        <ExecutionContent key={`${kind}-${me.activePeriod.id}`} kind={kind} />
      ) : (
        <p className="alert alert-info">{t('execution.wrongRole')}</p>
      )}
    </Page>
  );
}
