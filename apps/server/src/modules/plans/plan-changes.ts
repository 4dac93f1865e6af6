import type { Plan, PlanContent } from '@kinerja/contract';
import {
  diffPlanVersions,
  findByCode,
  practiceIndicatorsFor,
  type Locale,
  type PlanItemNamer,
} from '@kinerja/domain';
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { presentPlanOptions } from './plan-options.js';
import type { PlanScope } from '../plan-context/plan-scope.js';

/** Official labels of the codes a plan holds, from this period's catalogues (falls back to the code). */
function namerFor(scope: PlanScope, locale: Locale): PlanItemNamer {
  const options = presentPlanOptions(scope, locale);
  const practice = practiceIndicatorsFor(scope.ruleSet, scope.catalogues, scope.row.employeeKind);
  const competency = options.competency;
  const values = options.workBehaviour.values;
  const behaviours = values.flatMap((value) => value.behaviours);
  const lookups: Record<Parameters<PlanItemNamer>[0], (code: string) => string | undefined> = {
    main_duty: (code) => options.mainDuties.duties.find((duty) => duty.code === code)?.name,
    practice_indicator: (code) => findByCode(practice, code)?.name.value ?? undefined,
    competency_rhk: (code) =>
      competency.mode === 'points'
        ? competency.rhks.find((rhk) => rhk.code === code)?.role
        : undefined,
    competency_indicator: (code) =>
      competency.mode === 'indicator'
        ? competency.groups.flatMap((group) => group.indicators).find((item) => item.code === code)
            ?.name
        : undefined,
    additional_duty: (code) =>
      options.additionalDuties.duties.find((duty) => duty.code === code)?.name,
    berakhlak_value: (code) => values.find((value) => value.code === code)?.name,
    behaviour: (code) => behaviours.find((behaviour) => behaviour.code === code)?.text,
  };
  // A code no longer in the catalogue is still shown, never hidden (domain.md §8.1).
  return (kind, code) => lookups[kind](code) ?? code;
}

/**
 * "Apa yang berubah": the difference between the two latest submitted versions, for whoever may
 * read the plan's history — the atasan sees what the pegawai changed after "Kembalikan"
 * (domain.md §3.3, §3.10; issue 11). Null before a second submission.
 */
export async function readPlanChanges(
  db: Db,
  scope: PlanScope,
  options: { locale: Locale; canViewHistory: boolean },
): Promise<Plan['changes']> {
  if (!options.canViewHistory || scope.row.submissionCount < 2) return null;
  const rows = await sql<{ number: number; draftText: string }>`
    select number, draft::text as draft_text from plan_versions
     where plan_id = ${scope.row.id} order by number desc limit 2`.execute(db);
  const [after, before] = rows.rows;
  if (!after || !before) return null;
  const sections = diffPlanVersions({
    before: JSON.parse(before.draftText) as PlanContent,
    after: JSON.parse(after.draftText) as PlanContent,
    name: namerFor(scope, options.locale),
    locale: options.locale,
  });
  return {
    fromVersion: before.number,
    toVersion: after.number,
    sections: sections.map((section) => ({
      ...section,
      changes: section.changes.map((change) => ({ ...change })),
    })),
  };
}
