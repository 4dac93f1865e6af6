/**
 * Sign-in throttling that slows a password guesser without locking the rightful user out (issue 12
 * finding 6). Failures are counted per account *and* client (the email typed, from one address) and
 * per client across accounts; each count earns a growing wait after the last failure, never a
 * lockout of the account as such. So someone hammering an account from one address slows only
 * themselves: the owner, signing in from an address that has not been failing, is let in at once.
 */

/** How one failure count turns into a wait. */
export type ThrottleRule = {
  /** Failures that cost nothing (typos). */
  freeFailures: number;
  /** The longest wait, in seconds, however many failures. */
  maxDelaySeconds: number;
  /** Failures older than this no longer count. */
  windowSeconds: number;
};

/** The two counts and their rules. */
export const LOGIN_THROTTLE = {
  /** One address guessing one account: 3 free tries, then 2 s, 4 s, 8 s … up to 15 minutes. */
  accountClient: { freeFailures: 3, maxDelaySeconds: 15 * 60, windowSeconds: 60 * 60 },
  /**
   * One address across all accounts (password spraying). Generous, since a whole school may sign in
   * from behind one NAT address: 20 free failures in 15 minutes, then 2 s … up to 1 minute.
   */
  client: { freeFailures: 20, maxDelaySeconds: 60, windowSeconds: 15 * 60 },
} as const satisfies Record<string, ThrottleRule>;

/** Recent failures of one kind: how many within the rule's window, and the latest one. */
export type FailureHistory = { count: number; lastAt: Date | null };

/** May this sign-in attempt be checked, or must the client wait? */
export type LoginThrottleDecision =
  | { allowed: true }
  | { allowed: false; retryAfterSeconds: number; limitedBy: 'account_client' | 'client' };

/** The wait (seconds after the last failure) that `count` recent failures earn: 0, then 2^k, capped. */
export function delayAfterFailures(count: number, rule: ThrottleRule): number {
  if (count < rule.freeFailures) return 0;
  const exponent = count - rule.freeFailures + 1;
  // 2^exponent overflows nothing below 2^1023; cap the exponent anyway to stay in integers.
  return Math.min(2 ** Math.min(exponent, 30), rule.maxDelaySeconds);
}

/** Seconds still to wait under one rule, 0 when the attempt may go ahead. */
function remainingWait(history: FailureHistory, rule: ThrottleRule, now: Date): number {
  if (!history.lastAt) return 0;
  const delay = delayAfterFailures(history.count, rule);
  const elapsed = (now.getTime() - history.lastAt.getTime()) / 1000;
  return Math.max(0, Math.ceil(delay - elapsed));
}

/** Decides whether a sign-in attempt may be checked now, given the recent failures (clock injected). */
export function decideLoginAttempt(input: {
  accountClient: FailureHistory;
  client: FailureHistory;
  now: Date;
}): LoginThrottleDecision {
  const pairWait = remainingWait(input.accountClient, LOGIN_THROTTLE.accountClient, input.now);
  const clientWait = remainingWait(input.client, LOGIN_THROTTLE.client, input.now);
  if (pairWait === 0 && clientWait === 0) return { allowed: true };
  return pairWait >= clientWait
    ? { allowed: false, retryAfterSeconds: pairWait, limitedBy: 'account_client' }
    : { allowed: false, retryAfterSeconds: clientWait, limitedBy: 'client' };
}
