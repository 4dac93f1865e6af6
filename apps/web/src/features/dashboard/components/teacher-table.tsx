import type { TeacherProgressRow } from '@kinerja/contract';
import { useId, useMemo, useState } from 'react';
import { useI18n } from '../../../lib/i18n/i18n';
import { identityNumber } from '../../../lib/people/identity-number';
import { PlanStatusBadge } from '../../../lib/plans/plan-status-badge';
import { Link } from '../../../lib/router';
import { assessPlanPath } from '../paths';
import { matchesTeacher, teacherStage, TEACHER_STAGES, type TeacherStage } from '../teacher-stage';

function StageFilter({
  rows,
  value,
  onChange,
}: {
  rows: readonly TeacherProgressRow[];
  value: TeacherStage | null;
  onChange: (stage: TeacherStage | null) => void;
}) {
  const { t } = useI18n();
  const chips = [
    { stage: null, label: t('dashboard.stage.all'), count: rows.length },
    ...TEACHER_STAGES.map((stage) => ({
      stage,
      label: t(`dashboard.stage.${stage}`),
      count: rows.filter((row) => teacherStage(row) === stage).length,
    })),
  ];
  return (
    <div role="group" aria-label={t('dashboard.stage.filter')} className="chips">
      {chips.map((chip) => (
        <button
          key={chip.stage ?? 'all'}
          type="button"
          className="chip"
          aria-pressed={value === chip.stage}
          onClick={() => onChange(chip.stage)}
        >
          {chip.label} <span className="chip-count">{chip.count}</span>
        </button>
      ))}
    </div>
  );
}

function TeacherRow({ row, canOpenPlans }: { row: TeacherProgressRow; canOpenPlans: boolean }) {
  const { t } = useI18n();
  const name =
    canOpenPlans && row.planId ? (
      <Link to={assessPlanPath(row.planId)}>{row.employee.name}</Link>
    ) : (
      row.employee.name
    );
  return (
    <tr data-stage={teacherStage(row)}>
      <th scope="row" className="dash-sticky">
        <span className="dash-name">{name}</span>
        <span className="muted dash-sub">{identityNumber(t, row.employee)}</span>
      </th>
      <td>
        <PlanStatusBadge status={row.planStatus} label={row.planStatusLabel} />
      </td>
      <td>
        {row.executionCompleted ? t('dashboard.execution.done') : t('dashboard.execution.notDone')}
      </td>
      <td>{t(`dashboard.assessment.${row.assessmentState}`)}</td>
      <td>{row.predikat?.label ?? t('common.empty')}</td>
    </tr>
  );
}

/**
 * The principal's (or drill-down) table of teachers: Nama / NIP, plan status, Pelaksanaan, Penilaian
 * and predikat, with a stage filter and a name/NIP search. Scrolls inside its own box on phones.
 */
export function TeacherTable({
  rows,
  canOpenPlans,
}: {
  rows: readonly TeacherProgressRow[];
  canOpenPlans: boolean;
}) {
  const { t } = useI18n();
  const searchId = useId();
  const [stage, setStage] = useState<TeacherStage | null>(null);
  const [search, setSearch] = useState('');
  const visible = useMemo(
    () =>
      rows.filter(
        (row) => (stage === null || teacherStage(row) === stage) && matchesTeacher(row, search),
      ),
    [rows, stage, search],
  );
  return (
    <section className="dash-section">
      <h2 id="dash-teachers" className="section-heading">
        {t('dashboard.teachers.heading')}
      </h2>
      <StageFilter rows={rows} value={stage} onChange={setStage} />
      <div className="field dash-search">
        <label htmlFor={searchId}>{t('dashboard.teachers.search')}</label>
        <input
          id={searchId}
          type="search"
          value={search}
          autoComplete="off"
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      <p className="muted" aria-live="polite">
        {t('dashboard.teachers.shown', { shown: visible.length, total: rows.length })}
      </p>
      {visible.length === 0 ? (
        <p className="note">{t('dashboard.teachers.noMatch')}</p>
      ) : (
        <div
          className="table-scroll dash-table-box"
          role="region"
          tabIndex={0}
          aria-labelledby="dash-teachers"
        >
          <table className="table dash-table">
            <thead>
              <tr>
                <th scope="col" className="dash-sticky">
                  {t('dashboard.col.teacher')}
                </th>
                <th scope="col">{t('dashboard.col.planning')}</th>
                <th scope="col">{t('dashboard.col.execution')}</th>
                <th scope="col">{t('dashboard.col.assessment')}</th>
                <th scope="col">{t('dashboard.col.predikat')}</th>
              </tr>
            </thead>
            <tbody>
              {visible.map((row) => (
                <TeacherRow key={row.employee.id} row={row} canOpenPlans={canOpenPlans} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
