import {
  applyPracticeCommand,
  emptyPracticeRecord,
  isStaleWrite,
  type Locale,
  type ParticipantRole,
  type PracticeCommand,
  type PracticeRecord,
  type PracticeStep,
} from '@kinerja/domain';
import type { Db } from '../../db/database.js';
import { writeAudit } from '../../lib/audit.js';
import type { AppContext } from '../../lib/context.js';
import { executionError, StaleWriteError } from '../execution-documents/execution-errors.js';
import {
  loadExecutionScope,
  requireOpen,
  type ExecutionScope,
} from '../execution-documents/execution-scope.js';
import { insertNotification } from '../notifications/notifications.repository.js';
import { findObservers, viewerRoleOf, type Observers } from './practice-participants.js';
import { handoverText } from './practice-notifications.js';
import { practiceIndicatorOf } from './practice-targets.js';
import {
  findPracticeCycle,
  storePracticeCycle,
  type PracticeCycleRow,
} from './practice-cycles.repository.js';

/** Thrown when a write overwrites something it has not seen; the route answers 409 with the cycle. */
export class PracticeVersionConflict extends StaleWriteError {
  constructor(planId: string) {
    super({
      code: 'PRACTICE_VERSION_CONFLICT',
      planId,
      message:
        'Siklus ini sudah diubah di perangkat lain. Isian terbaru ada di bawah; isian Anda belum tersimpan dan masih dapat disalin.',
    });
  }
}

/** One write on a plan's cycle, based on the version the writer last read. */
export type PracticeWrite = {
  planId: string;
  personId: string;
  version: number;
  command: PracticeCommand;
  requestId: string;
  locale: Locale;
};

/** What a cycle write works with inside its transaction. */
export type PracticeWriteScope = {
  trx: Db;
  scope: ExecutionScope;
  observers: Observers;
  role: ParticipantRole;
  row: PracticeCycleRow | undefined;
  now: Date;
};

/**
 * Opens a cycle write: lock the plan and the cycle, authorize the employee or the observer, check
 * the approved plan, the execution window and that someone can observe (domain.md §2.3, §3.6, §3.8).
 */
export async function openPracticeWrite(
  trx: Db,
  input: { planId: string; personId: string; locale: Locale; now: Date },
): Promise<PracticeWriteScope> {
  const scope = await loadExecutionScope(trx, { ...input, forUpdate: true });
  const observers = await findObservers(trx, scope);
  const viewer = viewerRoleOf(scope, observers);
  if (viewer === 'viewer') throw executionError({ code: 'ROLE_NOT_ALLOWED' }, input.locale);
  requireOpen(scope, input.locale);
  if (observers.people.length === 0) {
    throw executionError({ code: 'PRACTICE_OBSERVER_NOT_FOUND' }, input.locale);
  }
  const row = await findPracticeCycle(trx, scope.row.id, { forUpdate: true });
  const role = viewer === 'employee' ? 'employee' : 'supervisor';
  return { trx, scope, observers, role, row, now: input.now };
}

/** Notifies the other party: the observers when the employee hands over, else the employee. */
export async function notifyOtherParty(
  step: PracticeWriteScope,
  finished: PracticeStep | 'reflection_submitted',
  record: PracticeRecord,
): Promise<void> {
  const { scope, observers, role, trx } = step;
  const actorName =
    role === 'employee'
      ? scope.employee.employeeName
      : (observers.people.find((person) => person.id === scope.actor.personId)?.name ?? 'Observer');
  const recipients =
    role === 'employee' ? observers.people.map((person) => person.id) : [scope.row.employeeId];
  const text = handoverText({ finished, actorName, record });
  for (const recipientId of recipients) {
    await insertNotification(trx, {
      createdAt: scope.now,
      ...text,
      recipientId,
      planId: scope.row.id,
      periodId: scope.row.periodId,
    });
  }
}

async function persist(step: PracticeWriteScope, input: PracticeWrite, next: PracticeRecord) {
  const { trx, scope, row, now } = step;
  const plan = scope.row;
  const version = (row?.version ?? 0) + 1;
  const owner = {
    planId: plan.id,
    periodId: plan.periodId,
    employeeId: plan.employeeId,
    employeeKind: plan.employeeKind,
    schoolId: plan.schoolId,
    provinceCode: plan.provinceCode,
  };
  const id = await storePracticeCycle(trx, { owner, record: next, version, now });
  await writeAudit(trx, {
    at: now,
    actorId: input.personId,
    action: `practice.${input.command.type}`,
    entityType: 'practice_cycle',
    entityId: id,
    before: { state: row?.state ?? 'preparation_discussion', version: row?.version ?? 0 },
    after: { state: next.state, version, command: input.command },
    requestId: input.requestId,
  });
}

/**
 * A write on the practice cycle in one transaction: the domain decides who may write what in which
 * step; a repeated write changes nothing; a write that would overwrite unseen changes is a conflict;
 * a finished step (or a sent reflection) is handed over to the other party with a notification.
 */
export async function writePracticeCycle(
  ctx: AppContext,
  input: PracticeWrite,
): Promise<'saved' | 'unchanged'> {
  return ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock();
    const step = await openPracticeWrite(trx, { ...input, now });
    const { scope, row, role } = step;
    const record = row?.record ?? emptyPracticeRecord();
    const currentVersion = row?.version ?? 0;
    if (!scope.window)
      throw executionError(
        { code: 'EXECUTION_CLOSED', params: { date: scope.today } },
        input.locale,
      );
    const result = applyPracticeCommand({
      record,
      command: input.command,
      role,
      context: {
        ruleSet: scope.ruleSet,
        targets: practiceIndicatorOf(scope).targets,
        window: scope.window,
        today: scope.today,
        now: now.toISOString(),
        actorId: input.personId,
        version: currentVersion + 1,
      },
    });
    if (result.ok && !result.isChanged) return 'unchanged';
    const stale = isStaleWrite({
      record,
      command: input.command,
      baseVersion: input.version,
      currentVersion,
    });
    if (stale) throw new PracticeVersionConflict(scope.row.id);
    if (!result.ok) throw executionError(result, input.locale);
    await persist(step, input, result.record);
    const handedOver =
      result.finishedStep ??
      (input.command.type === 'submit_reflection' ? 'reflection_submitted' : null);
    if (handedOver) await notifyOtherParty(step, handedOver, result.record);
    return 'saved';
  });
}
