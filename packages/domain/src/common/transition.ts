import type { MessageCode, MessageParams } from '../errors/messages';

/** Who acts on a record, relative to it: the employee, their supervisor/observer/assessor, a Tim Kinerja member, or the system. */
export const PARTICIPANT_ROLES = ['employee', 'supervisor', 'tim_kinerja', 'system'] as const;

/** A participant role in a state machine. */
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/** The outcome of a state-machine step: the next state or a coded refusal. */
export type Transition<TState extends string> =
  | { readonly ok: true; readonly state: TState }
  | { readonly ok: false; readonly code: MessageCode; readonly params: MessageParams };

/** A successful transition. */
export function moveTo<TState extends string>(state: TState): Transition<TState> {
  return { ok: true, state };
}

/** A refused transition. */
export function refuse<TState extends string>(
  code: MessageCode,
  params: MessageParams = {},
): Transition<TState> {
  return { ok: false, code, params };
}
