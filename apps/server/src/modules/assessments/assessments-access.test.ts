import type { MyAssessmentsResponse } from '@kinerja/contract';
import { beforeAll, describe, expect, it } from 'vitest';
import { grantRole, makePerson, signIn } from '../../test/factories.js';
import { useTestApp } from '../../test/test-app.js';
import {
  client,
  clientFor,
  codeOf,
  makePlanningSchool,
  type Client,
} from '../plans/plan-test-support.js';
import {
  approvedPlan,
  draftBody,
  pageOf,
  prepareCatalogues,
  WINDOWS,
} from './assessment-test-support.js';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('who may reach the assessment endpoints (architecture.md §5)', () => {
  const t = useTestApp();
  let planId: string;
  let assessmentId: string;
  let schoolId: string;
  let kepsek: Client;
  let kepsekHeaders: { cookie: string; 'x-csrf-token': string };
  let guru: Client;
  let operator: Client;
  let otherHead: Client;
  let otherTeacher: Client;
  let anonymous: Client;

  beforeAll(async () => {
    const test = t();
    const { app, ctx, setNow } = test;
    setNow(WINDOWS['2026'].planning);
    await prepareCatalogues(test, ['2026']);
    const school = await makePlanningSchool(ctx.db, { periodId: '2026' });
    const other = await makePlanningSchool(ctx.db, { periodId: '2026' });
    schoolId = school.school.id;
    planId = await approvedPlan(test, {
      periodId: '2026',
      employee: await clientFor(app, school.teacher.email),
      approver: await clientFor(app, school.principal!.email),
    });
    setNow(WINDOWS['2026'].assessment);
    kepsekHeaders = await signIn(app, school.principal!.email!);
    kepsek = client(app, kepsekHeaders);
    guru = await clientFor(app, school.teacher.email);
    const op = await makePerson(ctx.db, { jenisPtk: 'Operator', name: 'Operator Uji' });
    await grantRole(ctx.db, { personId: op.id, role: 'school_operator', schoolId });
    operator = await clientFor(app, op.email);
    otherHead = await clientFor(app, other.principal!.email);
    otherTeacher = await clientFor(app, other.teacher.email);
    anonymous = client(app, {});
    const body = draftBody({
      version: 0,
      result: 'meets_expectations',
      behaviour: 'meets_expectations',
    });
    assessmentId = pageOf(await kepsek.put(`/api/plans/${planId}/assessment`, body)).assessment.id!;
  });

  const draft = () =>
    draftBody({ version: 1, result: 'above_expectations', behaviour: 'meets_expectations' });

  it('answers 401 without a session on every endpoint', async () => {
    const calls = [
      anonymous.get(`/api/plans/${planId}/assessment`),
      anonymous.put(`/api/plans/${planId}/assessment`, draft()),
      anonymous.post(`/api/plans/${planId}/assessment/recommendations`, { text: 'x' }),
      anonymous.post(`/api/assessments/${assessmentId}/finalize`, {
        version: 1,
        isConfirmed: true,
      }),
      anonymous.get(`/api/assessments/${assessmentId}`),
      anonymous.get('/api/assessments/mine'),
      anonymous.get(`/api/schools/${schoolId}/assessments`),
    ];
    for (const response of await Promise.all(calls)) expect(response.statusCode).toBe(401);
  });

  it('answers 400 for bad input, naming the field, and changes nothing', async () => {
    const badId = await kepsek.get('/api/plans/not-a-uuid/assessment');
    expect(badId.statusCode).toBe(400);
    const badRating = await kepsek.put(`/api/plans/${planId}/assessment`, {
      ...draft(),
      workResultRating: 'luar_biasa',
    });
    expect(badRating.statusCode).toBe(400);
    expect(
      badRating.json<{ error: { fields: Array<{ field: string }> } }>().error.fields[0]!.field,
    ).toBe('workResultRating');
    const noVersion = await kepsek.put(`/api/plans/${planId}/assessment`, {
      ...draft(),
      version: undefined,
    });
    expect(noVersion.statusCode).toBe(400);
    const longNotes = await kepsek.put(`/api/plans/${planId}/assessment`, {
      ...draft(),
      notes: 'x'.repeat(4001),
    });
    expect(longNotes.statusCode).toBe(400);
    expect(longNotes.json<{ error: { message: string } }>().error.message).toContain('4000');
    const badDocument = await kepsek.get(`/api/plans/${planId}/assessment?document=semester_1`);
    expect(badDocument.statusCode).toBe(400);
    expect(badDocument.json<{ error: { message: string } }>().error.message).toContain('tahunan');
    const emptyRecommendation = await kepsek.post(
      `/api/plans/${planId}/assessment/recommendations`,
      {
        text: '',
      },
    );
    expect(emptyRecommendation.statusCode).toBe(400);
    const badFinalize = await kepsek.post(`/api/assessments/${assessmentId}/finalize`, {
      version: 'satu',
      isConfirmed: true,
    });
    expect(badFinalize.statusCode).toBe(400);
    expect((await kepsek.get('/api/assessments/123')).statusCode).toBe(400);
    expect(
      (await kepsek.get(`/api/schools/${schoolId}/assessments?document=semester_9`)).statusCode,
    ).toBe(400);
    const page = pageOf(await kepsek.get(`/api/plans/${planId}/assessment`));
    expect(page.assessment).toMatchObject({
      version: 1,
      workResultRating: { code: 'meets_expectations' },
    });
  });

  it('answers 403 to roles that never assess, and to a write without the CSRF token', async () => {
    for (const response of [
      await operator.get(`/api/plans/${planId}/assessment`),
      await operator.put(`/api/plans/${planId}/assessment`, draft()),
      await operator.post(`/api/plans/${planId}/assessment/recommendations`, { text: 'x' }),
      await operator.post(`/api/assessments/${assessmentId}/finalize`, {
        version: 1,
        isConfirmed: true,
      }),
      await operator.get(`/api/assessments/${assessmentId}`),
      await guru.get(`/api/schools/${schoolId}/assessments`),
    ]) {
      expect(response.statusCode).toBe(403);
    }
    const { app } = t();
    const noCsrf = await app.inject({
      method: 'PUT',
      url: `/api/plans/${planId}/assessment`,
      headers: { cookie: kepsekHeaders.cookie },
      payload: draft(),
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(codeOf(noCsrf)).toBe('CSRF_INVALID');
  });

  it('answers 404 across schools and people, and for unknown ids', async () => {
    for (const response of [
      await otherHead.get(`/api/plans/${planId}/assessment`),
      await otherHead.put(`/api/plans/${planId}/assessment`, draft()),
      await otherHead.post(`/api/assessments/${assessmentId}/finalize`, {
        version: 1,
        isConfirmed: true,
      }),
      await otherHead.get(`/api/assessments/${assessmentId}`),
      await otherHead.get(`/api/schools/${schoolId}/assessments`),
      await otherTeacher.get(`/api/assessments/${assessmentId}`),
      await otherTeacher.post(`/api/plans/${planId}/assessment/recommendations`, { text: 'x' }),
      // The assessed teacher: a draft is not theirs to see yet.
      await guru.get(`/api/assessments/${assessmentId}`),
      await guru.put(`/api/plans/${planId}/assessment`, draft()),
      await kepsek.get(`/api/plans/${UNKNOWN}/assessment`),
      await kepsek.get(`/api/assessments/${UNKNOWN}`),
      await kepsek.post(`/api/assessments/${UNKNOWN}/finalize`, { version: 1, isConfirmed: true }),
      await kepsek.get(`/api/schools/${UNKNOWN}/assessments`),
    ]) {
      expect(response.statusCode).toBe(404);
    }
    const mine = (await otherTeacher.get('/api/assessments/mine')).json<MyAssessmentsResponse>();
    expect(mine.assessments).toEqual([]);
  });
  it('lets one of two simultaneous writes win; the other gets 409 and nothing is lost silently', async () => {
    const body = (result: string) =>
      draftBody({ version: 1, result, behaviour: 'meets_expectations' });
    const saves = await Promise.all([
      kepsek.put(`/api/plans/${planId}/assessment`, body('above_expectations')),
      kepsek.put(`/api/plans/${planId}/assessment`, body('below_expectations')),
    ]);
    expect(saves.map((response) => response.statusCode).sort()).toEqual([200, 409]);
    const page = pageOf(await kepsek.get(`/api/plans/${planId}/assessment`));
    expect(page.assessment.version).toBe(2);
    const sets = await Promise.all(
      [0, 1].map(() =>
        kepsek.post(`/api/assessments/${assessmentId}/finalize`, { version: 2, isConfirmed: true }),
      ),
    );
    expect(sets.map((response) => response.statusCode).sort()).toEqual([200, 409]);
    const { ctx } = t();
    const queued = await ctx.db
      .selectFrom('outbox')
      .select('id')
      .where('topic', '=', 'assessment.final')
      .execute();
    expect(queued).toHaveLength(1);
  });
});
