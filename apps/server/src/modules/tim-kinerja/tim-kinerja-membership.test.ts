import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/database.js';
import { grantRole, makeDinas, makePerson } from '../../test/factories.js';
import { useTestApp } from '../../test/test-app.js';
import { clientFor, makeDinasOfficial, makePlanningSchool } from '../plans/plan-test-support.js';

type ErrorBody = { error: { code: string; fields?: Array<{ field: string; message: string }> } };

const rows = async (db: Db) => {
  const members = await db.selectFrom('timKinerjaMembers').select('id').execute();
  const audits = await db.selectFrom('auditLog').select('id').execute();
  return [members.length, audits.length];
};

// Tim Kinerja only where the rule set has it, and within the member's jurisdiction (issue #12
// finding 3): a teacher's colleagues; a principal's pengawas and the Dinas that assesses it.
describe('who may be plotted in a Tim Kinerja (domain.md §1.1, §1.2, §2.2)', () => {
  const t = useTestApp({ now: '2025-12-30T03:00:00.000Z' });

  async function setting() {
    const { app, ctx } = t();
    const home = await makePlanningSchool(ctx.db, { periodId: '2026', teachers: 2 });
    await makePlanningSchool(ctx.db, { periodId: '2024-S1', teachers: 0 });
    const away = await makePlanningSchool(ctx.db, { periodId: '2026' });
    const operatorPerson = await makePerson(ctx.db, { jenisPtk: 'Operator' });
    await grantRole(ctx.db, {
      personId: operatorPerson.id,
      role: 'school_operator',
      schoolId: home.school.id,
    });
    const operator = await clientFor(app, operatorPerson.email);
    const plot = (body: { periodId: string; employeeId: string; memberId: string }) =>
      operator.post('/api/tim-kinerja', body);
    return { ...home, away, operator, plot };
  }

  async function expectRefused(
    db: Db,
    call: Promise<{ statusCode: number; body: string }>,
    code: string,
  ) {
    const before = await rows(db);
    const response = await call;
    expect(response.statusCode, response.body).toBe(422);
    const body = JSON.parse(response.body) as ErrorBody;
    expect(body.error.code).toBe(code);
    expect(body.error.fields?.[0]?.field).toBe('memberId');
    expect(body.error.fields?.[0]?.message).toMatch(/Anggota Tim Kinerja/);
    expect(await rows(db)).toEqual(before);
  }

  it("refuses a teacher of another school in a teacher's Tim Kinerja; accepts a colleague", async () => {
    const { ctx } = t();
    const { teachers, away, plot } = await setting();
    const employeeId = teachers[0]!.id;
    await expectRefused(
      ctx.db,
      plot({ periodId: '2026', employeeId, memberId: away.teacher.id }),
      'TIM_KINERJA_TEACHER_MEMBER',
    );
    // A colleague on the staff of the same school is who the Tim Kinerja of a teacher is for.
    const ok = await plot({ periodId: '2026', employeeId, memberId: teachers[1]!.id });
    expect(ok.statusCode, ok.body).toBe(201);
  });

  it('refuses any Tim Kinerja in a period whose rule set has none (2024-S1)', async () => {
    const { ctx } = t();
    const { teachers, plot } = await setting();
    await expectRefused(
      ctx.db,
      plot({ periodId: '2024-S1', employeeId: teachers[0]!.id, memberId: teachers[1]!.id }),
      'TIM_KINERJA_NOT_IN_PERIOD',
    );
  });

  it("refuses the teacher themself and the school's head for a teacher", async () => {
    const { ctx } = t();
    const { teachers, principal, plot } = await setting();
    const employeeId = teachers[0]!.id;
    await expectRefused(
      ctx.db,
      plot({ periodId: '2026', employeeId, memberId: employeeId }),
      'TIM_KINERJA_SELF',
    );
    await expectRefused(
      ctx.db,
      plot({ periodId: '2026', employeeId, memberId: principal!.id }),
      'TIM_KINERJA_TEACHER_MEMBER',
    );
  });

  it("takes the school's pengawas and the governing Dinas for a principal, no one else", async () => {
    const { ctx } = t();
    const { school, dinas, teachers, principal, away, plot } = await setting();
    const pengawas = await makePerson(ctx.db, { jenisPtk: 'Pengawas Sekolah' });
    await ctx.db
      .insertInto('pengawasSchools')
      .values({ personId: pengawas.id, schoolId: school.id })
      .execute();
    const awayPengawas = await makePerson(ctx.db, { jenisPtk: 'Pengawas Sekolah' });
    await ctx.db
      .insertInto('pengawasSchools')
      .values({ personId: awayPengawas.id, schoolId: away.school.id })
      .execute();
    // The school is an SMA: the provincial Dinas governs it, a kabupaten Dinas does not (§1.1).
    const official = await makeDinasOfficial(ctx.db, dinas.id, false);
    const kabupaten = await makeDinasOfficial(ctx.db, (await makeDinas(ctx.db)).id, false);
    const employeeId = principal!.id;
    for (const memberId of [awayPengawas.id, teachers[0]!.id, kabupaten.id]) {
      await expectRefused(
        ctx.db,
        plot({ periodId: '2026', employeeId, memberId }),
        'TIM_KINERJA_PRINCIPAL_MEMBER',
      );
    }
    for (const memberId of [pengawas.id, official.id]) {
      const response = await plot({ periodId: '2026', employeeId, memberId });
      expect(response.statusCode, response.body).toBe(201);
    }
  });
});
