import type { PlanContent, PlanOptionsResponse, PracticeOptionsResponse } from '@kinerja/contract';

/** The competency part of a plan: enough points (2024) or the first filled indicator (2025+) — §3.5. */
function competencyOf(options: PlanOptionsResponse['competency']) {
  if (options.mode === 'indicator') {
    const indicator = options.groups.find((group) => !group.isGap)?.indicators[0];
    return { competencyRhkCodes: [], competencyIndicatorCode: indicator?.code ?? null };
  }
  const codes: string[] = [];
  let points = 0;
  for (const rhk of options.rhks.filter((r) => r.isAvailable && r.points !== null)) {
    if (points >= options.minPoints) break;
    codes.push(rhk.code);
    points += rhk.points ?? 0;
  }
  return { competencyRhkCodes: codes, competencyIndicatorCode: null };
}

/**
 * A complete plan built only from what the plan's tabs offer (GET options and practice-options),
 * so the demo follows whatever the period's rule set and catalogues allow — domain.md §3.
 */
export function demoPlanContent(
  options: PlanOptionsResponse,
  practice: PracticeOptionsResponse,
): PlanContent {
  const duties = options.mainDuties.duties.slice(0, 2).map((duty) => duty.code);
  const practiceCode = (practice.recommended[0] ?? practice.others[0])?.code ?? null;
  const additional = options.additionalDuties.duties[0];
  const expectation = options.workBehaviour.isSupervisorExpectationRequired;
  return {
    mainDuties: {
      dutyCodes: duties,
      focusCode: options.mainDuties.isFocusRequired ? duties[0]! : null,
    },
    practiceIndicatorCode: practiceCode,
    ...competencyOf(options.competency),
    additionalDuties: additional ? [{ code: additional.code, skReference: 'SK 800/045/2026' }] : [],
    workBehaviour: Object.fromEntries(
      options.workBehaviour.values.map((value) => [
        value.code,
        {
          behaviourCode: value.behaviours[0]!.code,
          supervisorExpectation: expectation ? `Disepakati bersama atasan: ${value.name}` : '',
        },
      ]),
    ),
  };
}
