import type { NationalSessions } from '../generate/national-sessions.js';
import { NATIONAL_PERIOD } from '../generate/national-sql.js';
import type { LoadRequest } from '../load/load-types.js';

/** What the national scenario measures under load, in the interleaving order of one repeat. */
export const NATIONAL_MEASURES = [
  'periksa',
  'penilaian',
  'kabupaten',
  'province',
  'nation',
] as const;

/** One of the national load measurements. */
export type NationalMeasure = (typeof NATIONAL_MEASURES)[number];

/** Issue #6 targets, on the p99 latency (ms); the nation dashboard has none. */
export const NATIONAL_TARGETS_MS: Record<NationalMeasure, number | null> = {
  periksa: 20,
  penilaian: 20,
  kabupaten: 200,
  province: 1000,
  nation: null,
};

const query = `periodId=${NATIONAL_PERIOD}`;

/** The requests each measurement cycles through: a different school, Dinas or province each time. */
export function nationalRequests(
  sessions: NationalSessions,
): Record<NationalMeasure, LoadRequest[]> {
  const get = (path: string, cookie: string): LoadRequest => ({
    method: 'GET',
    path,
    headers: { cookie },
  });
  return {
    periksa: sessions.principals.map((u) =>
      get(`/api/schools/${u.areaId}/plans?${query}`, u.cookie),
    ),
    penilaian: sessions.principals.map((u) =>
      get(`/api/schools/${u.areaId}/assessments?${query}`, u.cookie),
    ),
    kabupaten: sessions.kabupaten.map((u) =>
      get(`/api/dinas/${u.areaId}/dashboard?${query}`, u.cookie),
    ),
    province: sessions.provinces.map((code) =>
      get(`/api/dashboards/provinces/${code}?${query}`, sessions.admin),
    ),
    nation: [get(`/api/dashboards/provinces?${query}`, sessions.admin)],
  };
}

/** Result of the smoke request of a measurement: served, or its route does not exist (yet). */
export type SmokeOutcome = { ok: true; ms: number } | { ok: false; missing: true; status: number };

/**
 * Sends the first request of a measurement once. A 404 from the app's not-found handler means the
 * route is not registered (the dashboards are being written alongside): that measurement is
 * skipped. Any other answer than 200 fails the run loudly.
 */
export async function smokeNational(appUrl: string, request: LoadRequest): Promise<SmokeOutcome> {
  const started = performance.now();
  const response = await fetch(new URL(request.path, appUrl), {
    method: request.method,
    headers: request.headers ?? {},
  });
  const body = await response.text();
  if (response.status === 200) return { ok: true, ms: performance.now() - started };
  if (response.status === 404 && body.includes('Alamat tidak ditemukan')) {
    return { ok: false, missing: true, status: 404 };
  }
  throw new Error(`${request.path}: smoke request got ${response.status}: ${body.slice(0, 500)}`);
}
