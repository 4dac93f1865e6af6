import { readFileSync } from 'node:fs';
import type {
  AreaDashboardResponse,
  SchoolDashboardResponse,
  StageCounts,
} from '@kinerja/contract';
import { TEACHING_JENIS_PTK } from '@kinerja/domain';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { migrationsDir } from '../../db/migrate.js';
import { useTestApp } from '../../test/test-app.js';
import { clientFor, makeAdmin, type Client } from '../plans/plan-test-support.js';
import { makeDashboardRegion } from './dashboard-test-support.js';
import { dashboardHeaders } from './dashboard-xlsx.js';

type Region = Awaited<ReturnType<typeof makeDashboardRegion>>;

/** Counts in the order of the export's columns, for short expectations. */
function counts(
  teachers: number,
  plans: [notStarted: number, draft: number, submitted: number, returned: number, approved: number],
  executionCompleted: number,
  assessed: [notStarted: number, draft: number, final: number],
  predikat: [sangatBaik: number, baik: number, butuh: number, kurang: number, sangatKurang: number],
  completionPercent: number,
): StageCounts {
  return {
    teachers,
    planning: {
      not_started: plans[0],
      draft: plans[1],
      submitted: plans[2],
      returned: plans[3],
      approved: plans[4],
    },
    executionCompleted,
    assessment: { not_started: assessed[0], draft: assessed[1], final: assessed[2] },
    predikat: {
      sangat_baik: predikat[0],
      baik: predikat[1],
      butuh_perbaikan: predikat[2],
      kurang: predikat[3],
      sangat_kurang: predikat[4],
    },
    completionPercent,
  };
}

const A_SATU = counts(6, [2, 1, 1, 0, 2], 1, [4, 1, 1], [0, 1, 0, 0, 0], 16.7);
const A_DUA = counts(4, [0, 0, 0, 1, 3], 2, [2, 0, 2], [1, 0, 0, 1, 0], 50);
const EMPTY = counts(0, [0, 0, 0, 0, 0], 0, [0, 0, 0], [0, 0, 0, 0, 0], 0);
const DINAS_A = counts(10, [2, 1, 1, 1, 5], 3, [6, 1, 3], [1, 1, 0, 1, 0], 30);
const B_SATU = counts(2, [1, 0, 0, 0, 1], 1, [1, 0, 1], [0, 0, 1, 0, 0], 50);
// Province 33 in 2026: Guru 13 (final) and Guru 14, whose only plan is in 2024-S2.
const PROVINCE_33 = counts(2, [1, 0, 0, 0, 1], 1, [1, 0, 1], [0, 0, 0, 0, 1], 50);

function json<T>(response: { statusCode: number; body: string }): T {
  if (response.statusCode !== 200)
    throw new Error(`expected 200, got ${response.statusCode}: ${response.body}`);
  return JSON.parse(response.body) as T;
}

