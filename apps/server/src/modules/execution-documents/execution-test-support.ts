import type { PlanContent } from '@kinerja/contract';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.js';
import { signIn } from '../../test/factories.js';
import { validContent } from '../plans/plan-test-support.js';

// Test support only: approved plans written straight to the database, and signed-in clients.

type Headers = Record<string, string>;
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Signed-in requests of one person, JSON by default. */
export function apiClient(app: FastifyInstance, headers: Headers) {
  const send = (method: Method, url: string, payload?: unknown, extra: Headers = {}) =>
    app.inject({
      method,
      url,
      headers: { ...headers, ...extra },
      ...(payload === undefined
        ? {}
        : { payload: Buffer.isBuffer(payload) ? payload : (payload as object) }),
    });
  return {
    headers,
    get: (url: string) => send('GET', url),
    post: (url: string, payload: unknown = {}) => send('POST', url, payload),
    put: (url: string, payload: unknown, extra?: Headers) => send('PUT', url, payload, extra),
    patch: (url: string, payload: unknown) => send('PATCH', url, payload),
    delete: (url: string) => send('DELETE', url),
  };
}

/** A signed-in client. */
export type ApiClient = ReturnType<typeof apiClient>;

/** Signs a person in. */
export async function signedIn(app: FastifyInstance, email: string | null): Promise<ApiClient> {
  return apiClient(app, await signIn(app, email!));
}

/**
 * An approved plan written directly (planning is tested in modules/plans): the employee, their
 * school in the period, and content valid for the period.
 */
export async function insertApprovedPlan(
  db: Db,
  options: {
    employeeId: string;
    schoolId: string;
    periodId: string;
    kind?: 'teacher' | 'principal';
    content?: PlanContent;
    status?: 'draft' | 'submitted' | 'approved';
    approvedBy?: string | null;
  },
): Promise<string> {
  const kind = options.kind ?? 'teacher';
  const content =
    options.content ??
    validContent(
      options.periodId,
      kind === 'principal' ? { practice: 'presentasi_visi_misi' } : {},
    );
  const status = options.status ?? 'approved';
  const row = await db
    .insertInto('plans')
    .values({
      periodId: options.periodId,
      employeeId: options.employeeId,
      employeeKind: kind,
      schoolId: options.schoolId,
      provinceCode: '32',
      regencyCode: '3204',
      status,
      draft: JSON.stringify(content),
      personalDataConfirmedAt: new Date('2026-01-10T03:00:00Z'),
      submittedAt: status === 'draft' ? null : new Date('2026-01-12T03:00:00Z'),
      submissionCount: status === 'draft' ? 0 : 1,
      approvedAt: status === 'approved' ? new Date('2026-01-20T03:00:00Z') : null,
      approvedBy: status === 'approved' ? (options.approvedBy ?? null) : null,
      createdAt: new Date('2026-01-10T03:00:00Z'),
      updatedAt: new Date('2026-01-20T03:00:00Z'),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The parsed JSON body, failing with the body when the status is not the expected one. */
export function bodyOf<T>(response: { statusCode: number; body: string }, status = 200): T {
  if (response.statusCode !== status) {
    throw new Error(`expected ${status}, got ${response.statusCode}: ${response.body}`);
  }
  return JSON.parse(response.body) as T;
}

/** The error of a response: status, code and message. */
export function errorOf(response: { statusCode: number; body: string }) {
  const body = JSON.parse(response.body) as {
    error: { code: string; message: string; fields?: Array<{ field: string; message: string }> };
  };
  return { status: response.statusCode, ...body.error };
}

/** A small valid PDF. */
export const PDF_BYTES = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);
