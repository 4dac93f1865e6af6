import { describe, expect, it } from 'vitest';
import { decideLoginAttempt, delayAfterFailures, LOGIN_THROTTLE } from './login-throttle';

const NOW = new Date('2026-01-31T03:00:00Z');
const secondsAgo = (s: number) => new Date(NOW.getTime() - s * 1000);
const none = { count: 0, lastAt: null };

describe('delayAfterFailures (account × client: 3 free, then 2^k s, capped at 15 min)', () => {
  it.each([
    [0, 0],
    [2, 0],
    [3, 2],
    [4, 4],
    [5, 8],
    [10, 256],
    [11, 512],
    [12, 900],
    [500, 900],
  ])('%i failures → wait %i s', (count, seconds) => {
    expect(delayAfterFailures(count, LOGIN_THROTTLE.accountClient)).toBe(seconds);
  });

  it.each([
    [19, 0],
    [20, 2],
    [24, 32],
    [25, 60],
    [10_000, 60],
  ])('client across accounts: %i failures → wait %i s', (count, seconds) => {
    expect(delayAfterFailures(count, LOGIN_THROTTLE.client)).toBe(seconds);
  });
});

describe('decideLoginAttempt', () => {
  it.each([
    ['a client that has not been failing', none, none, { allowed: true }],
    ['two typos', { count: 2, lastAt: secondsAgo(0) }, none, { allowed: true }],
    [
      'a third failure one second ago',
      { count: 3, lastAt: secondsAgo(1) },
      { count: 3, lastAt: secondsAgo(1) },
      { allowed: false, retryAfterSeconds: 1, limitedBy: 'account_client' },
    ],
    [
      'a third failure two seconds ago',
      { count: 3, lastAt: secondsAgo(2) },
      { count: 3, lastAt: secondsAgo(2) },
      { allowed: true },
    ],
    [
      'twelve failures, the last a minute ago',
      { count: 12, lastAt: secondsAgo(60) },
      { count: 12, lastAt: secondsAgo(60) },
      { allowed: false, retryAfterSeconds: 840, limitedBy: 'account_client' },
    ],
    [
      'a half-second remainder rounds up',
      { count: 4, lastAt: new Date(NOW.getTime() - 500) },
      none,
      { allowed: false, retryAfterSeconds: 4, limitedBy: 'account_client' },
    ],
    [
      'a client spraying many accounts, new account',
      none,
      { count: 25, lastAt: secondsAgo(10) },
      { allowed: false, retryAfterSeconds: 50, limitedBy: 'client' },
    ],
    [
      'the longer of the two waits wins',
      { count: 5, lastAt: secondsAgo(1) },
      { count: 25, lastAt: secondsAgo(1) },
      { allowed: false, retryAfterSeconds: 59, limitedBy: 'client' },
    ],
    [
      'the spraying client, once its wait has passed',
      none,
      { count: 30, lastAt: secondsAgo(60) },
      { allowed: true },
    ],
  ] as const)('%s', (_name, accountClient, client, expected) => {
    expect(decideLoginAttempt({ accountClient, client, now: NOW })).toEqual(expected);
  });
});
