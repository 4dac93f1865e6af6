import {
  errorResponseSchema,
  meResponseSchema,
  type ErrorResponse,
  type MeResponse,
  type z,
} from '@kinerja/contract';
import { vi } from 'vitest';

/** One request the app made to the fake API. */
export type FakeCall = {
  method: string;
  path: string;
  body: unknown;
  headers: Record<string, string>;
};

/** A fake answer: status and JSON body. */
export type FakeReply = { status: number; body: unknown };

type Handler = (call: FakeCall) => FakeReply | Promise<FakeReply>;

/** A 2xx answer whose body must satisfy the contract schema (so the fake cannot drift from it). */
export function reply<S extends z.ZodType>(schema: S, body: z.input<S>, status = 200): FakeReply {
  schema.parse(body);
  return { status, body };
}

/** An error answer in the contract's error shape. */
export function replyError(status: number, error: ErrorResponse['error']): FakeReply {
  return { status, body: errorResponseSchema.parse({ error }) };
}

/** Replaces global fetch with a route table keyed "METHOD /path"; unknown routes answer 404. */
export function installFakeApi(routes: Record<string, Handler>): { calls: FakeCall[] } {
  const calls: FakeCall[] = [];
  const fake = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const url = new URL(href, 'http://localhost');
    const method = init.method ?? 'GET';
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    const call = { method, path: url.pathname, body, headers };
    calls.push(call);
    const handler = routes[`${method} ${url.pathname}`];
    const answer = handler
      ? await handler(call)
      : replyError(404, { code: 'NOT_FOUND', message: `no fake for ${method} ${url.pathname}` });
    return new Response(JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'content-type': 'application/json' },
    });
  };
  vi.stubGlobal('fetch', vi.fn(fake));
  return { calls };
}

const period2026 = {
  id: '2026',
  label: 'Januari–Desember 2026',
  ruleSetVersion: '2026',
  startsOn: '2026-01-01',
  endsOn: '2026-12-31',
  planning: { opensOn: '2026-01-08', closesOn: '2026-01-31' },
  execution: { opensOn: '2026-02-01', closesOn: '2026-11-30' },
  assessment: { opensOn: '2026-12-01', closesOn: '2026-12-31' },
  isCurrent: true,
};

/** A signed-in teacher as GET /api/me returns it; override what a test needs. */
export function makeMe(overrides: Partial<MeResponse> = {}): MeResponse {
  return meResponseSchema.parse({
    person: {
      id: '0b7f6c1e-2f43-4a59-9a51-7c1c1f0e0a01',
      name: 'Andi Wijaya, S.Pd.',
      email: 'andi.wijaya@guru.sma.belajar.id',
      nip: '199203152019031008',
      nuptk: '1647770671130023',
      employmentStatus: 'pns',
      golonganRuang: 'III/a',
      jenjangJabatan: 'ahli_pertama',
      jenisPtk: 'Guru Mapel',
    },
    schools: [
      { id: 'school-a', npsn: '20200001', name: 'SMA Negeri 1 Contoh Bandung', jenjang: 'SMA' },
    ],
    roles: [
      {
        role: 'teacher',
        label: 'Guru sebagai Pegawai',
        schoolId: 'school-a',
        schoolName: 'SMA Negeri 1 Contoh Bandung',
        dinasId: null,
        dinasName: null,
      },
    ],
    activeRole: 'teacher',
    activePeriod: period2026,
    authMethod: 'password',
    mustChangePassword: false,
    csrfToken: 'csrf-token-from-me',
    ...overrides,
  });
}