describe('dashboards: teachers through the stages (domain.md §3.10)', () => {
  const t = useTestApp();
  let region: Region;
  let admin: Client;

  beforeAll(async () => {
    const { app, ctx } = t();
    region = await makeDashboardRegion(ctx.db);
    admin = await clientFor(app, (await makeAdmin(ctx.db)).email);
  });

  it('lists every teacher of a school with their stage, in name order, and the totals', async () => {
    const page = json<SchoolDashboardResponse>(
      await admin.get(`/api/schools/${region.schools.a1.id}/dashboard`),
    );
    expect(page.period.id).toBe('2026');
    expect(page.document.code).toBe('tahunan');
    expect(page.school).toEqual({
      id: region.schools.a1.id,
      name: 'SMP A Satu',
      npsn: region.schools.a1.npsn,
    });
    const short = page.rows.map((row) => [
      row.employee.name,
      row.planStatus,
      row.executionCompleted,
      row.assessmentState,
      row.predikat?.code ?? null,
    ]);
    expect(short).toEqual([
      ['Guru 01 Belum Mulai', 'not_started', false, 'not_started', null],
      ['Guru 02 Draf', 'draft', false, 'not_started', null],
      ['Guru 03 Diajukan', 'submitted', false, 'not_started', null],
      ['Guru 04 Ditetapkan', 'approved', true, 'final', 'baik'],
      ['Guru 05 Dinilai', 'approved', false, 'draft', null],
      ['Guru 06 Periode Lain', 'not_started', false, 'not_started', null],
    ]);
    const finalRow = page.rows[3]!;
    expect(finalRow.planId).not.toBeNull();
    expect(finalRow.planStatusLabel).toBe('Disetujui');
    expect(finalRow.predikat).toEqual({ code: 'baik', label: 'Baik' });
    expect(page.rows[0]!.planStatusLabel).toBe('Belum mulai');
    expect(page.totals).toEqual(A_SATU);
  });

  it('sends each teacher’s employment status, so a PPPK is not listed as "Tanpa NIP"', async () => {
    const { ctx } = t();
    const url = `/api/schools/${region.schools.a1.id}/dashboard`;
    const before = json<SchoolDashboardResponse>(await admin.get(url)).rows;
    const pppk = before.find((row) => row.employee.name === 'Guru 02 Draf')!.employee.id;
    await ctx.db
      .updateTable('people')
      .set({ employmentStatus: 'pppk' })
      .where('id', '=', pppk)
      .execute();
    try {
      const rows = json<SchoolDashboardResponse>(await admin.get(url)).rows;
      expect(rows.map((row) => row.employee.employmentStatus)).toEqual([
        'pns',
        'pppk',
        'pns',
        'pns',
        'pns',
        'pns',
      ]);
    } finally {
      await ctx.db
        .updateTable('people')
        .set({ employmentStatus: 'pns' })
        .where('id', '=', pppk)
        .execute();
    }
  });

  it('counts a version-0 draft as not started', async () => {
    const page = json<SchoolDashboardResponse>(
      await admin.get(`/api/schools/${region.schools.a2.id}/dashboard`),
    );
    const unsaved = page.rows.find((row) => row.employee.name === 'Guru 10 Belum Disimpan');
    expect(unsaved?.assessmentState).toBe('not_started');
    expect(page.totals).toEqual(A_DUA);
  });

  it("counts a Dinas office's schools, empty ones included, and sums them", async () => {
    const page = json<AreaDashboardResponse>(
      await admin.get(`/api/dinas/${region.dinasA.id}/dashboard`),
    );
    expect(page.area).toEqual({ kind: 'dinas', code: region.dinasA.id, name: region.dinasA.name });
    expect(page.document).toEqual({ code: 'tahunan', label: expect.any(String) });
    expect(page.rows.map((row) => [row.kind, row.name, row.npsn, row.code])).toEqual([
      ['school', 'SMP A Dua', region.schools.a2.npsn, region.schools.a2.id],
      ['school', 'SMP A Kosong', region.schools.a0.npsn, region.schools.a0.id],
      ['school', 'SMP A Satu', region.schools.a1.npsn, region.schools.a1.id],
    ]);
    expect(page.rows.map((row) => row.counts)).toEqual([A_DUA, EMPTY, A_SATU]);
    expect(page.totals).toEqual(DINAS_A);
  });

  it('counts a province per kabupaten/kota and the nation per province', async () => {
    const province = json<AreaDashboardResponse>(await admin.get('/api/dashboards/provinces/32'));
    expect(province.area).toEqual({ kind: 'province', code: '32', name: 'Provinsi 32' });
    expect(province.rows.map((row) => [row.kind, row.code, row.npsn])).toEqual([
      ['regency', '3204', null],
      ['regency', '3273', null],
    ]);
    expect(province.rows.map((row) => row.counts)).toEqual([DINAS_A, B_SATU]);
    expect(province.totals).toEqual(
      counts(12, [3, 1, 1, 1, 6], 4, [7, 1, 4], [1, 1, 1, 1, 0], 33.3),
    );

    const nation = json<AreaDashboardResponse>(await admin.get('/api/dashboards/provinces'));
    expect(nation.area).toEqual({ kind: 'nation', code: 'ID', name: 'Indonesia' });
    expect(nation.rows.map((row) => [row.kind, row.code, row.name])).toEqual([
      ['province', '32', 'Provinsi 32'],
      ['province', '33', 'Provinsi 33'],
    ]);
    expect(nation.rows[0]!.counts).toEqual(province.totals);
    expect(nation.rows[1]!.counts).toEqual(PROVINCE_33);
    expect(nation.totals.teachers).toBe(14);
    expect(nation.totals.assessment.final).toBe(5);
  });

  it("chooses the period's last document by default and another on request", async () => {
    const school = region.schools.c1.id;
    const akhir = json<SchoolDashboardResponse>(
      await admin.get(`/api/schools/${school}/dashboard?periodId=2024-S2`),
    );
    expect(akhir.document.code).toBe('akhir');
    expect(akhir.totals.predikat).toMatchObject({ kurang: 1, sangat_baik: 0, sangat_kurang: 0 });
    const semester = json<SchoolDashboardResponse>(
      await admin.get(`/api/schools/${school}/dashboard?periodId=2024-S2&document=semester_2`),
    );
    expect(semester.document.code).toBe('semester_2');
    expect(semester.totals.predikat).toMatchObject({ kurang: 0, sangat_baik: 1 });
    expect(semester.rows.map((row) => [row.employee.name, row.planStatus])).toEqual([
      ['Guru 13 Provinsi Lain', 'not_started'],
      ['Guru 14 Tahun 2024', 'approved'],
    ]);
    const nation = json<AreaDashboardResponse>(
      await admin.get('/api/dashboards/provinces?periodId=2024-S2'),
    );
    expect(nation.document.code).toBe('akhir');
    expect(nation.totals.predikat.kurang).toBe(1);
    const s1 = json<SchoolDashboardResponse>(
      await admin.get(`/api/schools/${school}/dashboard?periodId=2024-S1`),
    );
    expect(s1.document.code).toBe('semester_1');
    expect(s1.totals.planning.not_started).toBe(2);
  });

  it('refuses a document the period does not produce, naming the field', async () => {
    const response = await admin.get(`/api/dinas/${region.dinasA.id}/dashboard?document=akhir`);
    expect(response.statusCode).toBe(400);
    const body = JSON.parse(response.body) as { error: { fields: Array<{ field: string }> } };
    expect(body.error.fields[0]!.field).toBe('document');
    const unknown = await admin.get('/api/dashboards/provinces?periodId=1999');
    expect(unknown.statusCode).toBe(400);
  });

  it('exports a Dinas dashboard as one XLSX sheet with numbers as numbers', async () => {
    const response = await admin.get(`/api/dinas/${region.dinasA.id}/dashboard.xlsx`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['cache-control']).toBe('private, no-store');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="dasbor-kinerja-2026-tahunan-[a-z0-9-]+\.xlsx"$/,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets).toHaveLength(1);
    const sheet = workbook.worksheets[0]!;
    const title = sheet.getRow(1).getCell(1).text;
    expect(title).toContain(region.dinasA.name);
    expect(title).toContain('2026');
    const values = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
    expect(values(2)).toEqual(dashboardHeaders('dinas'));
    expect(values(2)).toEqual([
      'Sekolah',
      'NPSN',
      'Jumlah Guru',
      'Belum Mulai',
      'Draf',
      'Perlu Disetujui',
      'Dikembalikan',
      'Disetujui',
      'Pelaksanaan Selesai',
      'Penilaian Ditetapkan',
      'Sangat Baik',
      'Baik',
      'Butuh Perbaikan',
      'Kurang',
      'Sangat Kurang',
      'Persentase Selesai',
    ]);
    expect(values(5)).toEqual([
      'SMP A Satu',
      region.schools.a1.npsn,
      6,
      2,
      1,
      1,
      0,
      2,
      1,
      1,
      0,
      1,
      0,
      0,
      0,
      16.7,
    ]);
    expect(values(6)).toEqual(['Jumlah', '', 10, 2, 1, 1, 1, 5, 3, 3, 1, 1, 0, 1, 0, 30]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  });

  it('exports the province and the nation with their area column', async () => {
    const province = await admin.get('/api/dashboards/provinces/32.xlsx');
    expect(province.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(province.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(2).getCell(1).value).toBe('Kabupaten/Kota');
    // A kabupaten/kota has no NPSN: its column is its Kode Wilayah, never left empty (issue #11 item 7).
    expect(sheet.getRow(2).getCell(2).value).toBe('Kode Kabupaten/Kota');
    expect((sheet.getRow(4).values as unknown[]).slice(1, 6)).toEqual([
      'Kabupaten 3273',
      '3273',
      2,
      1,
      0,
    ]);
    const nation = await admin.get('/api/dashboards/provinces.xlsx');
    expect(nation.statusCode).toBe(200);
    expect(nation.headers['content-disposition']).toContain('indonesia');
    const national = new ExcelJS.Workbook();
    await national.xlsx.load(nation.rawPayload as unknown as ArrayBuffer);
    const nationSheet = national.worksheets[0]!;
    expect(nationSheet.getRow(2).getCell(2).value).toBe('Kode Provinsi');
    expect(nationSheet.getRow(3).getCell(2).text).toMatch(/^\d{2}$/);
  });

  it('keeps the partial index of teachers in step with TEACHING_JENIS_PTK', () => {
    const migration = readFileSync(`${migrationsDir()}/0010_dashboards.sql`, 'utf8');
    const list = /create index people_teachers[\s\S]*?in \(([^)]*)\)/.exec(migration)?.[1] ?? '';
    const inIndex = [...list.matchAll(/'([^']*)'/g)].map((match) => match[1]);
    expect(inIndex).toEqual(TEACHING_JENIS_PTK.map((value) => value.toUpperCase()));
  });
});
