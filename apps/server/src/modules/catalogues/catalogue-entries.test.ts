import type {
  CatalogueEntriesResponse,
  Plan,
  PlanOptionsResponse,
  PracticeOptionsResponse,
} from '@kinerja/contract';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app.js';
import {
  clientFor,
  fillTestIndicator,
  makeAdmin,
  makePlanningSchool,
  planOf,
  type Client,
} from '../plans/plan-test-support.js';

const TARGET = {
  text: 'Guru mengajak semua murid terlibat aktif',
  recommended: ['bertanya pada murid yang pasif', 'memberi peran', 'memuji usaha'],
  avoided: ['menjawab sendiri', 'membiarkan murid dominan', 'mengabaikan murid'],
};
const PRACTICE_URL = '/api/catalogues/2026/practice/teacher/aktivasi_interaktif';
const EDIT = {
  name: 'Aktivasi Interaktif',
  description: 'Keterlibatan aktif seluruh peserta didik (teks uji).',
  targets: [TARGET],
  source: 'Panduan Observasi Kelas (uji)',
  confidence: 'S',
};

const entriesOf = (response: { json: <T>() => T }) => response.json<CatalogueEntriesResponse>();
const catalogueOf = (body: CatalogueEntriesResponse, kind: string) =>
  body.catalogues.find((catalogue) => catalogue.kind === kind)!;

async function startPlan(client: Client, periodId: string): Promise<Plan> {
  return planOf(await client.post('/api/plans', { periodId, kind: 'teacher' }), 201);
}

async function targetsSeen(client: Client, planId: string): Promise<string[]> {
  const options = (
    await client.get(`/api/plans/${planId}/practice-options`)
  ).json<PracticeOptionsResponse>();
  const option = [...options.recommended, ...options.others].find(
    (item) => item.code === 'aktivasi_interaktif',
  );
  return option!.targets.map((target) => target.text);
}

