import type { EvidenceListResponse, EvidenceSlot, Plan } from '@kinerja/contract';
import type { FastifyInstance } from 'fastify';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Db } from '../../db/database.js';
import { signIn } from '../../test/factories.js';
import type { TestApp } from '../../test/test-app.js';
import { client, planOf, validContent, type Client } from '../plans/plan-test-support.js';

// Test support only: signed-in people with raw-upload helpers, approved 2024 plans, PDF bytes.

/** The instants the 2024 tests move the clock to (WIB mornings). */
export const CLOCK = {
  s1Planning: '2024-01-10T03:00:00.000Z',
  s1Execution: '2024-03-01T03:00:00.000Z',
  s1Assessment: '2024-06-03T03:00:00.000Z',
  s2Planning: '2024-07-10T03:00:00.000Z',
  s2Execution: '2024-09-02T03:00:00.000Z',
} as const;

/** A signed-in person: JSON client plus raw uploads with the same cookie and CSRF token. */
export type Person = Client & {
  headers: Record<string, string>;
  upload: (
    url: string,
    body: Buffer,
    options?: { name?: string; contentType?: string; query?: Record<string, string | number> },
  ) => Promise<InjectResponse>;
};

/** A response of app.inject. */
export type InjectResponse = Awaited<ReturnType<Client['get']>>;

/** The error body of a refused request. */
export type ErrorBody = {
  error: { code: string; message: string; fields?: Array<{ field: string; message: string }> };
};

/** The error of a response, with its status. */
export function errorOf(response: { statusCode: number; body: string }) {
  const body = JSON.parse(response.body) as ErrorBody;
  return { status: response.statusCode, ...body.error };
}

/** [status, error code] of a response, for compact assertions. */
export const statusAndCode = (response: { statusCode: number; body: string }) => [
  response.statusCode,
  errorOf(response).code,
];

/** Signs a person in. */
export async function personFor(app: FastifyInstance, email: string | null): Promise<Person> {
  const headers = await signIn(app, email!);
  return {
    ...client(app, headers),
    headers,
    upload: (url, body, options = {}) => {
      const query = new URLSearchParams(
        Object.entries(options.query ?? {}).map(([key, value]): [string, string] => [
          key,
          String(value),
        ]),
      ).toString();
      return app.inject({
        method: url.startsWith('/api/bukti-karya') ? 'POST' : 'PUT',
        url: query ? `${url}?${query}` : url,
        headers: {
          ...headers,
          'content-type': options.contentType ?? 'application/pdf',
          'x-file-name': encodeURIComponent(options.name ?? 'sertifikat.pdf'),
        },
        payload: body,
      });
    },
  };
}

/** PDF-looking bytes of a size; `seed` makes distinct content (distinct SHA-256). */
export function pdfBytes(size: number, seed = 'a'): Buffer {
  const bytes = Buffer.alloc(size, 0x20);
  bytes.write(`%PDF-1.7\n% ${seed}\n`, 0, 'latin1');
  return bytes;
}

/**
 * A teacher's plan of a 2024 period taken to "Disetujui" through the API (Mulai, data diri, draft,
 * Ajukan, Setujui), signed in with the clock in the planning window.
 */
export async function approvePlan(
  t: TestApp,
  options: {
    teacherEmail: string | null;
    headEmail: string | null;
    periodId: string;
    planningNow: string;
  },
): Promise<Plan> {
  t.setNow(options.planningNow);
  const teacher = await personFor(t.app, options.teacherEmail);
  const head = await personFor(t.app, options.headEmail);
  const { periodId } = options;
  const started = planOf(await teacher.post('/api/plans', { periodId }), 201);
  const confirmed = planOf(await teacher.post(`/api/plans/${started.id}/personal-data/confirm`));
  planOf(
    await teacher.put(`/api/plans/${started.id}/draft`, {
      version: confirmed.version,
      content: validContent(periodId),
    }),
  );
  planOf(await teacher.post(`/api/plans/${started.id}/submit`));
  return planOf(await head.post(`/api/plans/${started.id}/approve`));
}

/** The evidence page of a plan (throws with the body unless 200). */
export async function evidenceOf(person: Client, planId: string): Promise<EvidenceListResponse> {
  const response = await person.get(`/api/plans/${planId}/evidence`);
  if (response.statusCode !== 200) throw new Error(`evidence: ${response.body}`);
  return response.json<EvidenceListResponse>();
}

/** The current slot of a kind and code. */
export function slotOf(list: EvidenceListResponse, code: string): EvidenceSlot {
  const slot = list.slots.find((s) => s.code === code);
  if (!slot) throw new Error(`no slot ${code} in ${list.slots.map((s) => s.code).join(', ')}`);
  return slot;
}

/** Files left in the blob store's temporary directories (should always be none). */
export async function tempFiles(blobRoot: string): Promise<string[]> {
  try {
    const entries = await readdir(join(blobRoot, 'tmp'), { recursive: true, withFileTypes: true });
    return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
  } catch {
    return [];
  }
}

/** Every stored row of a slot (to prove that refused writes change nothing). */
export async function slotRow(db: Db, slotId: string) {
  return db.selectFrom('evidenceSlots').selectAll().where('id', '=', slotId).executeTakeFirst();
}

/** Count of audit rows, to prove that refusals write none. */
export async function auditCount(db: Db): Promise<number> {
  const row = await db
    .selectFrom('auditLog')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
