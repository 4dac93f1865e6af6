import type { RhkOverviewResponse } from '@kinerja/contract';
import {
  formatLongDate,
  can,
  competencyActivityCounts,
  competencyPoints,
  findStageWindow,
  messageFor,
  requireCatalogue,
  type Locale,
  type MessageCode,
} from '@kinerja/domain';
import type { AppContext } from '../../lib/context.js';
import { competencyFacts, dutyFacts } from '../evidence/evidence-titles.js';
import { loadPlanScope, type PlanScope } from '../plan-context/plan-scope.js';
import { listRhkChanges, type RhkChangeRow, type RhkSelection } from './rhk-change.repository.js';

type Item = RhkOverviewResponse['competency'][number];

function items(scope: PlanScope, selection: RhkSelection, marked: Set<string>) {
  // One line per activity with its planned count (activities repeat — domain.md §4.5).
  const counts = competencyActivityCounts(selection.competencyRhkCodes);
  const competency: Item[] = counts.map(({ code, count }) => {
    const facts = competencyFacts(scope, code);
    const changed = marked.has(`c:${code}`);
    return {
      code,
      title: facts.title,
      points: facts.points,
      count,
      skReference: null,
      changedByEmployee: changed,
    };
  });
  const additionalDuties: Item[] = selection.additionalDuties.map((duty) => ({
    code: duty.code,
    title: dutyFacts(scope, duty.code).title,
    points: null,
    count: 1,
    skReference: duty.skReference,
    changedByEmployee: marked.has(`d:${duty.code}`),
  }));
  return { competency, additionalDuties };
}

function pointsOf(scope: PlanScope, codes: readonly string[]): number {
  const rule = scope.ruleSet.competency;
  if (rule.mode !== 'points') return 0;
  const catalogue = requireCatalogue(scope.catalogues.competencyRhks, rule.catalogueId);
  return competencyPoints({ rhkCodes: codes, catalogue });
}

// Every RHK or duty added (or re-referenced) by any change and still in the plan is "DIUBAH OLEH ANDA".
function markedCodes(changes: readonly RhkChangeRow[]): Set<string> {
  const marked = new Set<string>();
  for (const change of changes) {
    for (const code of change.diff.competency.added) marked.add(`c:${code}`);
    for (const duty of change.diff.additionalDuties.added) marked.add(`d:${duty.code}`);
    for (const duty of change.diff.additionalDuties.referenceChanged) marked.add(`d:${duty.code}`);
  }
  return marked;
}

function blockedReason(scope: PlanScope, locale: Locale): string | null {
  const decision = can(scope.actor, 'plan.change_rhk', scope.subject);
  let code: MessageCode | null = decision.allowed ? null : decision.reason;
  const assessment = findStageWindow(scope.ruleSet, 'assessment');
  const params: Record<string, string> = {};
  if (!scope.ruleSet.rhkChange.isAllowed) code = 'RHK_CHANGE_NOT_ALLOWED';
  else if (code === null && assessment && scope.today >= assessment.start) {
    code = 'RHK_CHANGE_WINDOW_CLOSED';
    params.date = formatLongDate(assessment.start);
  }
  return code === null ? null : messageFor(code, locale, params);
}

function presentChange(scope: PlanScope, change: RhkChangeRow) {
  const side = (selection: RhkSelection) => {
    const listed = items(scope, selection, new Set());
    const strip = ({ changedByEmployee: _mark, ...item }: Item) => item;
    return {
      competency: listed.competency.map(strip),
      additionalDuties: listed.additionalDuties.map(strip),
      competencyPoints: pointsOf(scope, selection.competencyRhkCodes),
    };
  };
  return {
    id: change.id,
    changedAt: change.changedAt.toISOString(),
    changedBy: { id: change.employeeId, name: change.employeeName },
    discussedAt: change.discussedAt.toISOString(),
    before: side(change.before),
    after: side(change.after),
    diff: change.diff,
    supersededSlotIds: change.supersededSlotIds,
  };
}

/**
 * The RHKs of a plan with their "DIUBAH OLEH ANDA" marks and every change as old vs new — what the
 * employee sees after a change and what the supervisor checks (domain.md §3.4).
 */
export async function readRhkOverview(
  ctx: AppContext,
  input: { planId: string; personId: string; locale: Locale },
): Promise<RhkOverviewResponse> {
  const scope = await loadPlanScope(ctx.db, { ...input, now: ctx.clock() });
  const changes = await listRhkChanges(ctx.db, scope.row.id);
  const selection = {
    competencyRhkCodes: scope.content.competencyRhkCodes,
    additionalDuties: scope.content.additionalDuties,
  };
  const current = items(scope, selection, markedCodes(changes));
  const reason = blockedReason(scope, input.locale);
  const assessment = findStageWindow(scope.ruleSet, 'assessment');
  const rule = scope.ruleSet.competency;
  return {
    planId: scope.row.id,
    planVersion: scope.row.version,
    isChangedByEmployee: scope.row.isChangedByEmployee,
    competencyPoints: {
      total: pointsOf(scope, selection.competencyRhkCodes),
      min: rule.mode === 'points' ? rule.minPoints : 0,
    },
    ...current,
    canChange: reason === null,
    changeBlockedReason: reason,
    changeClosesBefore: scope.ruleSet.rhkChange.isAllowed ? (assessment?.start ?? null) : null,
    changes: changes.map((change) => presentChange(scope, change)),
  };
}
