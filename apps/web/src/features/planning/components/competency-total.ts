import type { PlanContent, PlanOptionsResponse } from '@kinerja/contract';
import { sumCompetencyPoints } from '@kinerja/domain';

// Apart from the tab, so the editor's save bar can show the total without the tab's code.

/** The running total of the planned 2024 activities, by the domain's sum (null in indicator mode). */
export function competencyTotal(
  competency: PlanOptionsResponse['competency'],
  content: PlanContent,
): number | null {
  if (competency.mode !== 'points') return null;
  const points = new Map(competency.rhks.map((rhk) => [rhk.code, rhk.points]));
  return sumCompetencyPoints(content.competencyRhkCodes, (code) => points.get(code));
}
