import type { CompetencyCatalogueResponse } from '@kinerja/contract';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app.js';
import { clientFor, makeAdmin, makePlanningSchool } from '../plans/plan-test-support.js';

const URL_2026 = '/api/catalogues/competency-indicators/2026/pedagogik';

describe('competency-indicator catalogue gaps, filled by an administrator', () => {
  const t = useTestApp();

  it('shows the gap, fills a group as a new version each time, audited, and feeds plan options', async () => {
    const { app, ctx } = t();
    const admin = await clientFor(app, (await makeAdmin(ctx.db)).email);
    const empty = (
      await admin.get('/api/catalogues/competency-indicators?periodId=2026')
    ).json<CompetencyCatalogueResponse>();
    expect(empty.groups.map((g) => [g.code, g.employeeKind, g.isGap])).toEqual([
      ['pedagogik', 'teacher', true],
      ['kepribadian', 'teacher', true],
      ['sosial', 'teacher', true],
      ['profesional', 'teacher', true],
      // The principal's own catalogue: a gap, not the teacher's model (domain.md §3.8, §4.5).
      ['kepala_sekolah', 'principal', true],
    ]);
    const body = {
      source: 'Perdirjen GTK 2626/2023 (uji)',
      indicators: [{ code: 'ped_1', name: 'Indikator satu' }],
    };
    const first = (await admin.put(URL_2026, body)).json<CompetencyCatalogueResponse>();
    expect(first.groups[0]).toMatchObject({
      code: 'pedagogik',
      isGap: false,
      version: 1,
      indicators: [{ code: 'ped_1', name: 'Indikator satu' }],
    });
    const second = (
      await admin.put(URL_2026, {
        ...body,
        indicators: [...body.indicators, { code: 'ped_2', name: 'Indikator dua' }],
      })
    ).json<CompetencyCatalogueResponse>();
    expect(second.groups[0]).toMatchObject({
      version: 2,
      indicators: [{ code: 'ped_1' }, { code: 'ped_2' }],
    });
    const stored = await ctx.db
      .selectFrom('catalogueRevisions')
      .select(['catalogueId', 'entryCode'])
      .where('periodId', '=', '2026')
      .execute();
    expect(stored).toEqual([
      { catalogueId: 'competency-indicators-2025', entryCode: 'pedagogik' },
      { catalogueId: 'competency-indicators-2025', entryCode: 'pedagogik' },
    ]);
    const audits = await ctx.db
      .selectFrom('auditLog')
      .select('id')
      .where('action', '=', 'catalogue.fill_competency_indicators')
      .execute();
    expect(audits).toHaveLength(2);
    // Other periods keep their own catalogue version.
    const other = (
      await admin.get('/api/catalogues/competency-indicators?periodId=2025')
    ).json<CompetencyCatalogueResponse>();
    expect(other.groups[0]!.isGap).toBe(true);
  });

  it('refuses duplicate or clashing codes and periods that use points (400)', async () => {
    const { app, ctx } = t();
    const admin = await clientFor(app, (await makeAdmin(ctx.db)).email);
    const one = { code: 'ped_x', name: 'Indikator x' };
    expect((await admin.put(URL_2026, { source: 'uji', indicators: [one, one] })).statusCode).toBe(
      400,
    );
    expect(
      (
        await admin.put('/api/catalogues/competency-indicators/2026/sosial', {
          source: 'uji',
          indicators: [{ code: 'ped_1', name: 'Bentrok' }],
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await admin.put('/api/catalogues/competency-indicators/2024-S1/pedagogik', {
          source: 'uji',
          indicators: [one],
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await admin.put('/api/catalogues/competency-indicators/2026/seni', {
          source: 'uji',
          indicators: [one],
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await admin.put(URL_2026, {
          source: 'uji',
          indicators: [{ code: 'Kode Salah', name: 'x' }],
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (await admin.get('/api/catalogues/competency-indicators?periodId=2024-S1')).statusCode,
    ).toBe(400);
  });

  it('answers 401 without a session and 403 to anyone but an administrator', async () => {
    const { app, ctx } = t();
    const { teacher } = await makePlanningSchool(ctx.db, { periodId: '2026' });
    const guru = await clientFor(app, teacher.email);
    const body = { source: 'uji', indicators: [{ code: 'ped_9', name: 'Indikator' }] };
    expect((await app.inject({ method: 'PUT', url: URL_2026, payload: body })).statusCode).toBe(
      401,
    );
    expect(
      (await app.inject({ method: 'GET', url: '/api/catalogues/competency-indicators' }))
        .statusCode,
    ).toBe(401);
    expect((await guru.put(URL_2026, body)).statusCode).toBe(403);
    expect((await guru.get('/api/catalogues/competency-indicators?periodId=2026')).statusCode).toBe(
      200,
    );
  });
});
