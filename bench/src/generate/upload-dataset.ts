import type { Db } from '../../../apps/server/src/db/database.js';
import { generateOrganisation, type BenchUser } from './organisation.js';
import { createSessions } from './sessions.js';

/** The people of the upload scenario: heads first (one per school), then the teachers. */
export type UploadPeople = { heads: BenchUser[]; teachers: BenchUser[] };

/**
 * `schools` schools with a definitive head and `teachersPerSchool` teachers each (organisation.ts:
 * person i < schools heads school i, every later person teaches at school i mod schools).
 */
export async function generateUploadPeople(
  db: Db,
  input: { schools: number; teachersPerSchool: number },
): Promise<UploadPeople> {
  const count = input.schools * (input.teachersPerSchool + 1);
  const users = await generateOrganisation(db, { schools: input.schools, teachers: count });
  return { heads: users.slice(0, input.schools), teachers: users.slice(input.schools) };
}

/**
 * One live session per user as of `now` (the server's clock), in the users' order. Sessions last
 * `ttlHours`, so moving the clock from the planning window to the execution window needs new ones.
 */
export const signInAt = (
  db: Db,
  input: { users: BenchUser[]; now: Date; ttlHours: number },
): Promise<string[]> => createSessions(db, input);
