import type { AreaDashboardResponse } from '@kinerja/contract';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/database.js';
import { makeDinas, makeRegion } from '../../test/factories.js';
import { useTestApp } from '../../test/test-app.js';
import { ensurePeriods, forgetCachedPeriods } from '../periods/periods.repository.js';
import { seededPeriods } from '../periods/seeded-periods.js';
import { clientFor, makeAdmin, type Client } from '../plans/plan-test-support.js';
import { ROLLUP_COUNT_COLUMNS, refreshSchoolCounts } from './dashboard-rollup.js';
import { makeDashboardRegion } from './dashboard-test-support.js';
import { stageCountColumns, teacherStagesJoin } from './teacher-stages.js';

type Region = Awaited<ReturnType<typeof makeDashboardRegion>>;

function json<T>(response: { statusCode: number; body: string }): T {
  if (response.statusCode !== 200)
    throw new Error(`expected 200, got ${response.statusCode}: ${response.body}`);
  return JSON.parse(response.body) as T;
}

async function dirtySchools(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('dashboardDirtySchools').select('schoolId').execute();
  return rows.map((row) => row.schoolId).sort();
}

/** The rollup as rows "period|document|school|counts…", sorted, for whole-table comparison. */
async function rollupRows(db: Db): Promise<string[]> {
  const columns = sql.raw(ROLLUP_COUNT_COLUMNS.join(", '|', "));
  const result = await sql<{ line: string }>`
    select concat(period_id, '|', document, '|', school_id, '|', ${columns}) as line
      from dashboard_school_counts`.execute(db);
  return result.rows.map((row) => row.line).sort();
}

/** The same rows computed live, every school crossed with every key the rollup holds. */
async function liveRows(db: Db): Promise<string[]> {
  const columns = sql.raw(ROLLUP_COUNT_COLUMNS.map((c) => `coalesce(t.${c}, 0)`).join(", '|', "));
  const join = teacherStagesJoin({
    periodId: sql.ref('k.period_id'),
    document: sql.ref('k.document'),
  });
  const result = await sql<{ line: string }>`
    with k as (select distinct period_id, document from dashboard_school_counts),
    t as (select st.school_id, k.period_id, k.document, ${stageCountColumns}
            from school_staff st cross join k ${join}
           group by st.school_id, k.period_id, k.document)
    select concat(k.period_id, '|', k.document, '|', s.id, '|', ${columns}) as line
      from schools s cross join k
      left join t on t.school_id = s.id and t.period_id = k.period_id and t.document = k.document`.execute(
    db,
  );
  return result.rows.map((row) => row.line).sort();
}

