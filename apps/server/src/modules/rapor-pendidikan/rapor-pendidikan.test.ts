import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { PracticeOptionsResponse, RaporImportResponse } from '@kinerja/contract';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { makeSchool, signIn } from '../../test/factories.js';
import { useTestApp } from '../../test/test-app.js';
import { clientFor, makeAdmin, makePlanningSchool, planOf } from '../plans/plan-test-support.js';

const SAMPLE = fileURLToPath(
  new URL('../../../../../samples/rapor-pendidikan.csv', import.meta.url),
);

async function upload(app: FastifyInstance, headers: Record<string, string> | null, csv: string) {
  return app.inject({
    method: 'POST',
    url: '/api/rapor-pendidikan/imports',
    headers: { ...(headers ?? {}), 'content-type': 'text/csv' },
    payload: csv,
  });
}

type ErrorBody = {
  error: { code: string; message: string; fields: Array<{ field: string; message: string }> };
};

describe('POST /api/rapor-pendidikan/imports', () => {
  const t = useTestApp({ now: '2024-01-10T03:00:00.000Z' });

  it('imports a good file and the plan shows those sub-indicators first, weakest first, with their values', async () => {
    const { app, ctx } = t();
    const { school, teacher } = await makePlanningSchool(ctx.db, { periodId: '2024-S1' });
    const admin = await signIn(app, (await makeAdmin(ctx.db)).email!);
    const csv = [
      'nama_sekolah;npsn;kode_subindikator;nilai',
      `SMA Uji;${school.npsn};umpan_balik_konstruktif;48,5`,
      `SMA Uji;${school.npsn};penerapan_disiplin_positif;42`,
      `SMA Uji;${school.npsn};presentasi_visi_misi;51`,
    ].join('\r\n');
    const response = await upload(app, admin, csv);
    expect(response.statusCode).toBe(201);
    expect(response.json<RaporImportResponse>()).toMatchObject({ rows: 3, schools: 1 });

    const guru = await clientFor(app, teacher.email);
    const plan = planOf(await guru.post('/api/plans', { periodId: '2024-S1' }), 201);
    const options = (
      await guru.get(`/api/plans/${plan.id}/practice-options`)
    ).json<PracticeOptionsResponse>();
    expect(options.hasRaporData).toBe(true);
    expect(options.recommended.map((o) => [o.code, o.raporScore])).toEqual([
      ['penerapan_disiplin_positif', 42],
      ['umpan_balik_konstruktif', 48.5],
    ]);
    expect(options.recommended[0]!.targets).toHaveLength(3);
    expect(options.recommended[1]).toMatchObject({ isTargetsGap: true, targets: [] });
    expect(options.others.map((o) => o.code)).not.toContain('penerapan_disiplin_positif');
    expect(options.others).toHaveLength(6);

    // A new file for the school replaces its values; the audit keeps each import.
    expect(
      (
        await upload(
          app,
          admin,
          `npsn,kode_subindikator,nilai\n${school.npsn},aktivasi_interaktif,30\n`,
        )
      ).statusCode,
    ).toBe(201);
    const replaced = (
      await guru.get(`/api/plans/${plan.id}/practice-options`)
    ).json<PracticeOptionsResponse>();
    expect(replaced.recommended.map((o) => o.code)).toEqual(['aktivasi_interaktif']);
    const audits = await ctx.db
      .selectFrom('auditLog')
      .select('id')
      .where('action', '=', 'rapor_pendidikan.import')
      .execute();
    expect(audits).toHaveLength(2);
  });

  it('imports the committed sample once the demo schools exist', async () => {
    const { app, ctx } = t();
    for (const npsn of ['20200001', '20200002', '20200003']) {
      await ctx.db.deleteFrom('schools').where('npsn', '=', npsn).execute();
      const school = await makeSchool(ctx.db);
      await ctx.db.updateTable('schools').set({ npsn }).where('id', '=', school.id).execute();
    }
    const admin = await signIn(app, (await makeAdmin(ctx.db)).email!);
    const response = await upload(app, admin, await readFile(SAMPLE, 'utf8'));
    expect(response.statusCode).toBe(201);
    expect(response.json<RaporImportResponse>()).toMatchObject({ rows: 6, schools: 3 });
  });

  it('checks the whole file first: line-numbered Indonesian errors, nothing written', async () => {
    const { app, ctx } = t();
    const school = await makeSchool(ctx.db);
    const admin = await signIn(app, (await makeAdmin(ctx.db)).email!);
    const before = await ctx.db.selectFrom('raporPendidikanScores').select('schoolId').execute();
    const csv = [
      'npsn,kode_subindikator,nilai',
      `${school.npsn},penerapan_disiplin_positif,40`,
      '2020001,penerapan_disiplin_positif,40',
      `${school.npsn},disiplin,40`,
      `${school.npsn},aktivasi_interaktif,tinggi`,
      `${school.npsn},penerapan_disiplin_positif,41`,
      '99999999,instruksi_pembelajaran,101',
      '99999998,instruksi_pembelajaran,50',
    ].join('\n');
    const response = await upload(app, admin, csv);
    expect(response.statusCode).toBe(400);
    const body = response.json<ErrorBody>();
    expect(body.error.code).toBe('RAPOR_IMPORT_INVALID');
    expect(body.error.message).toContain('6 kesalahan');
    expect(body.error.fields.map((f) => [f.field, f.message.slice(0, 8)])).toEqual([
      ['npsn', 'Baris 3:'],
      ['kode_subindikator', 'Baris 4:'],
      ['nilai', 'Baris 5:'],
      ['kode_subindikator', 'Baris 6:'],
      ['nilai', 'Baris 7:'],
      ['npsn', 'Baris 8:'],
    ]);
    expect(body.error.fields[3]!.message).toContain('sudah ada di baris 2');
    expect(body.error.fields[5]!.message).toContain('tidak terdaftar');
    expect(await ctx.db.selectFrom('raporPendidikanScores').select('schoolId').execute()).toEqual(
      before,
    );

    const header = await upload(
      app,
      admin,
      `npsn,kode,nilai\n${school.npsn},aktivasi_interaktif,3`,
    );
    expect(header.json<ErrorBody>().error.fields[0]).toMatchObject({ field: 'kode_subindikator' });
    expect(header.json<ErrorBody>().error.fields[0]!.message).toMatch(
      /^Baris 1: kolom "kode_subindikator" tidak ada/,
    );
    expect((await upload(app, admin, 'npsn,kode_subindikator,nilai\n')).statusCode).toBe(400);
    expect((await upload(app, admin, '   ')).statusCode).toBe(400);
    const json = await app.inject({
      method: 'POST',
      url: '/api/rapor-pendidikan/imports',
      headers: admin,
      payload: { npsn: school.npsn },
    });
    expect(json.statusCode).toBe(400);
  });

  it('answers 401 without a session and 403 to anyone but an administrator', async () => {
    const { app, ctx } = t();
    const { teacher, principal } = await makePlanningSchool(ctx.db, { periodId: '2024-S1' });
    const csv = 'npsn,kode_subindikator,nilai\n20200001,aktivasi_interaktif,30\n';
    expect((await upload(app, null, csv)).statusCode).toBe(401);
    expect((await upload(app, await signIn(app, teacher.email!), csv)).statusCode).toBe(403);
    expect((await upload(app, await signIn(app, principal!.email!), csv)).statusCode).toBe(403);
  });
});
