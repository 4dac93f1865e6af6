import type { PracticeCycle } from '@kinerja/contract';
import {
  OBSERVATION_SCALE,
  OBSERVATION_SCALE_LABELS,
  PRACTICE_STEPS,
  PRACTICE_STEP_LABELS,
  emptyPracticeRecord,
  employeeProfile,
  isPreparationTextRequired,
  observationProgress,
  type Locale,
  type PracticeRecord,
  type PracticeState,
} from '@kinerja/domain';
import {
  gateOf,
  presentGate,
  type ExecutionScope,
} from '../execution-documents/execution-scope.js';
import { presentDeadline } from '../plans/plans.presenter.js';
import { observerMessage, type Observers, type ViewerRole } from './practice-participants.js';
import type { PracticeCycleRow } from './practice-cycles.repository.js';
import { practiceIndicatorOf } from './practice-targets.js';

/** "B. Observasi Kinerja", or "Selesai" for a completed cycle. */
export function practiceStateLabel(state: PracticeState, locale: Locale): string {
  if (state === 'completed') return locale === 'en' ? 'Completed' : 'Selesai';
  const step = PRACTICE_STEP_LABELS[state];
  return `${step.letter}. ${step[locale]}`;
}

/** The letter of the step due next, or null when completed. */
export const practiceLetter = (state: PracticeState): string | null =>
  state === 'completed' ? null : PRACTICE_STEP_LABELS[state].letter;

function abilities(options: {
  record: PracticeRecord;
  viewer: ViewerRole;
  isOpen: boolean;
  isModulAjarOffered: boolean;
}): PracticeCycle['abilities'] {
  const { record, viewer, isOpen } = options;
  const at = (state: PracticeState) => isOpen && record.state === state;
  const employee = viewer === 'employee';
  const observer = viewer === 'observer';
  const progress = observationProgress(record);
  const { followUp, reflection } = record;
  const inE = at('follow_up_reflection');
  const isReflectionSent = reflection.submittedAt !== null;
  return {
    canEditPreparation: at('preparation_discussion') && (employee || observer),
    canFinishPreparation: at('preparation_discussion') && (employee || observer),
    canUploadModulAjar:
      options.isModulAjarOffered && at('preparation_discussion') && (employee || observer),
    canRecordObservation: at('observation') && observer,
    canFinishObservation: at('observation') && observer && progress.rated === progress.total,
    canWriteFollowUp: at('follow_up_discussion') && observer,
    canFinishFollowUp: at('follow_up_discussion') && observer && followUp.agreement.trim() !== '',
    canAcknowledgeFollowUp: at('follow_up_action') && employee && followUp.acknowledgedAt === null,
    canEditActions: at('follow_up_action') && employee,
    canFinishActions:
      at('follow_up_action') &&
      employee &&
      followUp.acknowledgedAt !== null &&
      record.actions.length > 0,
    canEditReflection: inE && employee && !isReflectionSent,
    canSubmitReflection: inE && employee && !isReflectionSent,
    canComment: inE && observer,
    canFinishCycle:
      inE && (employee || observer) && isReflectionSent && reflection.comment.trim() !== '',
  };
}

/** The whole cycle with its ratings — one read for the Pelaksanaan page and for the assessment. */
export function presentPracticeCycle(options: {
  scope: ExecutionScope;
  row: PracticeCycleRow | undefined;
  observers: Observers;
  viewer: ViewerRole;
  names: ReadonlyMap<string, string>;
  locale: Locale;
}): PracticeCycle {
  const { scope, row, observers, viewer, names, locale } = options;
  const record = row?.record ?? emptyPracticeRecord();
  const { indicator, targets } = practiceIndicatorOf(scope);
  const plan = scope.row;
  const progress = observationProgress(record);
  const isOpen = gateOf(scope).ok && scope.supervisorId !== null && observers.people.length > 0;
  const person = (id: string) => ({ id, name: names.get(id) ?? '-' });
  return {
    id: row?.id ?? null,
    planId: plan.id,
    periodId: plan.periodId,
    periodLabel: scope.employee.periodLabel,
    ruleSetVersion: scope.ruleSet.version,
    employee: {
      id: plan.employeeId,
      name: scope.employee.employeeName,
      nip: scope.employee.nip,
      kind: plan.employeeKind,
    },
    school: { id: plan.schoolId, name: scope.employee.schoolName },
    observer: { ...observers, message: observerMessage(scope, observers, locale) },
    viewerRole: viewer,
    indicator: {
      code: indicator?.code ?? null,
      name: indicator?.name.value ?? null,
      description: indicator?.description.value ?? null,
      targets: (targets ?? []).map((target) => ({
        code: target.code,
        text: target.text,
        recommended: [...target.recommended],
        avoided: [...target.avoided],
      })),
    },
    state: record.state,
    stateLabel: practiceStateLabel(record.state, locale),
    version: row?.version ?? 0,
    steps: PRACTICE_STEPS.map((step) => {
      const stamp = record.finished[step];
      return {
        step,
        letter: PRACTICE_STEP_LABELS[step].letter,
        label: PRACTICE_STEP_LABELS[step][locale],
        status: stamp ? 'done' : record.state === step ? 'current' : 'upcoming',
        finishedAt: stamp?.at ?? null,
        finishedBy: stamp ? person(stamp.by) : null,
      };
    }),
    scale: OBSERVATION_SCALE.map((value) => ({
      value,
      label: OBSERVATION_SCALE_LABELS[value][locale],
    })),
    preparation: {
      ...record.preparation,
      focusBehaviourCodes: [...record.preparation.focusBehaviourCodes],
      customFocusBehaviours: [...record.preparation.customFocusBehaviours],
      isTextRequired: isPreparationTextRequired(scope.ruleSet),
      modulAjar:
        row?.modulAjarHash && row.modulAjarName && row.modulAjarUploadedAt
          ? {
              fileName: row.modulAjarName,
              sizeBytes: row.modulAjarSize ?? 0,
              uploadedAt: row.modulAjarUploadedAt.toISOString(),
              url: `/api/plans/${plan.id}/practice-cycle/modul-ajar`,
            }
          : null,
    },
    observation: {
      ratings: (record.items ?? []).map((item) => {
        const entry = record.observation.ratings[item.code];
        const rating = entry?.rating ?? null;
        return {
          ...item,
          rating,
          ratingLabel: rating ? OBSERVATION_SCALE_LABELS[rating][locale] : null,
          note: entry?.note ?? '',
        };
      }),
      generalNote: record.observation.generalNote,
      rated: progress.rated,
      total: progress.total,
    },
    followUp: { ...record.followUp },
    actions: record.actions.map((action) => ({ ...action })),
    reflection: { ...record.reflection },
    gate: presentGate(scope, locale),
    executionDeadline: scope.deadline ? presentDeadline(scope.deadline, locale) : null,
    abilities: abilities({
      record,
      viewer,
      isOpen,
      // A principal is observed leading, not teaching: no Modul Ajar — domain.md §3.8.
      isModulAjarOffered: employeeProfile(scope.row.employeeKind).isModulAjarOffered,
    }),
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}
