import type { OrganisationCheckDto } from '@kinerja/contract';
import {
  checkOrganisation,
  organisationAchievementLabel,
  predikatFor,
  type EvaluationDocument,
  type Locale,
  type Predikat,
  type Rating,
} from '@kinerja/domain';
import type { Db } from '../../db/database.js';

type SchoolRow = {
  id: string;
  employeeId: string;
  employeeKind: 'teacher' | 'principal';
  state: 'draft' | 'final';
  workResultRating: Rating | null;
  predikat: Predikat | null;
  employeeName: string;
};

/** The assessment being looked at, whose draft counts as if it were set (the "before setting" view). */
export type CurrentAssessment = {
  id: string | null;
  employeeKind: 'teacher' | 'principal';
  workResultRating: Rating | null;
  workBehaviourRating: Rating | null;
};

/** Every assessment of a school's document in a period (a school has tens of rows, not thousands). */
export async function listSchoolAssessments(
  db: Db,
  key: { periodId: string; schoolId: string; document: EvaluationDocument },
): Promise<SchoolRow[]> {
  return db
    .selectFrom('assessments as a')
    .innerJoin('people as p', 'p.id', 'a.employeeId')
    .select([
      'a.id',
      'a.employeeId',
      'a.employeeKind',
      'a.state',
      'a.workResultRating',
      'a.predikat',
      'p.name as employeeName',
    ])
    .where('a.periodId', '=', key.periodId)
    .where('a.schoolId', '=', key.schoolId)
    .where('a.document', '=', key.document)
    .execute();
}

function previewOf(current: CurrentAssessment): Predikat | null {
  const { workResultRating, workBehaviourRating } = current;
  return workResultRating && workBehaviourRating
    ? predikatFor({ workResultRating, workBehaviourRating })
    : null;
}

/**
 * The school's capaian kinerja organisasi (its principal's Rating Hasil Kerja) and the §5.3
 * distribution of its teachers' predikat, counting the current draft as if it were set — the
 * warnings the assessor sees before "Tetapkan" (domain.md §5.3).
 */
export function presentOrganisation(options: {
  rows: readonly SchoolRow[];
  current: CurrentAssessment | null;
  locale: Locale;
}): OrganisationCheckDto {
  const { rows, current, locale } = options;
  const principalRow = rows.find((row) => row.employeeKind === 'principal');
  const isCurrentPrincipal = current?.employeeKind === 'principal';
  const leaderRating = isCurrentPrincipal
    ? (current?.workResultRating ?? null)
    : principalRow?.state === 'final'
      ? principalRow.workResultRating
      : null;
  const predikats: Predikat[] = [];
  for (const row of rows) {
    if (row.employeeKind !== 'teacher' || row.id === current?.id) continue;
    if (row.state === 'final' && row.predikat) predikats.push(row.predikat);
  }
  const preview = current && current.employeeKind === 'teacher' ? previewOf(current) : null;
  if (preview) predikats.push(preview);
  const check = checkOrganisation({ leaderWorkResultRating: leaderRating, predikats, locale });
  let notice: string | null = null;
  if (!check.achievement) {
    notice =
      locale === 'en'
        ? "The organisation's achievement is not known yet: the principal's assessment for this document is not set."
        : 'Capaian kinerja organisasi belum dapat dihitung: penilaian Kepala Sekolah untuk dokumen ini belum ditetapkan.';
  } else if (check.total === 0) {
    notice =
      locale === 'en'
        ? 'No teacher of this school has a predikat for this document yet.'
        : 'Belum ada guru di sekolah ini yang berpredikat untuk dokumen ini.';
  }
  const principal = principalRow
    ? { id: principalRow.employeeId, name: principalRow.employeeName }
    : null;
  return {
    achievement: check.achievement
      ? {
          code: check.achievement,
          label: organisationAchievementLabel(check.achievement)[locale],
        }
      : null,
    principal,
    counts: { ...check.counts },
    total: check.total,
    warnings: check.warnings.map((warning) => ({ code: warning.code, message: warning.message })),
    notice,
  };
}

/** The capaian printed on a document (field 20): from the principal's final assessment, or null. */
export function organisationAchievementOf(
  rows: readonly SchoolRow[],
  employeeKind: 'teacher' | 'principal',
  ownRating: Rating | null,
): Rating | null {
  if (employeeKind === 'principal') return ownRating;
  const principal = rows.find((row) => row.employeeKind === 'principal' && row.state === 'final');
  return principal?.workResultRating ?? null;
}
