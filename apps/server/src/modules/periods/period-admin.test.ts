import type {
  AdminPeriod,
  AdminPeriodListResponse,
  Period,
  RuleSetChangesResponse,
} from '@kinerja/contract';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app.js';
import { clientFor, codeOf, makeAdmin, makePlanningSchool } from '../plans/plan-test-support.js';
import { seedPeriodsAndRuleSets } from './seed-periods.js';

const WINDOWS_2027 = {
  prePlanning: { opensOn: '2026-12-29', closesOn: '2027-01-07' },
  planning: { opensOn: '2027-01-10', closesOn: '2027-02-05' },
  execution: { opensOn: '2027-02-06', closesOn: '2027-11-30' },
  assessment: { opensOn: '2027-12-01', closesOn: '2027-12-31' },
};

const WINDOWS_2026 = {
  prePlanning: { opensOn: '2025-12-29', closesOn: '2026-01-07' },
  planning: { opensOn: '2026-01-08', closesOn: '2026-01-31' },
  execution: { opensOn: '2026-02-01', closesOn: '2026-11-15' },
  assessment: { opensOn: '2026-12-01', closesOn: '2026-12-31' },
};

describe('periods and rule sets as data, managed by the admin (issue 13 items 1–2)', () => {
  const t = useTestApp();

  async function world() {
    const { app, ctx } = t();
    const school = await makePlanningSchool(ctx.db, { periodId: '2026' });
    const admin = await clientFor(app, (await makeAdmin(ctx.db)).email);
    const teacher = await clientFor(app, school.teacher.email);
    const principal = await clientFor(app, school.principal!.email);
    return { app, ctx, admin, teacher, principal, school };
  }

  const list = async (admin: Awaited<ReturnType<typeof world>>['admin']) =>
    (await admin.get('/api/admin/periods')).json<AdminPeriodListResponse>();

  it('seeds rule set and period 2027 from 2026, shown to users from its Pra-Perencanaan', async () => {
    const { app, ctx, admin, teacher, school } = await world();
    const { periods, ruleSets } = await list(admin);
    expect(ruleSets.find((r) => r.version === '2027')).toEqual({
      version: '2027',
      label: 'Januari–Desember 2027',
      basedOn: '2026',
    });
    expect(periods.find((p) => p.id === '2027')).toMatchObject({
      ruleSetVersion: '2027',
      prePlanning: { opensOn: '2026-12-29', closesOn: '2027-01-07' },
      planning: { opensOn: '2027-01-08', closesOn: '2027-01-31' },
      windowsAreDefaults: true,
      opensOn: '2026-12-29',
      isOpen: false,
      ruleSet: { version: '2027', basedOn: '2026' },
    });
    expect(periods.find((p) => p.id === '2026')?.prePlanning).toEqual({
      opensOn: '2025-12-29',
      closesOn: '2026-01-07',
    });
    const res = await teacher.get('/api/periods');
    const visible = res.json<{ periods: Period[] }>().periods;
    expect(visible.map((p) => [p.id, p.isCurrent])).toEqual([
      ['2024-S1', false],
      ['2024-S2', false],
      ['2025', false],
      ['2026', true],
    ]);
    t().setNow('2026-12-28T17:00:00.000Z'); // 29 Dec 2026, 00:00 WIB
    try {
      const again = await clientFor(app, school.teacher.email);
      const later = (await again.get('/api/periods')).json<{ periods: Period[] }>().periods;
      expect(later.filter((p) => p.isCurrent).map((p) => p.id)).toEqual(['2027']);
      expect(later.map((p) => p.id)).toContain('2026');
    } finally {
      t().setNow('2026-03-02T03:00:00.000Z');
    }
    expect(await ctx.db.selectFrom('ruleSets').select('version').execute()).toEqual([
      { version: '2027' },
    ]);
  });

  it('refuses non-admins (403) and changes nothing', async () => {
    const { ctx, teacher, principal } = await world();
    const before = await ctx.db.selectFrom('periods').selectAll().orderBy('id').execute();
    for (const who of [teacher, principal]) {
      expect((await who.get('/api/admin/periods')).statusCode).toBe(403);
      const put = await who.put('/api/admin/periods/2027/windows', { windows: WINDOWS_2027 });
      expect(put.statusCode).toBe(403);
      const post = await who.post('/api/admin/periods', { id: '2030', ruleSetVersion: '2027' });
      expect(post.statusCode).toBe(403);
    }
    expect(await ctx.db.selectFrom('periods').selectAll().orderBy('id').execute()).toEqual(before);
    expect((await teacher.get('/api/rule-sets/changes?from=2026&to=2027')).statusCode).toBe(403);
  });

  it('moves 2027 windows: checked, audited, those concerned told; a later seed keeps the edit', async () => {
    const { ctx, admin, school } = await world();
    // A school taking part in neither 2026 nor 2027 (no head, no plan) is not told.
    const elsewhere = await makePlanningSchool(ctx.db, { periodId: '2026', head: 'none' });
    const overlapping = {
      ...WINDOWS_2027,
      planning: { opensOn: '2027-01-05', closesOn: '2027-02-05' },
    };
    const bad = await admin.put('/api/admin/periods/2027/windows', { windows: overlapping });
    expect(bad.statusCode).toBe(422);
    expect(bad.json<{ error: { fields: unknown[] } }>().error.fields).toEqual([
      {
        field: 'windows.planning',
        message:
          'Tahap Perencanaan Kinerja harus dimulai setelah tahap Pra-Perencanaan selesai (7 Januari 2027); tahap tidak boleh tumpang tindih.',
      },
    ]);
    const moved = await admin.put('/api/admin/periods/2027/windows', { windows: WINDOWS_2027 });
    expect(moved.statusCode).toBe(200);
    expect(moved.json<AdminPeriod>()).toMatchObject({
      planning: WINDOWS_2027.planning,
      windowsAreDefaults: false,
    });
    const audit = await ctx.db
      .selectFrom('auditLog')
      .select(['entityId'])
      .where('action', '=', 'period.windows')
      .execute();
    expect(audit).toEqual([{ entityId: '2027' }]);
    const told = await ctx.db
      .selectFrom('notifications')
      .select(['recipientId', 'title', 'body'])
      .where('kind', '=', 'period_changed')
      .execute();
    expect(told.map((n) => n.recipientId)).toEqual(
      expect.arrayContaining([school.teacher.id, school.principal!.id]),
    );
    expect(new Set(told.map((n) => n.recipientId)).size).toBe(told.length);
    expect(told.map((n) => n.recipientId)).not.toContain(elsewhere.teacher.id);
    expect(told[0]!.body).toContain(
      'Perencanaan Kinerja: 8 Januari 2027 s.d. 31 Januari 2027 menjadi 10 Januari 2027 s.d. 5 Februari 2027.',
    );
    await seedPeriodsAndRuleSets(ctx.db, new Date());
    const row = await ctx.db
      .selectFrom('periods')
      .selectAll()
      .where('id', '=', '2027')
      .executeTakeFirstOrThrow();
    expect([row.planningOpensOn, row.windowsAreDefaults]).toEqual(['2027-01-10', false]);
  });

  it('asks for a confirmation (409) before shortening a window that has started', async () => {
    const { ctx, admin } = await world();
    const refused = await admin.put('/api/admin/periods/2026/windows', { windows: WINDOWS_2026 });
    expect(refused.statusCode).toBe(409);
    expect(codeOf(refused)).toBe('PERIOD_STARTED_WINDOW_CHANGE');
    expect(refused.json<{ error: { message: string } }>().error.message).toContain(
      'Pelaksanaan Kinerja sudah dimulai',
    );
    const unchanged = await ctx.db
      .selectFrom('periods')
      .select('executionClosesOn')
      .where('id', '=', '2026')
      .executeTakeFirstOrThrow();
    expect(unchanged.executionClosesOn).toBe('2026-11-30');
    const confirmed = await admin.put('/api/admin/periods/2026/windows', {
      windows: WINDOWS_2026,
      confirm: true,
    });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json<AdminPeriod>().execution.closesOn).toBe('2026-11-15');
  });

  it('creates a period from a rule set, after the previous one', async () => {
    const { admin } = await world();
    const overlapping = await admin.post('/api/admin/periods', {
      id: '2028',
      ruleSetVersion: '2027',
    });
    expect(overlapping.statusCode).toBe(422);
    expect(overlapping.body).toContain('Periode harus dimulai setelah periode sebelumnya');
    const body = {
      id: '2028',
      ruleSetVersion: '2027',
      label: 'Januari–Desember 2028',
      startsOn: '2028-01-01',
      endsOn: '2028-12-31',
      windows: {
        prePlanning: { opensOn: '2027-12-29', closesOn: '2028-01-07' },
        planning: { opensOn: '2028-01-08', closesOn: '2028-01-31' },
        execution: { opensOn: '2028-02-01', closesOn: '2028-11-30' },
        assessment: { opensOn: '2028-12-01', closesOn: '2028-12-31' },
      },
    };
    const created = await admin.post('/api/admin/periods', body);
    expect(created.statusCode).toBe(200);
    expect(created.json<AdminPeriod>()).toMatchObject({
      id: '2028',
      ruleSetVersion: '2027',
      isOpen: false,
    });
    expect((await admin.post('/api/admin/periods', body)).statusCode).toBe(409);
    const unknown = await admin.post('/api/admin/periods', {
      ...body,
      id: '2029',
      ruleSetVersion: '1999',
    });
    expect(unknown.statusCode).toBe(400);
  });

  it('tells a principal in words what changed between two rule sets', async () => {
    const { principal } = await world();
    const changes = (
      await principal.get('/api/rule-sets/changes?from=2026&to=2027')
    ).json<RuleSetChangesResponse>();
    expect(changes.rules).toEqual(['Tidak ada perubahan aturan.']);
    expect(changes.dates[1]).toBe(
      'Pra-Perencanaan: 29 Desember 2025 s.d. 7 Januari 2026 menjadi 29 Desember 2026 s.d. 7 Januari 2027.',
    );
    const latest = (await principal.get('/api/rule-sets/changes')).json<RuleSetChangesResponse>();
    expect([latest.from.version, latest.to.version]).toEqual(['2026', '2027']);
    expect((await principal.get('/api/rule-sets/changes?from=1999')).statusCode).toBe(400);
  });
});
