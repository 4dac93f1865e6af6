import type { SchoolAssessmentsResponse } from '@kinerja/contract';
import {
  evaluationDocumentsFor,
  messageFor,
  PREDIKAT_LABELS,
  type EvaluationDocument,
  type Locale,
} from '@kinerja/domain';
import { sql } from 'kysely';
import { invalidField } from '../../lib/app-error.js';
import type { AppContext } from '../../lib/context.js';
import type { PeriodRow } from '../periods/periods.repository.js';
import { teachingJenisPtkSql } from '../people/teaching-jenis-ptk.js';
import { ruleSetForPeriod } from '../plans/plan-rules.js';
import { requireSchoolAccess } from './area-access.js';
import { listSchoolAssessments, presentOrganisation } from './organisation-check.js';

/**
 * The school's teachers with an agreed or pending plan and their assessment of one document, with
 * the capaian and distribution check — the principal's "Penilaian" list (domain.md §3.9, §5.3).
 */
export async function readSchoolAssessments(
  ctx: AppContext,
  input: {
    personId: string;
    schoolId: string;
    period: PeriodRow;
    document?: EvaluationDocument | undefined;
    locale: Locale;
  },
): Promise<SchoolAssessmentsResponse> {
  const { period, locale } = input;
  const { school } = await requireSchoolAccess(ctx.db, {
    personId: input.personId,
    schoolId: input.schoolId,
    periodId: period.id,
    action: 'distribution.view',
  });
  const documents = evaluationDocumentsFor(ruleSetForPeriod(period));
  const info = input.document
    ? documents.find((item) => item.document === input.document)
    : documents[0];
  if (!info) {
    const allowed = documents.map((item) => item.document).join(', ');
    const params = { document: input.document ?? '-', allowed };
    throw invalidField('document', messageFor('ASSESSMENT_DOCUMENT_NOT_IN_PERIOD', locale, params));
  }
  const rows = await ctx.db
    .selectFrom('plans as pl')
    .innerJoin('people as p', 'p.id', 'pl.employeeId')
    .leftJoin('assessments as a', (join) =>
      join.onRef('a.planId', '=', 'pl.id').on('a.document', '=', info.document),
    )
    .select([
      'pl.id as planId',
      'pl.status',
      'pl.employeeKind',
      'p.id as employeeId',
      'p.name',
      'p.nip',
      'a.id as assessmentId',
      'a.state',
      'a.version',
      'a.predikat',
    ])
    .where('pl.periodId', '=', period.id)
    .where('pl.schoolId', '=', school.id)
    .where('pl.employeeKind', '=', 'teacher')
    // A Plt teaching at the school is not his own assessor (OWN_RECORD_AS_ATASAN).
    .where('pl.employeeId', '<>', input.personId)
    .orderBy('p.name')
    .execute();
  const schoolRows = await listSchoolAssessments(ctx.db, {
    periodId: period.id,
    schoolId: school.id,
    document: info.document,
  });
  const withoutPlan = await sql<{ count: number }>`
    select count(*)::int as count from school_staff st join people p on p.id = st.person_id
     where st.school_id = ${school.id} and upper(p.jenis_ptk) in (${teachingJenisPtkSql})
       and st.person_id <> ${input.personId}
       and not exists (select 1 from plans pl where pl.period_id = ${period.id}
         and pl.employee_id = st.person_id and pl.employee_kind = 'teacher')`.execute(ctx.db);
  return {
    period: { id: period.id, label: period.label },
    teachersWithoutPlan: withoutPlan.rows[0]?.count ?? 0,
    school: { id: school.id, name: school.name, npsn: school.npsn },
    document: { code: info.document, label: info.label[locale] },
    organisation: presentOrganisation({ rows: schoolRows, current: null, locale }),
    rows: rows.map((row) => ({
      planId: row.planId,
      employee: { id: row.employeeId, name: row.name, nip: row.nip, kind: row.employeeKind },
      planStatus: row.status,
      assessmentId: row.assessmentId,
      state:
        row.state === 'final' || (row.state === 'draft' && (row.version ?? 0) > 0)
          ? row.state
          : 'not_started',
      predikat:
        row.state === 'final' && row.predikat
          ? { code: row.predikat, label: PREDIKAT_LABELS[row.predikat][locale] }
          : null,
    })),
  };
}
