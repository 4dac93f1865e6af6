import {
  practiceCycleSchema,
  type PracticeCycle,
  type SaveObservationRequest,
  type SavePreparationRequest,
} from '@kinerja/contract';
import { apiRequest } from '../../../lib/api/client';
import { sendRawPdf } from '../../../lib/api/raw-upload';

// The Siklus Peningkatan Kinerja A–E (apps/server/src/modules/practice-cycle/practice-cycle.routes.ts;
// issue #5 item 4, domain.md §2.3). Every write sends the version last read and answers the whole cycle.

type Base = Pick<PracticeCycle, 'planId' | 'version'>;

const cyclePath = (planId: string, suffix = '') =>
  `/api/plans/${encodeURIComponent(planId)}/practice-cycle${suffix}`;

const write = (method: 'PUT' | 'POST' | 'PATCH', cycle: Base, suffix: string, body: object = {}) =>
  apiRequest(practiceCycleSchema, cyclePath(cycle.planId, suffix), {
    method,
    body: { ...body, version: cycle.version },
  });

/** GET /api/plans/:id/practice-cycle — the whole cycle with its ratings and abilities. */
export const fetchPracticeCycle = (planId: string) =>
  apiRequest(practiceCycleSchema, cyclePath(planId));

/** A: "Simpan" of the Diskusi Persiapan. */
export const savePreparation = (
  cycle: Base,
  preparation: Omit<SavePreparationRequest, 'version'>,
) => write('PUT', cycle, '/preparation', preparation);

/** B: autosave of some ratings (only the behaviours sent change). */
export const saveObservation = (cycle: Base, patch: Omit<SaveObservationRequest, 'version'>) =>
  write('PATCH', cycle, '/observation', patch);

/** C: the agreed follow-up, written by the observer. */
export const saveFollowUp = (cycle: Base, agreement: string) =>
  write('PUT', cycle, '/follow-up', { agreement });

/** D: the whole list of follow-up actions. */
export const saveActions = (cycle: Base, actions: Array<{ date: string; description: string }>) =>
  write('PUT', cycle, '/actions', { actions });

/** E: the employee's reflection (draft until sent). */
export const saveCycleReflection = (cycle: Base, text: string) =>
  write('PUT', cycle, '/reflection', { text });

/** E: the observer's comment on the reflection. */
export const saveCycleComment = (cycle: Base, comment: string) =>
  write('PUT', cycle, '/comment', { comment });

/** The one-way steps: finishing A–E, the acknowledgement of C and sending the reflection. */
export const PRACTICE_FINISHES = {
  preparation: '/preparation/finish',
  observation: '/observation/finish',
  followUp: '/follow-up/finish',
  acknowledge: '/follow-up/acknowledge',
  actions: '/actions/finish',
  reflection: '/reflection/submit',
  cycle: '/finish',
} as const;

/** One of the irreversible steps. */
export type PracticeFinish = keyof typeof PRACTICE_FINISHES;

/** POSTs an irreversible step based on the version last read. */
export const finishPractice = (cycle: Base, finish: PracticeFinish) =>
  write('POST', cycle, PRACTICE_FINISHES[finish]);

/** A: "Unggah Modul Ajar" — the raw PDF, its name in x-file-name (optional, ≤ 10 MB). */
export const uploadModulAjar = (
  planId: string,
  file: File,
  onProgress: (percent: number) => void,
) =>
  sendRawPdf(practiceCycleSchema, {
    method: 'PUT',
    url: cyclePath(planId, '/modul-ajar'),
    file,
    onProgress,
  });

/** A: removes the Modul Ajar. */
export const removeModulAjar = (planId: string) =>
  apiRequest(practiceCycleSchema, cyclePath(planId, '/modul-ajar'), { method: 'DELETE' });

/** The server's copy carried by a 409 PRACTICE_VERSION_CONFLICT, or null for any other error. */
export function practiceConflictCopy(error: unknown): PracticeCycle | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code, details } = error as { code?: string; details?: unknown };
  if (code !== 'PRACTICE_VERSION_CONFLICT') return null;
  const parsed = practiceCycleSchema.safeParse((details as { current?: unknown })?.current);
  return parsed.success ? parsed.data : null;
}
