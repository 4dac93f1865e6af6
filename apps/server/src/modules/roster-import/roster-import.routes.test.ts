import { randomUUID } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RosterImport, RosterImportListResponse } from '@kinerja/contract';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantRole, makePerson, makeSchool, signIn } from '../../test/factories.js';
import { useTestApp } from '../../test/test-app.js';
import {
  csvText,
  PTK_HEADER,
  ptkRow,
  rosterCounts,
  SAMPLE,
  SAMPLES,
} from './roster-test-support.js';
import { createRosterImport } from './roster-import.repository.js';
import { failAbandonedRosterImports } from './start-roster-import.js';

type Headers = Record<string, string>;

const dataDir = join(tmpdir(), `kinerja-roster-api-${randomUUID()}`);

function form(
  file: { name: string; content: string | Buffer } | null,
  fields: Record<string, string> = {},
): FormData {
  const body = new FormData();
  for (const [key, value] of Object.entries(fields)) body.append(key, value);
  if (file) body.append('file', new Blob([file.content]), file.name);
  return body;
}

async function upload(app: FastifyInstance, headers: Headers, body: FormData) {
  return app.inject({ method: 'POST', url: '/api/roster-imports', headers, payload: body });
}

/** Polls the import until it has finished (the import runs in the background of the app). */
async function finished(app: FastifyInstance, headers: Headers, id: string): Promise<RosterImport> {
  for (let i = 0; i < 400; i++) {
    const response = await app.inject({ method: 'GET', url: `/api/roster-imports/${id}`, headers });
    expect(response.statusCode).toBe(200);
    const body = response.json<RosterImport>();
    if (body.status === 'completed' || body.status === 'failed') return body;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`import ${id} did not finish`);
}

async function importFile(
  app: FastifyInstance,
  headers: Headers,
  name: string,
  content: string | Buffer,
) {
  const response = await upload(app, headers, form({ name, content }));
  expect(response.statusCode).toBe(202);
  return finished(app, headers, response.json<{ id: string }>().id);
}

