import type { Db } from '../../db/database.js';

/** A live session joined with what every request needs to know about its person. */
export type SessionRow = {
  idHash: string;
  personId: string;
  csrfToken: string;
  authMethod: 'password' | 'oidc';
  activeRole: string | null;
  activePeriodId: string | null;
  mustChangePassword: boolean;
  lastSeenAt: Date;
};

/** Loads a session that has not expired at `now`. */
export async function findLiveSession(
  db: Db,
  idHash: string,
  now: Date,
): Promise<SessionRow | undefined> {
  return db
    .selectFrom('sessions')
    .innerJoin('people', 'people.id', 'sessions.personId')
    .select([
      'sessions.idHash',
      'sessions.personId',
      'sessions.csrfToken',
      'sessions.authMethod',
      'sessions.activeRole',
      'sessions.activePeriodId',
      'sessions.lastSeenAt',
      'people.mustChangePassword',
    ])
    .where('sessions.idHash', '=', idHash)
    .where('sessions.expiresAt', '>', now)
    .executeTakeFirst();
}

/** Inserts a session row. */
export async function insertSession(
  db: Db,
  row: {
    idHash: string;
    personId: string;
    csrfToken: string;
    authMethod: 'password' | 'oidc';
    now: Date;
    expiresAt: Date;
  },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      idHash: row.idHash,
      personId: row.personId,
      csrfToken: row.csrfToken,
      authMethod: row.authMethod,
      createdAt: row.now,
      lastSeenAt: row.now,
      expiresAt: row.expiresAt,
    })
    .execute();
}

/** Extends a session that is in use (sliding expiry). */
export async function touchSession(
  db: Db,
  idHash: string,
  now: Date,
  expiresAt: Date,
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ lastSeenAt: now, expiresAt })
    .where('idHash', '=', idHash)
    .execute();
}

/** Deletes one session (logout). */
export async function deleteSession(db: Db, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('idHash', '=', idHash).execute();
}

/** Deletes every session of a person, e.g. after a password reset. */
export async function deleteSessionsOf(
  db: Db,
  personId: string,
  exceptIdHash?: string,
): Promise<void> {
  let query = db.deleteFrom('sessions').where('personId', '=', personId);
  if (exceptIdHash) query = query.where('idHash', '!=', exceptIdHash);
  await query.execute();
}

/** Stores the active period or role chosen in the menu. */
export async function updateSessionChoice(
  db: Db,
  idHash: string,
  choice: { activePeriodId?: string; activeRole?: string },
): Promise<void> {
  await db.updateTable('sessions').set(choice).where('idHash', '=', idHash).execute();
}
