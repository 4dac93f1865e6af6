import type { TeacherProgressRow } from '@kinerja/contract';

/** The stages a teacher moves through, in order, and "done" once the assessment is set. */
export const TEACHER_STAGES = ['planning', 'execution', 'assessment', 'done'] as const;

/** Where one teacher is now. */
export type TeacherStage = (typeof TEACHER_STAGES)[number];

/**
 * The stage a teacher still has to finish (domain.md §2.2, §3.10): a plan not yet approved keeps
 * them in Perencanaan, then Pelaksanaan until it is completed, then Penilaian until it is set.
 * A set assessment counts as done even if Pelaksanaan was never marked complete.
 */
export function teacherStage(row: TeacherProgressRow): TeacherStage {
  if (row.assessmentState === 'final') return 'done';
  if (row.planStatus !== 'approved') return 'planning';
  if (!row.executionCompleted) return 'execution';
  return 'assessment';
}

/** Whether a teacher matches the search text by name or NIP (case and spacing ignored). */
export function matchesTeacher(row: TeacherProgressRow, text: string): boolean {
  const needle = text.trim().toLowerCase();
  if (!needle) return true;
  return (
    row.employee.name.toLowerCase().includes(needle) ||
    (row.employee.nip ?? '').includes(needle.replace(/\s+/g, ''))
  );
}
