import type { PeriodWindowsInput } from '@kinerja/contract';
import {
  checkPeriodSchedule,
  scheduleProblemMessage,
  type PeriodSchedule,
  type PreviousPeriod,
  type RuleSet,
  type WindowDates,
} from '@kinerja/domain';
import { AppError } from '../../lib/app-error.js';

/** The windows of a request as domain data (Pra-Perencanaan only when given). */
export function windowsOfInput(input: PeriodWindowsInput): WindowDates[] {
  const pre = input.prePlanning
    ? [
        {
          stage: 'pre_planning' as const,
          start: input.prePlanning.opensOn,
          end: input.prePlanning.closesOn,
        },
      ]
    : [];
  return [
    ...pre,
    { stage: 'planning', start: input.planning.opensOn, end: input.planning.closesOn },
    { stage: 'execution', start: input.execution.opensOn, end: input.execution.closesOn },
    { stage: 'assessment', start: input.assessment.opensOn, end: input.assessment.closesOn },
  ];
}

const FIELD: Record<string, string> = {
  'windows.pre_planning': 'windows.prePlanning',
  'windows.planning': 'windows.planning',
  'windows.execution': 'windows.execution',
  'windows.assessment': 'windows.assessment',
};

/** 422 naming every problem of a schedule (the domain's checks), or nothing when it is sound. */
export function requireSoundSchedule(options: {
  ruleSet: RuleSet;
  schedule: PeriodSchedule;
  previous?: PreviousPeriod | undefined;
}): void {
  const problems = checkPeriodSchedule(options);
  if (problems.length === 0) return;
  const fields = problems.map((problem) => ({
    field: FIELD[problem.field] ?? problem.field,
    message: scheduleProblemMessage(problem, 'id'),
  }));
  throw new AppError({
    code: 'PERIOD_SCHEDULE_INVALID',
    status: 422,
    message: `Jadwal periode belum benar: ${fields.map((f) => f.message).join(' ')}`,
    fields,
  });
}
