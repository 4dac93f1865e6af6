/** Attitudes of Perilaku Kerja (BerAKHLAK); each gets its first behaviour (domain.md §4.6). */
const VALUES = [
  'berorientasi_pelayanan',
  'akuntabel',
  'kompeten',
  'harmonis',
  'loyal',
  'adaptif',
  'kolaboratif',
] as const;

/**
 * A valid 2024 plan (points system, domain.md §4.3–4.6): two competency RHK, so the approved plan
 * has two competency-evidence slots taking certificates, and one additional duty.
 */
function planContent2024() {
  return {
    mainDuties: { dutyCodes: [], focusCode: null },
    practiceIndicatorCode: 'penerapan_disiplin_positif',
    competencyRhkCodes: ['pelatihan_mandiri', 'penggerak_komunitas_belajar'],
    competencyIndicatorCode: null,
    additionalDuties: [{ code: 'wali_kelas', skReference: 'SK 421/012/2024' }],
    workBehaviour: Object.fromEntries(
      VALUES.map((value) => [value, { behaviourCode: `${value}_a`, supervisorExpectation: '' }]),
    ),
  };
}

/** A signed-in caller of the app under test (cookie + CSRF token from GET /api/me). */
export type ApiCaller = {
  csrfToken: string;
  call: <T>(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown) => Promise<T>;
};

/** Opens the app as `cookie` (GET /api/me) and returns a caller that throws on any non-2xx answer. */
export async function apiCaller(appUrl: string, cookie: string): Promise<ApiCaller> {
  const send = async (method: string, path: string, csrf: string, body?: unknown) => {
    const headers: Record<string, string> = { cookie };
    if (method !== 'GET') headers['x-csrf-token'] = csrf;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(new URL(path, appUrl), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return text ? (JSON.parse(text) as unknown) : null;
  };
  const me = (await send('GET', '/api/me', '')) as { csrfToken: string };
  return {
    csrfToken: me.csrfToken,
    call: async <T>(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown) =>
      (await send(method, path, me.csrfToken, body)) as T,
  };
}

/**
 * Takes one teacher's plan of a 2024 period to "Disetujui" through the API, as the planning tests
 * do: Mulai, "Data sudah sesuai", the whole draft, Ajukan, then the head's Setujui. The server's
 * clock must be inside the period's planning window. Returns the plan id.
 */
export async function approvePlan2024(input: {
  teacher: ApiCaller;
  head: ApiCaller;
  periodId: string;
}): Promise<string> {
  const { teacher, head, periodId } = input;
  type PlanAnswer = { id: string; version: number };
  const started = await teacher.call<PlanAnswer>('POST', '/api/plans', { periodId });
  const base = `/api/plans/${started.id}`;
  const confirmed = await teacher.call<PlanAnswer>('POST', `${base}/personal-data/confirm`, {});
  await teacher.call('PUT', `${base}/draft`, {
    version: confirmed.version,
    content: planContent2024(),
  });
  await teacher.call('POST', `${base}/submit`, {});
  await head.call('POST', `${base}/approve`, {});
  return started.id;
}