describe('/api/roster-imports', () => {
  const t = useTestApp({ env: { KINERJA_DATA_DIR: dataDir } });
  let admin: Headers;
  let adminId: string;
  let teacher: Headers;

  beforeAll(async () => {
    const { app, ctx } = t();
    const school = await makeSchool(ctx.db);
    const adminPerson = await makePerson(ctx.db);
    adminId = adminPerson.id;
    await grantRole(ctx.db, { personId: adminPerson.id, role: 'admin' });
    admin = await signIn(app, adminPerson.email!);
    teacher = await signIn(app, (await makePerson(ctx.db, { schoolId: school.id })).email!);
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('answers 401 without a session', async () => {
    const { app } = t();
    expect((await upload(app, {}, form({ name: 'a.csv', content: 'x' }))).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/roster-imports' })).statusCode).toBe(401);
    expect(
      (await app.inject({ method: 'GET', url: `/api/roster-imports/${randomUUID()}` })).statusCode,
    ).toBe(401);
  });

  it('answers 403 to a teacher and to a request without the CSRF token', async () => {
    const { app } = t();
    const asTeacher = await upload(
      app,
      teacher,
      form({ name: 'sekolah.csv', content: await readFile(SAMPLES.schools) }),
    );
    expect(asTeacher.statusCode).toBe(403);
    const noCsrf = await upload(
      app,
      { cookie: admin.cookie! },
      form({ name: 'sekolah.csv', content: 'x' }),
    );
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json()).toMatchObject({ error: { code: 'CSRF_INVALID' } });
  });

  it('answers 400 for no file, a file that is neither CSV nor XLSX, an .xls, an unknown period and JSON', async () => {
    const { app, ctx } = t();
    const before = await rosterCounts(ctx.db);
    const cases: Array<[FormData, string]> = [
      [form(null, { periodId: '2026' }), 'file'],
      [form({ name: 'laporan.pdf', content: Buffer.from('%PDF-1.7\n\u0000\u0001binary') }), 'file'],
      [
        form({
          name: 'lama.xls',
          content: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        }),
        'file',
      ],
      [
        form({ name: 'ptk.csv', content: await readFile(SAMPLES.ptk) }, { periodId: '2030' }),
        'periodId',
      ],
    ];
    for (const [body, field] of cases) {
      const response = await upload(app, admin, body);
      expect(response.statusCode).toBe(400);
      expect(
        response.json<{ error: { fields: Array<{ field: string }> } }>().error.fields[0]?.field,
      ).toBe(field);
    }
    const json = await app.inject({
      method: 'POST',
      url: '/api/roster-imports',
      headers: admin,
      payload: { file: 'x' },
    });
    expect(json.statusCode).toBe(400);
    expect(await rosterCounts(ctx.db)).toEqual(before);
    expect(await readdir(join(dataDir, 'tmp', 'roster-imports'))).toEqual([]);
  });

  it('imports schools (CSV) then PTK (XLSX) for an admin, reporting progress and the result', async () => {
    const { app, setNow } = t();
    setNow('2026-03-02T03:00:00.000Z');
    const schools = await importFile(app, admin, 'sekolah.csv', await readFile(SAMPLES.schools));
    expect(schools).toMatchObject({
      fileName: 'sekolah.csv',
      kind: 'schools',
      status: 'completed',
      rowsTotal: 3,
      rowsProcessed: 3,
      errorCount: 0,
      errors: [],
      summary: { schoolsCreated: 3 },
      finishedAt: expect.any(String),
    });
    setNow('2026-03-02T03:05:00.000Z');
    const ptk = await importFile(app, admin, 'ptk.xlsx', await readFile(SAMPLES.ptkXlsx));
    expect(ptk).toMatchObject({
      kind: 'ptk',
      status: 'completed',
      periodId: '2026',
      summary: { peopleCreated: 10, principalsSet: 3 },
    });
    const list = await app.inject({ method: 'GET', url: '/api/roster-imports', headers: admin });
    expect(list.json<RosterImportListResponse>().imports.map((i) => i.fileName)).toEqual([
      'ptk.xlsx',
      'sekolah.csv',
    ]);
    expect(await readdir(join(dataDir, 'tmp', 'roster-imports'))).toEqual([]);
  });

  it('reports a bad file as failed with line-numbered errors and changes nothing', async () => {
    const { app, ctx } = t();
    const before = await rosterCounts(ctx.db);
    const bad = csvText([
      PTK_HEADER,
      ptkRow(),
      ptkRow({ email: 'bukan-email' }),
      ptkRow({ nip: '123', status_kepegawaian: 'PNS' }),
    ]);
    const result = await importFile(app, admin, 'ptk-salah.csv', bad);
    expect(result).toMatchObject({
      status: 'failed',
      kind: 'ptk',
      rowsTotal: 3,
      errorCount: 2,
      summary: null,
    });
    expect(result.errors).toEqual([
      {
        line: 3,
        field: 'email',
        message: expect.stringMatching(/^Baris 3: kolom email "bukan-email"/),
      },
      {
        line: 4,
        field: 'nip',
        message: 'Baris 4: kolom nip harus 18 digit angka (ditemukan "123")',
      },
    ]);
    expect(await rosterCounts(ctx.db)).toEqual(before);
  });

  it("lets a school operator import their own school's PTK but not another school's NPSN", async () => {
    const { app, ctx, setNow } = t();
    setNow('2026-03-02T04:00:00.000Z');
    const sma = await ctx.db
      .selectFrom('schools')
      .select('id')
      .where('npsn', '=', SAMPLE.smaNpsn)
      .executeTakeFirstOrThrow();
    const operatorPerson = await makePerson(ctx.db, { schoolId: sma.id });
    await grantRole(ctx.db, {
      personId: operatorPerson.id,
      role: 'school_operator',
      schoolId: sma.id,
    });
    const operator = await signIn(app, operatorPerson.email!);
    const before = await rosterCounts(ctx.db);
    const other = csvText([PTK_HEADER, ptkRow(), ptkRow({ npsn: SAMPLE.sdNpsn })]);
    const refused = await importFile(app, operator, 'ptk-lain.csv', other);
    expect(refused).toMatchObject({ status: 'failed', errorCount: 1 });
    expect(refused.errors[0]).toMatchObject({
      line: 3,
      field: 'npsn',
      message: expect.stringMatching(/^Baris 3: NPSN bukan sekolah Anda/),
    });
    expect(await rosterCounts(ctx.db)).toEqual(before);

    setNow('2026-03-02T04:05:00.000Z');
    const own = await importFile(
      app,
      operator,
      'ptk-sendiri.csv',
      csvText([PTK_HEADER, ptkRow(), ptkRow()]),
    );
    expect(own).toMatchObject({ status: 'completed', summary: { peopleCreated: 2 } });
    const mine = await app.inject({ method: 'GET', url: '/api/roster-imports', headers: operator });
    expect(mine.json<RosterImportListResponse>().imports.map((i) => i.fileName)).toEqual([
      'ptk-sendiri.csv',
      'ptk-lain.csv',
    ]);
  });

  it('hides an import from anyone but its creator and admins (404)', async () => {
    const { app } = t();
    const list = await app.inject({ method: 'GET', url: '/api/roster-imports', headers: admin });
    const first = list
      .json<RosterImportListResponse>()
      .imports.find((i) => i.fileName === 'sekolah.csv');
    const asTeacher = await app.inject({
      method: 'GET',
      url: `/api/roster-imports/${first?.id}`,
      headers: teacher,
    });
    expect(asTeacher.statusCode).toBe(404);
    const teacherList = await app.inject({
      method: 'GET',
      url: '/api/roster-imports',
      headers: teacher,
    });
    expect(teacherList.json<RosterImportListResponse>().imports).toEqual([]);
    const missing = await app.inject({
      method: 'GET',
      url: `/api/roster-imports/${randomUUID()}`,
      headers: admin,
    });
    expect(missing.statusCode).toBe(404);
    const badId = await app.inject({
      method: 'GET',
      url: '/api/roster-imports/bukan-uuid',
      headers: admin,
    });
    expect(badId.statusCode).toBe(400);
  });

  it('marks an import left unfinished by a server that stopped as failed', async () => {
    const { app, ctx, setNow } = t();
    const startedAt = new Date('2026-03-02T06:00:00.000Z');
    const id = await createRosterImport(ctx.db, {
      createdBy: adminId,
      fileName: 'lama.csv',
      periodId: null,
      now: startedAt,
    });
    setNow('2026-03-02T07:00:00.000Z');
    await failAbandonedRosterImports(ctx);
    const result = await finished(app, admin, id);
    expect(result).toMatchObject({
      status: 'failed',
      errorCount: 1,
      errors: [{ line: null, message: expect.stringMatching(/server dimulai ulang/) }],
    });
  });
});