describe('catalogues edited by the Admin, with history and provenance (issue 13 item 3)', () => {
  const t = useTestApp({ now: '2026-01-12T03:00:00.000Z' });

  it('lists the editable catalogues with markers; six teacher sub-indicators lack targets', async () => {
    const { app, ctx } = t();
    const admin = await clientFor(app, (await makeAdmin(ctx.db)).email);
    const body = entriesOf(await admin.get('/api/catalogues/2026/entries'));
    expect(body.catalogues.map((catalogue) => catalogue.kind)).toEqual([
      'practice_teacher',
      'practice_principal',
      'additional_duties',
      'competency_teacher',
      'competency_principal',
    ]);
    const teacher = catalogueOf(body, 'practice_teacher');
    const noTargets = teacher.entries.filter(
      (entry) => entry.fields.find((field) => field.key === 'targets')!.text === null,
    );
    expect(noTargets).toHaveLength(6);
    expect(teacher.entries[1]!.fields[0]).toMatchObject({
      label: 'Nama indikator',
      text: 'Penerapan Disiplin Positif',
      marker: 'C',
    });
    const duty = catalogueOf(body, 'additional_duties').entries.find(
      (e) => e.code === 'wali_kelas',
    );
    expect(duty!.fields.find((field) => field.key === 'legalBasis')!.text).toContain(
      'Permendikbud 15/2018',
    );
    const principal = catalogueOf(body, 'competency_principal').entries;
    expect(principal.map((entry) => [entry.code, entry.hasGap])).toEqual([
      ['kepala_sekolah', true],
    ]);
  });

  it('an edit applies to plans started after it; the plan before keeps the old text', async () => {
    const { app, ctx } = t();
    const { teachers } = await makePlanningSchool(ctx.db, { periodId: '2026', teachers: 2 });
    const adminPerson = await makeAdmin(ctx.db);
    const admin = await clientFor(app, adminPerson.email);
    await fillTestIndicator(admin, '2026');
    const early = await clientFor(app, teachers[0]!.email);
    const earlyPlan = await startPlan(early, '2026');
    expect(await targetsSeen(early, earlyPlan.id)).toEqual([]);

    const edited = await admin.put(PRACTICE_URL, EDIT);
    expect(edited.statusCode).toBe(200);
    const entry = catalogueOf(entriesOf(edited), 'practice_teacher').entries.find(
      (item) => item.code === 'aktivasi_interaktif',
    )!;
    expect(entry.hasGap).toBe(false);
    expect(entry.history).toHaveLength(1);
    expect(entry.history[0]).toMatchObject({ byName: adminPerson.name, marker: 'S' });
    // The name and its marker stay as they were, so only what changed is listed.
    expect(entry.history[0]!.changes.map((change) => change.label)).toEqual([
      'Deskripsi',
      'Target perilaku',
    ]);
    expect(entry.history[0]!.changes[1]).toMatchObject({ before: null });
    const revisions = await ctx.db.selectFrom('catalogueRevisions').selectAll().execute();
    const audits = await ctx.db
      .selectFrom('auditLog')
      .select(['actorId', 'entityId'])
      .where('action', '=', 'catalogue.edit_entry')
      .execute();
    expect(audits).toEqual([
      {
        actorId: adminPerson.id,
        entityId: 'practice-indicators-teacher:2026:aktivasi_interaktif',
      },
    ]);

    const late = await clientFor(app, teachers[1]!.email);
    const latePlan = await startPlan(late, '2026');
    expect(await targetsSeen(late, latePlan.id)).toEqual([TARGET.text]);
    expect(await targetsSeen(early, earlyPlan.id)).toEqual([]);
    // Each plan names the catalogue version it reads.
    const newest = revisions.length;
    expect(planOf(await late.get(`/api/plans/${latePlan.id}`)).catalogueVersionLabel).toBe(
      `Katalog versi ${newest}, 12 Januari 2026`,
    );
    expect(planOf(await early.get(`/api/plans/${earlyPlan.id}`)).catalogueVersionLabel).toBe(
      `Katalog versi ${newest - 1}, 12 Januari 2026`,
    );
  });

  it('adds a tugas tambahan with its legal basis for one jenjang, offered to new plans', async () => {
    const { app, ctx } = t();
    const { teacher } = await makePlanningSchool(ctx.db, { periodId: '2026', jenjang: 'SD' });
    const admin = await clientFor(app, (await makeAdmin(ctx.db)).email);
    const duty = {
      name: 'Pembina Pramuka',
      schoolLevels: ['sd'],
      weeklyJp: 2,
      legalBasis: 'Permendikbud 63/2014',
      source: 'Permendikbud 63/2014 (uji)',
      confidence: 'I',
    };
    expect(
      (await admin.put('/api/catalogues/2026/additional-duties/pembina_pramuka', duty)).statusCode,
    ).toBe(200);
    const guru = await clientFor(app, teacher.email);
    const plan = await startPlan(guru, '2026');
    const options = (await guru.get(`/api/plans/${plan.id}/options`)).json<PlanOptionsResponse>();
    expect(options.additionalDuties.duties).toContainEqual({
      code: 'pembina_pramuka',
      name: 'Pembina Pramuka',
      weeklyJp: 2,
      legalBasis: 'Permendikbud 63/2014',
    });
  });

  it('refuses bad input naming the field, changes nothing; 401 signed out, 403 for others', async () => {
    const { app, ctx } = t();
    const { teacher } = await makePlanningSchool(ctx.db, { periodId: '2026' });
    const admin = await clientFor(app, (await makeAdmin(ctx.db)).email);
    const before = await ctx.db.selectFrom('catalogueRevisions').select('id').execute();
    const badTarget = { ...EDIT, targets: [{ ...TARGET, avoided: ['hanya satu'] }] };
    const bad = await admin.put(PRACTICE_URL, badTarget);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('isi tepat 3 perilaku');
    const noSource = await admin.put(PRACTICE_URL, { ...EDIT, source: '' });
    expect(noSource.statusCode).toBe(400);
    expect(noSource.body).toContain('sumber wajib diisi');
    const unknown = await admin.put('/api/catalogues/2026/practice/teacher/tidak_ada', EDIT);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('indikator \\"tidak_ada\\" tidak ada');
    const noLevel = await admin.put('/api/catalogues/2026/additional-duties/x_baru', {
      name: 'Tugas baru',
      schoolLevels: [],
      weeklyJp: null,
      legalBasis: 'Dasar uji',
      source: 'uji',
      confidence: 'I',
    });
    expect(noLevel.statusCode).toBe(400);
    expect(noLevel.body).toContain('pilih minimal satu jenjang');
    const after = await ctx.db.selectFrom('catalogueRevisions').select('id').execute();
    expect(after).toEqual(before);

    expect((await app.inject({ method: 'PUT', url: PRACTICE_URL, payload: EDIT })).statusCode).toBe(
      401,
    );
    const guru = await clientFor(app, teacher.email);
    expect((await guru.put(PRACTICE_URL, EDIT)).statusCode).toBe(403);
    expect((await guru.get('/api/catalogues/2026/entries')).statusCode).toBe(403);
  });
});
