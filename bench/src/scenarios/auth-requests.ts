import { BENCH_PASSWORD, type BenchUser } from '../generate/organisation.js';
import type { LoadRequest } from '../load/load-types.js';

/** What the auth scenario measures, in the interleaving order of one repeat. */
export const AUTH_MEASURES = ['floor', 'me', 'login'] as const;

/** One of the three auth measurements. */
export type AuthMeasure = (typeof AUTH_MEASURES)[number];

/** Where each measurement is sent and which requests it cycles through (one per user). */
export function authRequests(input: {
  users: BenchUser[];
  cookies: string[];
  appUrl: string;
  floorUrl: string;
}): Record<AuthMeasure, { url: string; requests: LoadRequest[] }> {
  return {
    floor: {
      url: input.floorUrl,
      requests: input.users.map((u) => ({ method: 'GET', path: `/floor/${u.id}` })),
    },
    me: {
      url: input.appUrl,
      requests: input.cookies.map((cookie) => ({
        method: 'GET',
        path: '/api/me',
        headers: { cookie },
      })),
    },
    login: {
      url: input.appUrl,
      // Each user in turn, all with the right password: no failure is recorded, so the
      // 5-failures-per-email and 30-per-address throttles never apply.
      requests: input.users.map((u) => ({
        method: 'POST',
        path: '/api/auth/login',
        body: JSON.stringify({ email: u.email, password: BENCH_PASSWORD }),
      })),
    },
  };
}

/** Sends the first request of each measurement once and fails loudly unless it answers 200. */
export async function smokeTest(
  targets: Record<AuthMeasure, { url: string; requests: LoadRequest[] }>,
): Promise<void> {
  for (const [measure, target] of Object.entries(targets)) {
    const first = target.requests[0];
    if (!first) throw new Error(`${measure}: no requests`);
    const headers = {
      ...first.headers,
      ...(first.body ? { 'content-type': 'application/json' } : {}),
    };
    const init: RequestInit = { method: first.method, headers };
    if (first.body) init.body = first.body;
    const response = await fetch(new URL(first.path, target.url), init);
    if (response.status !== 200) {
      throw new Error(`${measure}: smoke request got ${response.status}: ${await response.text()}`);
    }
  }
}
