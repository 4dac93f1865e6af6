import type { ExecutionStatusRow, WrittenDocument } from '@kinerja/contract';
import { useI18n } from '../../../lib/i18n/i18n';
import { identityNumber } from '../../../lib/people/identity-number';
import { formatDateTime } from '../../../lib/i18n/format-date-time';
import { PlanStatusBadge } from '../../../lib/plans/plan-status-badge';
import { Link } from '../../../lib/router';
import { assessmentPagePath, cyclePath } from '../execution-paths';
import { DocumentStateBadge } from './document-state-badge';

/** Which document a supervisor opened from a row. */
export type OpenDocument = { planId: string; kind: WrittenDocument['kind']; name: string };

/**
 * One employee's Pelaksanaan at a glance for the principal or the pengawas: each document's state
 * (with reading it and confirming the dokumen akuntabilitas), and the cycle's step (issue #5 item 6).
 */
export function ReviewRow({
  row,
  showSchool,
  canConfirm,
  assessLink,
  onOpen,
}: {
  row: ExecutionStatusRow;
  showSchool: boolean;
  /** Whether the viewer confirms the checklist ("Periksa"); others only read it ("Baca"). */
  canConfirm: boolean;
  /** The link to the principal's assessment: the pengawas recommends, the Dinas assesses. */
  assessLink: 'pengawas' | 'dinas' | null;
  onOpen: (open: OpenDocument) => void;
}) {
  const { t, locale } = useI18n();
  const { employee, documents, practice, planId } = row;
  const reflection = documents.competencyReflection;
  const checklist = documents.mainDutiesChecklist;
  const name = employee.name;
  const sentOn = (sentAt: string | null) =>
    sentAt ? t('execution.document.sentAt', { date: formatDateTime(sentAt, locale) }) : null;
  return (
    <li className="card exec-review-card" data-testid={`execution-row-${employee.id}`}>
      <div>
        <h2 className="exec-review-name">{name}</h2>
        <p className="muted">
          {identityNumber(t, employee)}
          {showSchool ? ` · ${row.school.name}` : ''}
        </p>
      </div>
      {row.planStatus !== 'approved' || !planId ? (
        <p className="exec-review-plan">
          <PlanStatusBadge
            status={row.planStatus}
            label={t(`execution.planStatus.${row.planStatus}`)}
          />{' '}
          <span className="muted">{t('execution.review.planNotApproved')}</span>
        </p>
      ) : (
        <>
          <dl className="exec-review-facts">
            {reflection ? (
              <div>
                <dt>{t('execution.document.competency_reflection')}</dt>
                <dd>
                  <DocumentStateBadge state={reflection.state} label={reflection.stateLabel} />
                  {sentOn(reflection.sentAt) ? (
                    <span className="muted"> {sentOn(reflection.sentAt)}</span>
                  ) : null}
                  {reflection.state === 'sent' ? (
                    <button
                      type="button"
                      className="btn-link"
                      aria-label={t('execution.review.readFor', { name })}
                      onClick={() => onOpen({ planId, kind: 'competency_reflection', name })}
                    >
                      {t('execution.review.read')}
                    </button>
                  ) : null}
                </dd>
              </div>
            ) : null}
            {checklist ? (
              <div>
                <dt>{t('execution.document.main_duties_checklist')}</dt>
                <dd>
                  <DocumentStateBadge state={checklist.state} label={checklist.stateLabel} />
                  {checklist.isAccountabilityConfirmed ? (
                    <span className="exec-review-ok">{t('execution.review.confirmed')}</span>
                  ) : null}
                  {canConfirm &&
                  checklist.state === 'sent' &&
                  !checklist.isAccountabilityConfirmed ? (
                    <button
                      type="button"
                      className="btn btn-primary exec-review-confirm"
                      aria-label={t('execution.review.checkFor', { name })}
                      onClick={() => onOpen({ planId, kind: 'main_duties_checklist', name })}
                    >
                      {t('execution.review.check')}
                    </button>
                  ) : checklist.state === 'sent' ? (
                    <button
                      type="button"
                      className="btn-link"
                      aria-label={t('execution.review.readChecklistFor', { name })}
                      onClick={() => onOpen({ planId, kind: 'main_duties_checklist', name })}
                    >
                      {t('execution.review.read')}
                    </button>
                  ) : null}
                </dd>
              </div>
            ) : null}
            <div>
              <dt>{t('execution.practice.title')}</dt>
              <dd>
                {practice?.isStarted ? practice.stateLabel : t('execution.practice.notStarted')}
              </dd>
            </div>
          </dl>
          <div className="exec-review-links">
            <Link
              to={cyclePath(planId)}
              className="btn btn-secondary"
              aria-label={t('execution.review.openCycleFor', { name })}
            >
              {t('execution.review.openCycle')}
            </Link>
            {assessLink ? (
              <Link
                to={assessmentPagePath(planId)}
                className="btn btn-secondary"
                aria-label={
                  assessLink === 'pengawas'
                    ? t('journeys.execution.recommendFor', { name })
                    : t('journeys.execution.assessFor', { name })
                }
              >
                {assessLink === 'pengawas'
                  ? t('journeys.execution.recommend')
                  : t('journeys.execution.assess')}
              </Link>
            ) : null}
          </div>
        </>
      )}
    </li>
  );
}