describe('dashboards: the per-school rollup stays equal to the live counts (domain.md §3.10)', () => {
  const t = useTestApp();
  let region: Region;
  let admin: Client;
  let db: Db;

  beforeAll(async () => {
    const { app, ctx } = t();
    db = ctx.db;
    region = await makeDashboardRegion(ctx.db);
    admin = await clientFor(app, (await makeAdmin(ctx.db)).email);
  });

  const dinas = (id: string) => admin.get(`/api/dinas/${id}/dashboard`);
  const schoolRow = (page: AreaDashboardResponse, id: string) =>
    page.rows.find((row) => row.code === id);

  it("refreshes 'all-dirty' batch by batch until the dirty set is empty, equal to the live counts", async () => {
    const schools = Object.values(region.schools).map((school) => school.id);
    expect(await dirtySchools(db)).toEqual(expect.arrayContaining(schools));
    const batches: number[] = [];
    for (;;) {
      const refreshed = await refreshSchoolCounts(db, 'all-dirty', { batchSize: 2 });
      if (refreshed === 0) break;
      batches.push(refreshed);
    }
    expect(batches.slice(0, 2)).toEqual([2, 2]);
    expect(await dirtySchools(db)).toEqual([]);
    const rollup = await rollupRows(db);
    // 5 schools × (2024-S1: 1 + 2024-S2: 2 + 2025: 1 + 2026: 1 documents) at least.
    expect(rollup.length).toBeGreaterThanOrEqual(25);
    expect(rollup).toEqual(await liveRows(db));
    expect(rollup).toContainEqual(`2026|tahunan|${region.schools.a1.id}|6|1|1|0|2|1|1|1|0|1|0|0|0`);
  });

  it('marks every school when a period is added, not when the seeded periods are ensured again', async () => {
    await ensurePeriods(db, seededPeriods());
    expect(await dirtySchools(db)).toEqual([]);
    const current = await db
      .selectFrom('periods')
      .selectAll()
      .where('id', '=', '2026')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('periods')
      // Not yet open (issue 13: a period shows from its first window), so 2026 stays current.
      .values({
        ...current,
        id: '2099',
        label: 'Periode 2099',
        sortOrder: 2099,
        startsOn: '2099-01-01',
        prePlanningOpensOn: '2098-12-29',
        prePlanningClosesOn: '2099-01-07',
        endsOn: '2099-12-31',
        planningOpensOn: '2099-01-08',
        planningClosesOn: '2099-01-31',
        executionOpensOn: '2099-02-01',
        executionClosesOn: '2099-11-30',
        assessmentOpensOn: '2099-12-01',
        assessmentClosesOn: '2099-12-31',
      })
      .execute();
    await forgetCachedPeriods(db);
    expect(await dirtySchools(db)).toHaveLength(Object.keys(region.schools).length);
    const nation = json<AreaDashboardResponse>(
      await admin.get('/api/dashboards/provinces?periodId=2099'),
    );
    expect(nation.totals.teachers).toBe(14);
    expect(nation.totals.planning.not_started).toBe(14);
    expect(await dirtySchools(db)).toEqual([]);
  });

  it('marks the school of a changed plan dirty and shows the change in the next Dinas and province read', async () => {
    const a1 = region.schools.a1.id;
    await db
      .updateTable('plans')
      .set({ status: 'approved' })
      .where('employeeId', '=', region.teachers.submitted.id)
      .execute();
    expect(await dirtySchools(db)).toEqual([a1]);
    const page = json<AreaDashboardResponse>(await dinas(region.dinasA.id));
    expect(schoolRow(page, a1)?.counts.planning).toMatchObject({ submitted: 0, approved: 3 });
    expect(await dirtySchools(db)).toEqual([]);

    // A change not counted by the dashboards (a plan's draft content) marks nothing.
    await db
      .updateTable('plans')
      .set({ draft: '{"x":1}' })
      .where('employeeId', '=', region.teachers.draft.id)
      .execute();
    expect(await dirtySchools(db)).toEqual([]);

    await db
      .updateTable('plans')
      .set({ status: 'returned' })
      .where('employeeId', '=', region.teachers.draft.id)
      .execute();
    const province = json<AreaDashboardResponse>(await admin.get('/api/dashboards/provinces/32'));
    expect(province.rows[0]!.code).toBe('3204');
    expect(province.rows[0]!.counts.planning).toMatchObject({ draft: 0, returned: 2 });
    const nation = json<AreaDashboardResponse>(await admin.get('/api/dashboards/provinces'));
    expect(nation.totals.planning.returned).toBe(2);
    expect(await rollupRows(db)).toEqual(await liveRows(db));
  });

  it('stops counting a person whose Jenis PTK becomes a non-teaching one', async () => {
    const a2 = region.schools.a2.id;
    const before = schoolRow(json<AreaDashboardResponse>(await dinas(region.dinasA.id)), a2);
    expect(before?.counts.teachers).toBe(4);
    await db
      .updateTable('people')
      .set({ jenisPtk: 'Tenaga Administrasi Sekolah' })
      .where('id', '=', region.teachers.a2Returned.id)
      .execute();
    expect(await dirtySchools(db)).toEqual([a2]);
    const after = schoolRow(json<AreaDashboardResponse>(await dinas(region.dinasA.id)), a2);
    expect(after?.counts.teachers).toBe(3);
    expect(after?.counts.planning.returned).toBe(0);
  });

  it('moves the row of a school that moves to another Dinas and province', async () => {
    await makeRegion(db, { province: '34', regency: '3401' });
    const dinasD = await makeDinas(db, { provinceCode: '34', regencyCode: '3401' });
    const b1 = region.schools.b1.id;
    await db
      .updateTable('schools')
      .set({ dinasId: dinasD.id, provinceCode: '34', regencyCode: '3401' })
      .where('id', '=', b1)
      .execute();
    expect(await dirtySchools(db)).toEqual([b1]);

    // The old province refreshes the school that left it: its kota now counts nothing.
    const old = json<AreaDashboardResponse>(await admin.get('/api/dashboards/provinces/32'));
    expect(old.rows.map((row) => [row.code, row.counts.teachers])).toEqual([
      ['3204', 9],
      ['3273', 0],
    ]);
    expect(await dirtySchools(db)).toEqual([]);
    const moved = json<AreaDashboardResponse>(await admin.get('/api/dashboards/provinces/34'));
    expect(moved.rows.map((row) => [row.code, row.counts.teachers])).toEqual([['3401', 2]]);
    expect(json<AreaDashboardResponse>(await dinas(region.dinasB.id)).rows).toEqual([]);
    const newDinas = json<AreaDashboardResponse>(await dinas(dinasD.id));
    expect(newDinas.rows.map((row) => [row.code, row.counts.teachers])).toEqual([[b1, 2]]);
    expect(newDinas.totals.predikat.butuh_perbaikan).toBe(1);
    expect(await rollupRows(db)).toEqual(await liveRows(db));
  });
});
