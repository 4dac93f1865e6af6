import type { EKinerjaExport, EKinerjaOutboxResponse } from '@kinerja/contract';
import { eKinerjaExportSchema } from '@kinerja/contract';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { grantRole, makePerson, makeSchool } from '../../test/factories.js';
import { useTestApp } from '../../test/test-app.js';
import {
  approvedPlan,
  assessAndSet,
  prepareCatalogues,
  WINDOWS,
} from '../assessments/assessment-test-support.js';
import {
  client,
  clientFor,
  makeAdmin,
  makeDinasOfficial,
  makePlanningSchool,
  type Client,
} from '../plans/plan-test-support.js';
import { CSV_COLUMNS, csvCell } from './export-format.js';

describe('e-Kinerja export and sync log (domain.md §6.4, docs/E-KINERJA.md)', () => {
  const t = useTestApp();
  let schoolId: string;
  let dinasId: string;
  let names: { a: string; b: string; nipA: string };
  let kepsek: Client;
  let pejabat: Client;
  let admin: Client;
  let operator: Client;
  let otherOperator: Client;
  let guru: Client;

  beforeAll(async () => {
    const test = t();
    const { app, ctx, setNow } = test;
    setNow(WINDOWS['2026'].planning);
    await prepareCatalogues(test, ['2026']);
    const school = await makePlanningSchool(ctx.db, { periodId: '2026', teachers: 3 });
    schoolId = school.school.id;
    dinasId = school.dinas.id;
    const [a, b, c] = school.teachers as [
      (typeof school.teachers)[0],
      (typeof school.teachers)[0],
      (typeof school.teachers)[0],
    ];
    // A name a spreadsheet would run as a formula, and one with a comma and a quote.
    await ctx.db
      .updateTable('people')
      .set({ name: '=HYPERLINK("x")' })
      .where('id', '=', b.id)
      .execute();
    await ctx.db
      .updateTable('people')
      .set({ name: 'Siti, "Bu Guru"' })
      .where('id', '=', a.id)
      .execute();
    names = { a: 'Siti, "Bu Guru"', b: '=HYPERLINK("x")', nipA: a.nip! };
    const planA = await approvedPlan(test, {
      periodId: '2026',
      employee: await clientFor(app, a.email),
      approver: await clientFor(app, school.principal!.email),
    });
    await approvedPlan(test, {
      periodId: '2026',
      employee: await clientFor(app, b.email),
      approver: await clientFor(app, school.principal!.email),
    });
    // Teacher C only starts a plan: not agreed, not exported.
    await (await clientFor(app, c.email)).post('/api/plans', { periodId: '2026' });
    setNow(WINDOWS['2026'].assessment);
    kepsek = await clientFor(app, school.principal!.email);
    await assessAndSet(kepsek, planA, {
      result: 'above_expectations',
      behaviour: 'meets_expectations',
    });
    pejabat = await clientFor(app, (await makeDinasOfficial(ctx.db, dinasId)).email);
    admin = await clientFor(app, (await makeAdmin(ctx.db)).email);
    const op = await makePerson(ctx.db, { jenisPtk: 'Operator' });
    await grantRole(ctx.db, { personId: op.id, role: 'school_operator', schoolId });
    operator = await clientFor(app, op.email);
    const other = await makeSchool(ctx.db, { dinasId });
    const op2 = await makePerson(ctx.db, { jenisPtk: 'Operator' });
    await grantRole(ctx.db, { personId: op2.id, role: 'school_operator', schoolId: other.id });
    otherOperator = await clientFor(app, op2.email);
    guru = await clientFor(app, c.email);
  });

  it('exports the agreed SKP and final predikat of a school as documented JSON', async () => {
    const response = await kepsek.get(`/api/schools/${schoolId}/e-kinerja/export?periodId=2026`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/json');
    expect(response.headers['content-disposition']).toMatch(/e-kinerja-2026-.*\.json/);
    const doc = eKinerjaExportSchema.parse(JSON.parse(response.body));
    expect(doc).toMatchObject({
      format: 'kinerja.e-kinerja.v1',
      cakupan: { jenis: 'sekolah', id: schoolId },
      periode: { id: '2026', mulai: '2026-01-01', selesai: '2026-12-31' },
    });
    expect(doc.records).toHaveLength(2);
    const recordA = doc.records.find((record) => record.pegawai.nama === names.a)!;
    expect(recordA).toMatchObject({
      pegawai: {
        nip: names.nipA,
        statusKepegawaian: 'pns',
        jenisPegawai: 'guru',
        jabatan: 'Guru Ahli Pertama',
        golonganRuang: 'III/a',
      },
      skp: { status: 'disepakati', versi: 1, dasarPersetujuan: 'definitive_principal' },
      penilaian: [
        {
          dokumen: 'tahunan',
          ratingHasilKerja: 'Di Atas Ekspektasi',
          ratingPerilakuKerja: 'Sesuai Ekspektasi',
          predikat: 'baik',
          periodePenilaian: { mulai: '2026-01-01', selesai: '2026-12-31' },
          angkaKredit: 12.5,
          capaianKinerjaOrganisasi: null,
        },
      ],
    });
    expect(recordA.skp.rencanaHasilKerja.map((item) => item.jenis)).toEqual([
      'praktik_kinerja',
      'pengembangan_kompetensi',
      'tugas_pokok',
      'tugas_pokok',
      'tugas_tambahan',
    ]);
    expect(recordA.skp.perilakuKerja).toHaveLength(7);
    const recordB = doc.records.find((record) => record.pegawai.nama === names.b)!;
    expect(recordB.penilaian).toEqual([]);
  });

  it('exports CSV with one line per person and document, quoted and formula-safe', async () => {
    const response = await pejabat.get(`/api/dinas/${dinasId}/e-kinerja/export?format=csv`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    const text = response.body;
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(3);
    const lineA = lines.find((line) => line.includes('Bu Guru'))!;
    expect(lineA).toContain('"Siti, ""Bu Guru"""');
    expect(lineA).toContain(
      ',tahunan,2026-01-01,2026-12-31,Di Atas Ekspektasi,Sesuai Ekspektasi,baik,Baik,',
    );
    expect(lineA.endsWith(',12.5')).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(null)).toBe('');
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell(12.5)).toBe('12.5');

    const json = (
      await admin.get(`/api/dinas/${dinasId}/e-kinerja/export?periodId=2026`)
    ).json<EKinerjaExport>();
    expect(json.cakupan.jenis).toBe('wilayah');
    expect(json.records).toHaveLength(2);
  });

  it('guards the exports: 401, 400, 403 and 404 out of reach', async () => {
    const { app } = t();
    const anonymous = client(app, {});
    expect((await anonymous.get(`/api/schools/${schoolId}/e-kinerja/export`)).statusCode).toBe(401);
    expect((await anonymous.get(`/api/dinas/${dinasId}/e-kinerja/export`)).statusCode).toBe(401);
    expect(
      (await kepsek.get(`/api/schools/${schoolId}/e-kinerja/export?format=xml`)).statusCode,
    ).toBe(400);
    expect(
      (await kepsek.get(`/api/schools/${schoolId}/e-kinerja/export?periodId=1999`)).statusCode,
    ).toBe(400);
    expect((await kepsek.get('/api/schools/x/e-kinerja/export')).statusCode).toBe(400);
    expect((await guru.get(`/api/schools/${schoolId}/e-kinerja/export`)).statusCode).toBe(403);
    expect((await kepsek.get(`/api/dinas/${dinasId}/e-kinerja/export`)).statusCode).toBe(403);
    const other = await makePlanningSchool(t().ctx.db, { periodId: '2026' });
    const otherHead = await clientFor(app, other.principal!.email);
    expect((await otherHead.get(`/api/schools/${schoolId}/e-kinerja/export`)).statusCode).toBe(404);
    const farDinas = await makeDinasOfficial(t().ctx.db, other.dinas.id);
    await t()
      .ctx.db.insertInto('provinces')
      .values({ code: '31', name: 'DKI Jakarta' })
      .onConflict((oc) => oc.doNothing())
      .execute();
    await t()
      .ctx.db.updateTable('dinasOffices')
      .set({ level: 'provinsi', regencyCode: null, provinceCode: '31' })
      .where('id', '=', other.dinas.id)
      .execute();
    const far = await clientFor(app, farDinas.email);
    expect((await far.get(`/api/dinas/${dinasId}/e-kinerja/export`)).statusCode).toBe(404);
    expect((await far.get(`/api/schools/${schoolId}/e-kinerja/export`)).statusCode).toBe(404);
  });

  it('shows the sync log to the school operator, the Dinas and admins, each within reach', async () => {
    const { app } = t();
    const byAdmin = (await admin.get('/api/e-kinerja/outbox')).json<EKinerjaOutboxResponse>();
    expect(byAdmin).toMatchObject({
      isConfigured: false,
      counts: { pending: 7, retrying: 0, failed: 0, delivered: 0 },
      total: 7,
    });
    // Two SKP, one predikat and its four quarterly periodic assessments (domain.md §5.5).
    expect(byAdmin.rows.map((row) => row.topic).sort()).toEqual([
      'assessment.final',
      ...Array<string>(4).fill('assessment.periodic'),
      'plan.approved',
      'plan.approved',
    ]);
    expect(byAdmin.rows.every((row) => row.idempotencyKey.startsWith('kinerja:'))).toBe(true);
    expect(
      (await operator.get('/api/e-kinerja/outbox?status=pending')).json<EKinerjaOutboxResponse>()
        .total,
    ).toBe(7);
    expect((await pejabat.get('/api/e-kinerja/outbox')).json<EKinerjaOutboxResponse>().total).toBe(
      7,
    );
    const elsewhere = (
      await otherOperator.get('/api/e-kinerja/outbox')
    ).json<EKinerjaOutboxResponse>();
    expect(elsewhere).toMatchObject({ total: 0, rows: [] });
    const id = byAdmin.rows[0]!.id;
    expect((await otherOperator.get(`/api/e-kinerja/outbox/${id}`)).statusCode).toBe(404);
    expect((await otherOperator.post(`/api/e-kinerja/outbox/${id}/retry`)).statusCode).toBe(404);
    expect((await operator.get(`/api/e-kinerja/outbox/${id}`)).statusCode).toBe(200);
    expect((await guru.get('/api/e-kinerja/outbox')).statusCode).toBe(403);
    expect((await kepsek.get(`/api/e-kinerja/outbox/${id}`)).statusCode).toBe(403);
    expect((await guru.post(`/api/e-kinerja/outbox/${id}/retry`)).statusCode).toBe(403);
    const anonymous = client(app, {});
    expect((await anonymous.get('/api/e-kinerja/outbox')).statusCode).toBe(401);
    expect((await anonymous.get(`/api/e-kinerja/outbox/${id}`)).statusCode).toBe(401);
    expect((await anonymous.post(`/api/e-kinerja/outbox/${id}/retry`)).statusCode).toBe(401);
    expect((await admin.get('/api/e-kinerja/outbox?status=lost')).statusCode).toBe(400);
    expect((await admin.get('/api/e-kinerja/outbox/abc')).statusCode).toBe(400);
    expect((await admin.post('/api/e-kinerja/outbox/0/retry')).statusCode).toBe(400);
    expect((await admin.get('/api/e-kinerja/outbox/999999')).statusCode).toBe(404);
  });

  it('validates E_KINERJA_URL and E_KINERJA_TOKEN at start', () => {
    const base = { NODE_ENV: 'test' };
    expect(loadConfig(base).eKinerja).toBeUndefined();
    expect(
      loadConfig({
        ...base,
        E_KINERJA_URL: 'https://kinerja.example.go.id/api/',
        E_KINERJA_TOKEN: 'rahasia',
      }).eKinerja,
    ).toEqual({ url: 'https://kinerja.example.go.id/api', token: 'rahasia' });
    expect(() => loadConfig({ ...base, E_KINERJA_URL: 'ftp://x' })).toThrow(/E_KINERJA_URL/);
    expect(() => loadConfig({ ...base, E_KINERJA_TOKEN: 'rahasia' })).toThrow(/E_KINERJA_TOKEN/);
  });
});
