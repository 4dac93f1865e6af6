import { moveTo, refuse, type ParticipantRole, type Transition } from '../common/transition';
import type { LocalizedText } from '../i18n/locale';

/** Steps A–E of the Siklus Peningkatan Kinerja Pegawai — domain.md §2.3. */
export const PRACTICE_STEPS = [
  'preparation_discussion',
  'observation',
  'follow_up_discussion',
  'follow_up_action',
  'follow_up_reflection',
] as const;

/** A step of the practice cycle. */
export type PracticeStep = (typeof PRACTICE_STEPS)[number];

/** Cycle states: the step that is due next, or completed. */
export const PRACTICE_STATES = [...PRACTICE_STEPS, 'completed'] as const;

/** A practice-cycle state. */
export type PracticeState = (typeof PRACTICE_STATES)[number];

/** Action that records a step (the action name is the step it records). */
export type PracticeAction = PracticeStep;

/** Official step names with their letters — domain.md §2.3. */
export const PRACTICE_STEP_LABELS: {
  readonly [S in PracticeStep]: LocalizedText & { readonly letter: string };
} = {
  preparation_discussion: { letter: 'A', id: 'Diskusi Persiapan', en: 'Preparation discussion' },
  observation: { letter: 'B', id: 'Observasi Kinerja', en: 'Performance observation' },
  follow_up_discussion: { letter: 'C', id: 'Diskusi Tindak Lanjut', en: 'Follow-up discussion' },
  follow_up_action: { letter: 'D', id: 'Upaya Tindak Lanjut', en: 'Follow-up action' },
  follow_up_reflection: { letter: 'E', id: 'Refleksi Tindak Lanjut', en: 'Follow-up reflection' },
};

// A: guru + KS; B, C: the KS (the pengawas for a KS); D: guru; E: guru (+ KS) — domain.md §2.3, §3.8.
const STEP_ROLES: { readonly [S in PracticeStep]: readonly ParticipantRole[] } = {
  preparation_discussion: ['employee', 'supervisor'],
  observation: ['supervisor'],
  follow_up_discussion: ['supervisor'],
  follow_up_action: ['employee'],
  follow_up_reflection: ['employee', 'supervisor'],
};

/** Whether a participant may record the step due in a state (nobody once the cycle is completed). */
export function isPracticeTurnOf(options: {
  state: PracticeState;
  role: ParticipantRole;
}): boolean {
  return options.state !== 'completed' && STEP_ROLES[options.state].includes(options.role);
}

/** Observation scale per focus behaviour — domain.md §3.9 (SLIDESHARE-FOKUS, CODE-RUBRIC8). */
export const OBSERVATION_SCALE = ['not_done', 'done_not_effective', 'done_effective'] as const;

/** A point on the observation scale. */
export type ObservationRating = (typeof OBSERVATION_SCALE)[number];

/** Labels of the observation scale. */
export const OBSERVATION_SCALE_LABELS: { readonly [R in ObservationRating]: LocalizedText } = {
  not_done: { id: 'Belum Dilakukan', en: 'Not done yet' },
  done_not_effective: { id: 'Dilakukan tapi Belum Efektif', en: 'Done but not yet effective' },
  done_effective: { id: 'Dilakukan dan Efektif', en: 'Done and effective' },
};

/** The practice cycle: role × state × action → next state or a coded refusal; steps run in order. */
export function transitionPractice(options: {
  state: PracticeState;
  role: ParticipantRole;
  action: PracticeAction;
}): Transition<PracticeState> {
  const { state, role, action } = options;
  if (!STEP_ROLES[action].includes(role)) return refuse('ROLE_NOT_ALLOWED');
  if (state === 'completed') return refuse('PRACTICE_CYCLE_COMPLETED');
  if (state !== action) {
    return refuse('PRACTICE_STEP_OUT_OF_ORDER', { expected: PRACTICE_STEP_LABELS[state].id });
  }
  const next = PRACTICE_STATES[PRACTICE_STATES.indexOf(state) + 1] ?? 'completed';
  return moveTo(next);
}
