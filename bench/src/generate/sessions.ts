import type { Db } from '../../../apps/server/src/db/database.js';
import {
  hashToken,
  newToken,
  SESSION_COOKIE,
} from '../../../apps/server/src/modules/auth/session-token.js';
import type { BenchUser } from './organisation.js';

const BATCH = 1000;

/**
 * One live session per user, stored exactly as a sign-in stores it (token hashed), so `GET /api/me`
 * can be measured without paying argon2 for every user first. Returns the `cookie` header values.
 */
export async function createSessions(
  db: Db,
  input: { users: BenchUser[]; now: Date; ttlHours: number },
): Promise<string[]> {
  const expiresAt = new Date(input.now.getTime() + input.ttlHours * 3600_000);
  const cookies: string[] = [];
  for (let start = 0; start < input.users.length; start += BATCH) {
    const rows = input.users.slice(start, start + BATCH).map((user) => {
      const token = newToken();
      cookies.push(`${SESSION_COOKIE}=${token}`);
      return {
        idHash: hashToken(token),
        personId: user.id,
        csrfToken: newToken(),
        authMethod: 'password' as const,
        createdAt: input.now,
        lastSeenAt: input.now,
        expiresAt,
      };
    });
    await db.insertInto('sessions').values(rows).execute();
  }
  return cookies;
}
