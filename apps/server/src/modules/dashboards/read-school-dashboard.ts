import type { SchoolDashboardResponse } from '@kinerja/contract';
import { PREDIKAT_LABELS, type EvaluationDocument, type Locale } from '@kinerja/domain';
import type { Db } from '../../db/database.js';
import type { AppContext } from '../../lib/context.js';
import { requireSchoolAccess } from '../assessments/area-access.js';
import type { PeriodRow } from '../periods/periods.repository.js';
import { statusLabel } from '../plans/plan-text.js';
import { dashboardDocument } from './dashboard-document.js';
import { listTeacherStages, type TeacherStageRow } from './dashboards.repository.js';
import { sumStageCounts } from './teacher-stages.js';

/** One teacher as a row of counts, so the totals are summed like an area's (one code path). */
function countsOf(row: TeacherStageRow) {
  const final = row.assessmentState === 'final';
  const draft = row.assessmentState === 'draft' && (row.assessmentVersion ?? 0) > 0;
  const predikat = (code: string) => (final && row.predikat === code ? 1 : 0);
  return {
    teachers: 1,
    planDraft: row.planStatus === 'draft' ? 1 : 0,
    planSubmitted: row.planStatus === 'submitted' ? 1 : 0,
    planReturned: row.planStatus === 'returned' ? 1 : 0,
    planApproved: row.planStatus === 'approved' ? 1 : 0,
    executionCompleted: row.executionCompleted ? 1 : 0,
    assessmentDraft: draft ? 1 : 0,
    assessmentFinal: final ? 1 : 0,
    sangatBaik: predikat('sangat_baik'),
    baik: predikat('baik'),
    butuhPerbaikan: predikat('butuh_perbaikan'),
    kurang: predikat('kurang'),
    sangatKurang: predikat('sangat_kurang'),
  };
}

/**
 * The principal's dashboard: every teacher of the school (as in "Periksa"), where each is in the
 * cycle — plan, Pelaksanaan, assessment of one document — and the school's totals (domain.md §3.10).
 */
export async function readSchoolDashboard(
  ctx: AppContext,
  input: {
    personId: string;
    schoolId: string;
    period: PeriodRow;
    document?: EvaluationDocument | undefined;
    locale: Locale;
    /** Where the teachers' stages are read: the replica, or the primary (the default). */
    reader?: Db | undefined;
  },
): Promise<SchoolDashboardResponse> {
  const { period, locale } = input;
  const { school } = await requireSchoolAccess(ctx.db, {
    personId: input.personId,
    schoolId: input.schoolId,
    periodId: period.id,
    action: 'distribution.view',
  });
  const info = dashboardDocument(period, input.document, locale);
  const rows = await listTeacherStages(input.reader ?? ctx.db, {
    schoolId: school.id,
    periodId: period.id,
    document: info.document,
  });
  return {
    period: { id: period.id, label: period.label },
    document: { code: info.document, label: info.label[locale] },
    school: { id: school.id, name: school.name, npsn: school.npsn },
    totals: sumStageCounts(rows.map(countsOf)),
    rows: rows.map((row) => {
      const planStatus = row.planStatus ?? 'not_started';
      const assessmentState =
        row.assessmentState === 'final' ||
        (row.assessmentState === 'draft' && (row.assessmentVersion ?? 0) > 0)
          ? row.assessmentState
          : 'not_started';
      return {
        employee: {
          id: row.employeeId,
          name: row.name,
          nip: row.nip,
          employmentStatus: row.employmentStatus,
        },
        planId: row.planId,
        planStatus,
        planStatusLabel: statusLabel(planStatus, locale),
        executionCompleted: row.executionCompleted,
        assessmentState,
        predikat:
          assessmentState === 'final' && row.predikat
            ? { code: row.predikat, label: PREDIKAT_LABELS[row.predikat][locale] }
            : null,
      };
    }),
  };
}
