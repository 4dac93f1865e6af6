import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app.js';
import { importRosterFile } from './import-roster.js';
import {
  csvText,
  PTK_HEADER,
  ptkRow,
  rosterCounts,
  SAMPLE,
  SAMPLES,
  SCHOOL_HEADER,
  schoolRow,
  writeTemp,
} from './roster-test-support.js';

const NOTHING = {
  schoolsCreated: 0,
  schoolsUpdated: 0,
  peopleCreated: 0,
  peopleUpdated: 0,
  principalsSet: 0,
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kinerja-roster-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('importRosterFile — the samples', () => {
  const t = useTestApp();

  it('imports schools (creating provinces and kabupaten) then PTK with their principals', async () => {
    const { ctx } = t();
    const schools = await importRosterFile(ctx, { filePath: SAMPLES.schools, actorId: null });
    expect(schools).toMatchObject({
      ok: true,
      kind: 'schools',
      rowsTotal: 3,
      summary: { ...NOTHING, schoolsCreated: 3 },
    });
    const regions = await ctx.db
      .selectFrom('regencies')
      .select(['code', 'provinceCode', 'name'])
      .orderBy('code')
      .execute();
    expect(regions).toEqual([
      { code: '3273', provinceCode: '32', name: 'Kota Bandung' },
      { code: '3374', provinceCode: '33', name: 'Kota Semarang' },
    ]);
    const smp = await ctx.db
      .selectFrom('schools')
      .selectAll()
      .where('npsn', '=', SAMPLE.smpNpsn)
      .executeTakeFirstOrThrow();
    expect(smp).toMatchObject({
      jenjang: 'SMP',
      status: 'swasta',
      provinceCode: '33',
      regencyCode: '3374',
    });

    const ptk = await importRosterFile(ctx, { filePath: SAMPLES.ptk, actorId: null });
    expect(ptk).toMatchObject({
      ok: true,
      kind: 'ptk',
      periodId: '2026',
      rowsTotal: 10,
      summary: { ...NOTHING, peopleCreated: 10, principalsSet: 3 },
    });
    const heads = await ctx.db
      .selectFrom('schoolPrincipals as sp')
      .innerJoin('schools as s', 's.id', 'sp.schoolId')
      .innerJoin('people as p', 'p.id', 'sp.personId')
      .select(['s.npsn', 'p.name', 'sp.kind', 'sp.periodId'])
      .orderBy('s.npsn')
      .execute();
    expect(heads).toEqual([
      {
        npsn: '20219901',
        name: 'Drs. Bambang Sutrisno, M.Pd.',
        kind: 'definitive',
        periodId: '2026',
      },
      { npsn: '20219902', name: 'Endang Suryani, S.Pd.SD', kind: 'acting', periodId: '2026' },
      {
        npsn: '69912345',
        name: 'Yohanes Kristanto, S.Pd., M.M.',
        kind: 'definitive',
        periodId: '2026',
      },
    ]);
    const ratna = await ctx.db
      .selectFrom('people')
      .selectAll()
      .where('nip', '=', SAMPLE.ratna.nip)
      .executeTakeFirstOrThrow();
    expect(ratna).toMatchObject({
      nuptk: SAMPLE.ratna.nuptk,
      email: 'ratna.sari@guru.sma.belajar.id',
      employmentStatus: 'pns',
      golonganRuang: 'III/c',
      jenjangJabatan: 'ahli_muda',
      jenisPtk: 'Guru Mapel',
      passwordHash: null,
    });
    const lina = await ctx.db
      .selectFrom('people')
      .selectAll()
      .where('nuptk', '=', '3450770671230042')
      .executeTakeFirstOrThrow();
    expect(lina).toMatchObject({
      nip: null,
      employmentStatus: 'pppk',
      golonganRuang: null,
      jenjangJabatan: 'ahli_pertama',
    });
    const staff = await ctx.db
      .selectFrom('schoolStaff')
      .select(['provinceCode', 'isPrimary'])
      .execute();
    expect(staff).toHaveLength(10);
    expect(staff.filter((s) => s.provinceCode === '33')).toHaveLength(2);
    expect(staff.every((s) => s.isPrimary)).toBe(true);
  });

  it('writes one audit row per import with the file name, its sha256 and the summary', async () => {
    const { ctx } = t();
    const audit = await ctx.db
      .selectFrom('auditLog')
      .selectAll()
      .where('action', '=', 'roster.import')
      .orderBy('id')
      .execute();
    expect(audit).toHaveLength(2);
    expect(audit[1]?.after).toMatchObject({
      fileName: 'ptk.csv',
      kind: 'ptk',
      rowsTotal: 10,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      summary: { peopleCreated: 10 },
    });
  });

  it('changes nothing when the same files are imported again, as CSV or as XLSX', async () => {
    const { ctx } = t();
    const before = await rosterCounts(ctx.db);
    const versions = await ctx.db
      .selectFrom('people')
      .select(['id', 'version', 'updatedAt'])
      .orderBy('id')
      .execute();
    for (const filePath of [SAMPLES.schools, SAMPLES.ptk, SAMPLES.ptkXlsx]) {
      const again = await importRosterFile(ctx, { filePath, actorId: null });
      expect(again).toMatchObject({ ok: true, summary: NOTHING });
    }
    const after = await rosterCounts(ctx.db);
    expect(after).toEqual({ ...before, auditLog: before.auditLog! + 3 });
    expect(
      await ctx.db
        .selectFrom('people')
        .select(['id', 'version', 'updatedAt'])
        .orderBy('id')
        .execute(),
    ).toEqual(versions);
  });

  it('sets principals for the period it is given instead of the current one', async () => {
    const { ctx } = t();
    const result = await importRosterFile(ctx, {
      filePath: SAMPLES.ptk,
      actorId: null,
      periodId: '2025',
    });
    expect(result).toMatchObject({
      ok: true,
      periodId: '2025',
      summary: { ...NOTHING, principalsSet: 3 },
    });
    const count = await ctx.db
      .selectFrom('schoolPrincipals')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('periodId', '=', '2025')
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(3);
  });

  it('updates changed people and schools, moves a principal, and keeps the email a blank cell leaves out', async () => {
    const { ctx, setNow } = t();
    setNow('2026-03-05T03:00:00.000Z');
    const ptk = csvText([
      PTK_HEADER,
      ptkRow({
        npsn: SAMPLE.sdNpsn,
        nama: 'Siti Aminah, S.Pd.',
        nuptk: '8536775676230082',
        status_kepegawaian: 'NON ASN',
        jenis_ptk: 'Guru Kelas',
        kepala_sekolah: 'plt',
      }),
      ptkRow({
        npsn: SAMPLE.sdNpsn,
        nama: 'Endang Suryani, S.Pd.SD',
        nuptk: '2550757659300062',
        status_kepegawaian: 'PNS',
        nip: '197912182005012008',
        pangkat_golongan: 'IV/a',
        jenjang_jabatan: 'Ahli Madya',
        jenis_ptk: 'Guru Kelas',
      }),
    ]);
    const result = await importRosterFile(ctx, {
      filePath: await writeTemp(dir, 'ubah.csv', ptk),
      actorId: null,
    });
    expect(result).toMatchObject({
      ok: true,
      summary: { ...NOTHING, peopleUpdated: 2, principalsSet: 1 },
    });
    const siti = await ctx.db
      .selectFrom('people')
      .selectAll()
      .where('nuptk', '=', '8536775676230082')
      .executeTakeFirstOrThrow();
    expect(siti).toMatchObject({
      name: 'Siti Aminah, S.Pd.',
      version: 2,
      email: 'siti.aminah@guru.sd.belajar.id',
    });
    const endang = await ctx.db
      .selectFrom('people')
      .selectAll()
      .where('nuptk', '=', '2550757659300062')
      .executeTakeFirstOrThrow();
    expect(endang).toMatchObject({
      golonganRuang: 'IV/a',
      jenjangJabatan: 'ahli_madya',
      nip: '197912182005012008',
    });
    const head = await ctx.db
      .selectFrom('schoolPrincipals')
      .selectAll()
      .where('personId', '=', siti.id)
      .executeTakeFirstOrThrow();
    expect(head).toMatchObject({ kind: 'acting', periodId: '2026' });

    const renamed = csvText([
      SCHOOL_HEADER,
      schoolRow({ npsn: SAMPLE.sdNpsn, nama_sekolah: 'SD Negeri 1 Sukajadi', jenjang: 'SD' }),
    ]);
    const schools = await importRosterFile(ctx, {
      filePath: await writeTemp(dir, 'ubah-sekolah.csv', renamed),
      actorId: null,
    });
    expect(schools).toMatchObject({ ok: true, summary: { ...NOTHING, schoolsUpdated: 1 } });
  });

  it('links a person who already had only a NUPTK when the file now gives their NIP too', async () => {
    const { ctx } = t();
    const lina = ptkRow({
      nama: 'Lina Marlina, S.Kom.',
      nip: '199001012023212001',
      nuptk: '3450770671230042',
      status_kepegawaian: 'PPPK',
      jenjang_jabatan: 'Ahli Pertama',
      jenis_ptk: 'Guru TIK',
    });
    const before = await rosterCounts(ctx.db);
    const result = await importRosterFile(ctx, {
      filePath: await writeTemp(dir, 'ni-pppk.csv', csvText([PTK_HEADER, lina])),
      actorId: null,
    });
    expect(result).toMatchObject({ ok: true, summary: { ...NOTHING, peopleUpdated: 1 } });
    expect((await rosterCounts(ctx.db)).people).toBe(before.people);
    const stored = await ctx.db
      .selectFrom('people')
      .select('nip')
      .where('nuptk', '=', '3450770671230042')
      .executeTakeFirstOrThrow();
    expect(stored.nip).toBe('199001012023212001');
  });
});
