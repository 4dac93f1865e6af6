import type { AssessmentPage, HomeResponse } from '@kinerja/contract';
import type { KyselyPlugin } from 'kysely';
import { describe, expect, it } from 'vitest';
import { grantRole, makePerson } from '../../test/factories.js';
import { useTestApp, type TestApp } from '../../test/test-app.js';
import {
  WINDOWS,
  approvedPlan,
  assessAndSet,
  prepareCatalogues,
} from '../assessments/assessment-test-support.js';
import {
  clientFor,
  makeDinasOfficial,
  makePlanningSchool,
  planOf,
  validContent,
} from '../plans/plan-test-support.js';

type Task = HomeResponse['tasks'][number];

/** The home of a person as [code, role, count] rows. */
async function homeOf(
  t: TestApp,
  email: string | null,
): Promise<Array<[string, string, number | null]>> {
  const client = await clientFor(t.app, email);
  const response = await client.get('/api/home');
  expect(response.statusCode).toBe(200);
  return response
    .json<HomeResponse>()
    .tasks.map((task: Task) => [task.code, task.role, task.count]);
}

/** Counts the SQL statements the app runs while `run` is awaited (a plugin on ctx.db). */
async function countStatements(t: TestApp, run: () => Promise<unknown>): Promise<number> {
  let count = 0;
  const counter: KyselyPlugin = {
    transformQuery: (args) => {
      count += 1;
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  const original = t.ctx.db;
  t.ctx.db = original.withPlugin(counter);
  try {
    await run();
  } finally {
    t.ctx.db = original;
  }
  return count;
}

describe('GET /api/home per role and stage (issue #11 finding 5)', () => {
  const t = useTestApp({ now: WINDOWS['2026'].planning });

  it('lists what waits for each role through 2026, never another school’s work, with few statements', async () => {
    const test = t();
    const { app, ctx, setNow } = test;
    setNow(WINDOWS['2026'].planning);
    await prepareCatalogues(test, ['2026']);
    const a = await makePlanningSchool(ctx.db, { periodId: '2026', teachers: 3 });
    const b = await makePlanningSchool(ctx.db, { periodId: '2026', head: 'none' });
    const assessorA = await makeDinasOfficial(ctx.db, a.dinas.id);
    const officialB = await makeDinasOfficial(ctx.db, b.dinas.id);
    const pengawas = await makePerson(ctx.db, {
      jenisPtk: 'Pengawas Sekolah',
      name: 'Pengawas Uji',
    });
    await ctx.db
      .insertInto('pengawasSchools')
      .values({ personId: pengawas.id, schoolId: a.school.id })
      .execute();
    const operatorB = await makePerson(ctx.db, { jenisPtk: 'Operator', name: 'Operator B' });
    await grantRole(ctx.db, {
      personId: operatorB.id,
      role: 'school_operator',
      schoolId: b.school.id,
    });
    const kepsek = await clientFor(app, a.principal!.email);
    const [approvedTeacher, waitingTeacher, lateTeacher] = a.teachers;

    // Planning: one plan approved, one waiting for the head, one never started; school B has no head.
    const plan1 = await approvedPlan(test, {
      periodId: '2026',
      employee: await clientFor(app, approvedTeacher!.email),
      approver: kepsek,
    });
    const waiting = await clientFor(app, waitingTeacher!.email);
    const started = planOf(await waiting.post('/api/plans', { periodId: '2026' }), 201);
    const confirmed = planOf(await waiting.post(`/api/plans/${started.id}/personal-data/confirm`));
    planOf(
      await waiting.put(`/api/plans/${started.id}/draft`, {
        version: confirmed.version,
        content: validContent('2026'),
      }),
    );
    expect(planOf(await waiting.post(`/api/plans/${started.id}/submit`)).status).toBe('submitted');
    const orphan = await clientFor(app, b.teacher.email);
    const orphanPlan = planOf(await orphan.post('/api/plans', { periodId: '2026' }), 201);
    const orphanConfirmed = planOf(
      await orphan.post(`/api/plans/${orphanPlan.id}/personal-data/confirm`),
    );
    planOf(
      await orphan.put(`/api/plans/${orphanPlan.id}/draft`, {
        version: orphanConfirmed.version,
        content: validContent('2026'),
      }),
    );
    await orphan.post(`/api/plans/${orphanPlan.id}/submit`);
    // The principal's own plan: 2026 approves it on submission (domain.md §3.8).
    const principalPlan = await approvedPlan(test, {
      periodId: '2026',
      employee: kepsek,
      approver: null,
      kind: 'principal',
    });

    expect(await homeOf(test, a.principal!.email)).toEqual([
      ['plan_approved', 'principal_employee', null],
      ['plans_to_approve', 'principal_supervisor', 1],
    ]);
    expect(await homeOf(test, lateTeacher!.email)).toEqual([['plan_not_started', 'teacher', null]]);
    expect(await homeOf(test, b.teacher.email)).toEqual([['plan_blocked', 'teacher', null]]);
    expect(await homeOf(test, operatorB.email)).toEqual([
      ['staff_without_supervisor', 'school_operator', 1],
      ['tim_kinerja_to_plot', 'school_operator', 1],
      ['roster_import', 'school_operator', null],
    ]);
    // Each Dinas sees its own schools only: B's stranded plan is not A's.
    expect(await homeOf(test, officialB.email)).toEqual([
      ['plans_without_supervisor', 'dinas_official', 1],
    ]);
    expect(await homeOf(test, assessorA.email)).toEqual([]);

    // Execution: the approved teacher writes two documents and starts the Siklus with the head.
    setNow(WINDOWS['2026'].execution);
    expect(await homeOf(test, approvedTeacher!.email)).toEqual([
      ['documents_to_send', 'teacher', 2],
      ['practice_step', 'teacher', null],
    ]);
    expect(await homeOf(test, a.principal!.email)).toEqual([
      ['documents_to_send', 'principal_employee', 2],
      ['practice_step', 'principal_employee', null],
      ['plans_to_approve', 'principal_supervisor', 1],
      ['cycles_to_lead', 'principal_supervisor', 1],
    ]);
    expect(await homeOf(test, pengawas.email)).toEqual([
      ['principal_cycles_to_lead', 'pengawas', 1],
    ]);
    // The pengawas plans nothing: the home names Pelaksanaan's and Penilaian's deadlines only.
    const pengawasClient = await clientFor(app, pengawas.email);
    const pengawasDeadlines = (await pengawasClient.get('/api/home')).json<HomeResponse>();
    expect(pengawasDeadlines.deadlines.map((deadline) => deadline.stage)).toEqual([
      'execution',
      'assessment',
    ]);
    // Planning closed on 31 January 2026 with a lockout: the home says so instead of "Mulai".
    const late = await clientFor(app, lateTeacher!.email);
    const lateHome = (await late.get('/api/home')).json<HomeResponse>();
    expect(lateHome.tasks[0]).toMatchObject({ code: 'plan_closed', dueOn: '2026-01-31' });
    expect(lateHome.tasks[0]!.description).toContain('31 Januari 2026');
    expect(lateHome.tasks[0]!.description).toContain('Dinas Pendidikan');

    // Assessment: the head assesses the approved teacher; the Dinas assesses the principal.
    setNow(WINDOWS['2026'].assessment);
    expect(await homeOf(test, a.principal!.email)).toContainEqual([
      'assessments_to_do',
      'principal_supervisor',
      1,
    ]);
    expect(await homeOf(test, assessorA.email)).toEqual([
      ['principal_assessments_to_do', 'dinas_official', 1],
    ]);
    const pengawasHome = await homeOf(test, pengawas.email);
    expect(pengawasHome).toContainEqual(['recommendations_to_send', 'pengawas', 1]);
    // Pelaksanaan closed on 30 November: its unfinished Siklus is no longer a to-do anyone can do
    // (writes are refused, §2.4) — neither the pengawas' nor the head's (issue #11 item 6).
    expect(pengawasHome.map(([code]) => code)).not.toContain('principal_cycles_to_lead');
    expect((await homeOf(test, a.principal!.email)).map(([code]) => code)).not.toContain(
      'cycles_to_lead',
    );
    expect(await homeOf(test, approvedTeacher!.email)).toContainEqual([
      'assessment_waiting',
      'teacher',
      null,
    ]);
    // Nothing was written in Pelaksanaan: the assessor is warned before "Tetapkan" (finding 10).
    const page = (
      await (await clientFor(app, a.principal!.email)).get(`/api/plans/${plan1}/assessment`)
    ).json<AssessmentPage>();
    expect(page.execution.missing.map((item) => item.code)).toEqual([
      'reflection_not_sent',
      'checklist_not_sent',
      'practice_cycle_not_completed',
    ]);
    expect(page.execution.missing[2]!.message).toBe('Siklus Peningkatan Kinerja belum selesai.');
    await assessAndSet(await clientFor(app, a.principal!.email), plan1, {
      result: 'meets_expectations',
      behaviour: 'meets_expectations',
    });
    expect(await homeOf(test, approvedTeacher!.email)).toEqual([['result_ready', 'teacher', null]]);
    expect(await homeOf(test, a.principal!.email)).not.toContainEqual([
      'assessments_to_do',
      'principal_supervisor',
      1,
    ]);
    expect(principalPlan).toBeTruthy();

    // The busiest route stays cheap: the statements of one home, session and role lookups included.
    const head = await clientFor(app, a.principal!.email);
    const forHead = await countStatements(test, () => head.get('/api/home'));
    const guru = await clientFor(app, approvedTeacher!.email);
    const forTeacher = await countStatements(test, () => guru.get('/api/home'));
    const official = await clientFor(app, assessorA.email);
    const forDinas = await countStatements(test, () => official.get('/api/home'));
    console.info(
      `statements per /api/home: principal ${forHead}, teacher ${forTeacher}, dinas ${forDinas}`,
    );
    expect(forDinas).toBeLessThanOrEqual(8);
    expect(forTeacher).toBeLessThanOrEqual(forHead);
  });

  it('2024-S1: Bukti Dukung to collect in Pelaksanaan', async () => {
    const test = t();
    const { app, ctx, setNow } = test;
    const a = await makePlanningSchool(ctx.db, { periodId: '2024-S1' });
    const kepsek = await clientFor(app, a.principal!.email);
    await approvedPlan(test, {
      periodId: '2024-S1',
      employee: await clientFor(app, a.teacher.email),
      approver: kepsek,
    });
    setNow(WINDOWS['2024-S1'].execution);
    const guru = await clientFor(app, a.teacher.email);
    const home = (await guru.get('/api/home')).json<HomeResponse>();
    expect(home.tasks.map((task) => task.code)).toEqual(['evidence_to_collect', 'practice_step']);
    expect(home.tasks[0]!.count).toBeGreaterThan(0);
    expect(home.tasks[0]!.title).toBe(`${home.tasks[0]!.count} Bukti Dukung belum dikumpulkan`);
  });

  it('401 when signed out', async () => {
    const { app } = t();
    expect((await app.inject({ method: 'GET', url: '/api/home' })).statusCode).toBe(401);
  });
});
