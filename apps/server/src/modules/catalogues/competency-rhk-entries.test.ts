import type { CatalogueEntriesResponse, Plan, PlanOptionsResponse } from '@kinerja/contract';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app.js';
import {
  clientFor,
  makeAdmin,
  makePlanningSchool,
  planOf,
  type Client,
} from '../plans/plan-test-support.js';

// Issue 13 item 3: the 2024 RHK point table (domain.md §4.5) edited by the Admin with history and
// provenance; the edit applies to plans started after it, plans before keep their table.
const ROW6_URL = '/api/catalogues/2024-S1/competency-rhk/pelatihan_jangka_pendek_menengah';
const ROW6 = {
  role: 'Peserta program pelatihan dan pendidikan jangka pendek/menengah (kepemimpinan dan teknis)',
  conversion: '1 program pelatihan',
  evidenceKinds: ['certificate'],
  points: 16,
  source: 'Panduan Poin RHK 2024 (uji)',
  confidence: 'S',
};

const rhkTable = (body: CatalogueEntriesResponse) =>
  body.catalogues.find((catalogue) => catalogue.kind === 'competency_rhk');

async function row6Points(client: Client, planId: string): Promise<number | null> {
  const options = (await client.get(`/api/plans/${planId}/options`)).json<PlanOptionsResponse>();
  if (options.competency.mode !== 'points') throw new Error('2024 plans competency by points');
  return options.competency.rhks.find((rhk) => rhk.code === 'pelatihan_jangka_pendek_menengah')!
    .points;
}

describe('the 2024 RHK point table edited by the Admin (issue 13 item 3)', () => {
  // 10 January 2024: the 2024-S1 planning window.
  const t = useTestApp({ now: '2024-01-10T03:00:00.000Z' });

  it('fills row 6, with source and history; only plans started afterwards read it', async () => {
    const { app, ctx } = t();
    const school = await makePlanningSchool(ctx.db, { periodId: '2024-S1', teachers: 2 });
    const admin = await clientFor(app, (await makeAdmin(ctx.db)).email);
    const before = rhkTable((await admin.get('/api/catalogues/2024-S1/entries')).json());
    expect(before?.entries.map((entry) => entry.code)).toHaveLength(6);
    const row6 = before!.entries[5]!;
    expect(row6.hasGap).toBe(true);
    expect(row6.fields.find((field) => field.key === 'points')).toMatchObject({ text: null });
    expect(rhkTable((await admin.get('/api/catalogues/2026/entries')).json())).toBeUndefined();

    const early = await clientFor(app, school.teachers[0]!.email);
    const earlyPlan = planOf(
      await early.post('/api/plans', { periodId: '2024-S1', kind: 'teacher' }),
      201,
    );
    const saved = await admin.put(ROW6_URL, ROW6);
    expect(saved.statusCode).toBe(200);
    const after = rhkTable(saved.json<CatalogueEntriesResponse>())!.entries[5]!;
    expect(after.hasGap).toBe(false);
    expect(after.fields.find((field) => field.key === 'points')).toMatchObject({
      text: '16 poin',
      marker: 'S',
      source: 'Panduan Poin RHK 2024 (uji)',
    });
    expect(after.history).toHaveLength(1);
    expect(after.history[0]!.changes.map((change) => change.label)).toEqual([
      'Rencana Hasil Kerja',
      'Konversi',
      'Bukti',
      'Poin',
    ]);
    const audit = await ctx.db
      .selectFrom('auditLog')
      .select(['entityId'])
      .where('action', '=', 'catalogue.edit_entry')
      .execute();
    expect(audit).toEqual([
      { entityId: 'competency-rhk-2024:2024-S1:pelatihan_jangka_pendek_menengah' },
    ]);

    const late = await clientFor(app, school.teachers[1]!.email);
    const latePlan: Plan = planOf(
      await late.post('/api/plans', { periodId: '2024-S1', kind: 'teacher' }),
      201,
    );
    expect(await row6Points(late, latePlan.id)).toBe(16);
    expect(await row6Points(early, earlyPlan.id)).toBeNull();
  });

  it('refuses bad input naming the field, a period without the table, and non-admins', async () => {
    const { app, ctx } = t();
    const school = await makePlanningSchool(ctx.db, { periodId: '2024-S1' });
    const admin = await clientFor(app, (await makeAdmin(ctx.db)).email);
    const revisions = () => ctx.db.selectFrom('catalogueRevisions').selectAll().execute();
    const stored = await revisions();
    const fieldOf = (response: { json: <T>() => T }) =>
      response.json<{ error: { fields: Array<{ field: string }> } }>().error.fields[0]?.field;

    const zero = await admin.put(ROW6_URL, { ...ROW6, points: 0 });
    expect([zero.statusCode, fieldOf(zero)]).toEqual([400, 'points']);
    const unknown = await admin.put('/api/catalogues/2024-S1/competency-rhk/tidak_ada', ROW6);
    expect([unknown.statusCode, fieldOf(unknown)]).toEqual([400, 'code']);
    const annual = await admin.put('/api/catalogues/2026/competency-rhk/pelatihan_mandiri', ROW6);
    expect([annual.statusCode, fieldOf(annual)]).toEqual([400, 'periodId']);
    const teacher = await clientFor(app, school.teacher.email);
    expect((await teacher.put(ROW6_URL, ROW6)).statusCode).toBe(403);
    expect(await revisions()).toEqual(stored);
  });
});
