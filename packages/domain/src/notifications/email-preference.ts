import type { IsoDate } from '../common/dates';

/** How a person receives notifications by email: each at once, or one digest a day. */
export type EmailFrequency = 'immediate' | 'daily';

/** A person's email choice. */
export type EmailPreference = { readonly enabled: boolean; readonly frequency: EmailFrequency };

/**
 * What a person who never chose gets (issue 16 item 3): email on, as one morning digest. A teacher
 * gets few notifications that cannot wait a day, and a busy day (many plans returned, a deadline
 * reminder) should not become a flood of mail; anyone may switch to "immediate" or off.
 */
export const EMAIL_PREFERENCE_DEFAULT: EmailPreference = { enabled: true, frequency: 'daily' };

/** The digest goes out at this hour, Western Indonesia Time (WIB, UTC+7), before school starts. */
export const EMAIL_DIGEST_HOUR_WIB = 6;

/** The latest whole digest day at `now`: notifications in [from, until) go into the mail of `day`. */
export type DigestWindow = { readonly day: IsoDate; readonly from: Date; readonly until: Date };

const HOUR_MS = 3_600_000;
const WIB_OFFSET_HOURS = 7;

/** The digest window that closed last at `now` (its `until` is at or before `now`). */
export function latestDigestWindow(now: Date): DigestWindow {
  // Shift so that the digest hour WIB falls on midnight UTC; the shifted date is the digest day.
  const shifted = new Date(now.getTime() + (WIB_OFFSET_HOURS - EMAIL_DIGEST_HOUR_WIB) * HOUR_MS);
  const day: IsoDate = shifted.toISOString().slice(0, 10);
  const untilMs =
    Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()) -
    (WIB_OFFSET_HOURS - EMAIL_DIGEST_HOUR_WIB) * HOUR_MS;
  return { day, from: new Date(untilMs - 24 * HOUR_MS), until: new Date(untilMs) };
}
