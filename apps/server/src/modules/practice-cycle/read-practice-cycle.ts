import type { PracticeCycle } from '@kinerja/contract';
import type { Locale } from '@kinerja/domain';
import type { AppContext } from '../../lib/context.js';
import { loadExecutionScope, requireApproved } from '../execution-documents/execution-scope.js';
import { findObservers, viewerRoleOf } from './practice-participants.js';
import { presentPracticeCycle } from './practice-cycle.presenter.js';
import { findPeople, findPracticeCycle } from './practice-cycles.repository.js';

/**
 * The plan's practice cycle for anyone who may see the plan (404/403 otherwise), readable after
 * the execution window too, so the assessment reads it in one call (domain.md §3.9).
 */
export async function readPracticeCycle(
  ctx: AppContext,
  input: { planId: string; personId: string; locale: Locale },
): Promise<PracticeCycle> {
  const scope = await loadExecutionScope(ctx.db, { ...input, now: ctx.clock() });
  requireApproved(scope, input.locale);
  const observers = await findObservers(ctx.db, scope);
  const row = await findPracticeCycle(ctx.db, scope.row.id);
  const finishers = Object.values(row?.record.finished ?? {}).map((stamp) => stamp.by);
  const people = await findPeople(ctx.db, finishers);
  const names = new Map([...people].map(([id, person]) => [id, person.name]));
  return presentPracticeCycle({
    scope,
    row,
    observers,
    viewer: viewerRoleOf(scope, observers),
    names,
    locale: input.locale,
  });
}
