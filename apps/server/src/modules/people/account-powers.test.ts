import type { StaffListResponse } from '@kinerja/contract';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/database.js';
import { grantRole, makePerson, makePrincipal, makeRegion } from '../../test/factories.js';
import { useTestApp } from '../../test/test-app.js';
import {
  clientFor,
  makeAdmin,
  makeDinasOfficial,
  makePlanningSchool,
} from '../plans/plan-test-support.js';

// Who resets whose password — issue 12 finding 1; domain.md §1.1, §1.2, §3.1, §6.1.

/** An SMP (a kabupaten/kota Dinas' level) with its Dinas, a teacher, a principal and an operator. */
async function smpWithOperator(db: Db, head: 'definitive' | 'acting' = 'definitive') {
  const made = await makePlanningSchool(db, { periodId: '2026', jenjang: 'SMP', head });
  const operator = await makePerson(db, { schoolId: made.school.id, jenisPtk: 'Operator' });
  await grantRole(db, { personId: operator.id, role: 'school_operator', schoolId: made.school.id });
  return { ...made, principal: made.principal!, operator };
}

/** A school with a principal in another province and kabupaten, with its own Dinas. */
async function farSchoolPrincipal(db: Db) {
  const region = await makeRegion(db, { province: '33', regency: '3301' });
  const dinas = await db
    .insertInto('dinasOffices')
    .values({
      name: 'Dinas Jauh',
      level: 'kabupaten_kota',
      provinceCode: '33',
      regencyCode: '3301',
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const school = await db
    .insertInto('schools')
    .values({
      npsn: '33010002',
      name: 'SMP Jauh',
      jenjang: 'SMP',
      status: 'negeri',
      provinceCode: region.province,
      regencyCode: region.regency,
      dinasId: dinas.id,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const principal = await makePerson(db, { jenisPtk: 'Kepala Sekolah', name: 'Kepala Jauh' });
  await db
    .insertInto('schoolStaff')
    .values({ personId: principal.id, schoolId: school.id, provinceCode: '33' })
    .execute();
  await makePrincipal(db, { schoolId: school.id, personId: principal.id, periodId: '2026' });
  return { dinas, school, principal };
}

describe('account powers: who resets whose password', () => {
  const t = useTestApp({ now: '2026-02-02T03:00:00.000Z' });

  const passwordOf = (personId: string) =>
    t()
      .ctx.db.selectFrom('people')
      .select(['passwordHash', 'mustChangePassword'])
      .where('id', '=', personId)
      .executeTakeFirstOrThrow();
  const auditOf = (personId: string) =>
    t()
      .ctx.db.selectFrom('auditLog')
      .selectAll()
      .where('action', '=', 'person.reset_password')
      .where('entityId', '=', personId)
      .execute();
  const noticesOf = (personId: string) =>
    t()
      .ctx.db.selectFrom('notifications')
      .selectAll()
      .where('recipientId', '=', personId)
      .where('kind', '=', 'password_reset')
      .execute();

  async function expectUnchanged(person: { id: string; passwordHash: string | null }) {
    expect(await passwordOf(person.id)).toEqual({
      passwordHash: person.passwordHash,
      mustChangePassword: false,
    });
    expect(await auditOf(person.id)).toEqual([]);
    expect(await noticesOf(person.id)).toEqual([]);
  }

  async function expectReset(person: { id: string }, byId: string, byName: string) {
    expect((await passwordOf(person.id)).mustChangePassword).toBe(true);
    const audit = await auditOf(person.id);
    expect(audit.map((row) => row.actorId)).toEqual([byId]);
    const notices = await noticesOf(person.id);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.title).toBe('Kata sandi Anda telah diatur ulang');
    expect(notices[0]?.body).toContain(byName);
  }

  it("refuses the operator the principal's and a Plt principal's password (finding 1)", async () => {
    const { app, ctx } = t();
    const definitive = await smpWithOperator(ctx.db);
    const acting = await smpWithOperator(ctx.db, 'acting');
    for (const { principal: head, operator } of [definitive, acting]) {
      const op = await clientFor(app, operator.email);
      const response = await op.post(`/api/people/${head.id}/reset-password`);
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({
        error: { message: 'Kata sandi Kepala Sekolah hanya dapat diatur ulang oleh Dinas.' },
      });
      await expectUnchanged(head);
    }
    // Signing in with the old password still works: nothing was taken over.
    await clientFor(app, definitive.principal.email);
  });

  it('lets the operator reset an ordinary teacher of their school, audited and notified', async () => {
    const { app, ctx } = t();
    const { teacher, operator } = await smpWithOperator(ctx.db);
    const op = await clientFor(app, operator.email);
    const response = await op.post(`/api/people/${teacher.id}/reset-password`);
    expect(response.statusCode).toBe(200);
    await expectReset(teacher, operator.id, operator.name);
  });

  it("lets the Dinas reset its own jurisdiction's principal and hides a foreign one (404)", async () => {
    const { app, ctx } = t();
    const { dinas, principal, teacher } = await smpWithOperator(ctx.db);
    const far = await farSchoolPrincipal(ctx.db);
    const official = await makeDinasOfficial(ctx.db, dinas.id);
    const kabid = await clientFor(app, official.email);
    // The "Atur Ulang Kata Sandi" page finds the principal with the ability to reset.
    const found = await kabid.get(`/api/people/lookup?q=${principal.nip}`);
    expect(found.json()).toMatchObject({
      people: [{ id: principal.id, abilities: { canResetPassword: true } }],
    });
    expect((await kabid.post(`/api/people/${principal.id}/reset-password`)).statusCode).toBe(200);
    await expectReset(principal, official.id, official.name);

    expect((await kabid.post(`/api/people/${far.principal.id}/reset-password`)).statusCode).toBe(
      404,
    );
    await expectUnchanged(far.principal);
    // A teacher's password is the school operator's to reset, not the Dinas'.
    expect((await kabid.post(`/api/people/${teacher.id}/reset-password`)).statusCode).toBe(404);
    await expectUnchanged(teacher);
  });

  it("lets an admin reset a Dinas official's password; the Dinas cannot reset a colleague's", async () => {
    const { app, ctx } = t();
    const { dinas, operator } = await smpWithOperator(ctx.db);
    const official = await makeDinasOfficial(ctx.db, dinas.id);
    const colleague = await makeDinasOfficial(ctx.db, dinas.id);
    const kabid = await clientFor(app, colleague.email);
    expect((await kabid.post(`/api/people/${official.id}/reset-password`)).statusCode).toBe(404);
    const op = await clientFor(app, operator.email);
    expect((await op.post(`/api/people/${official.id}/reset-password`)).statusCode).toBe(404);
    await expectUnchanged(official);

    const admin = await makeAdmin(ctx.db);
    const response = await (
      await clientFor(app, admin.email)
    ).post(`/api/people/${official.id}/reset-password`);
    expect(response.statusCode).toBe(200);
    await expectReset(official, admin.id, admin.name);
  });

  it('offers "Atur ulang kata sandi" on the staff list only where the operator may do it', async () => {
    const { app, ctx } = t();
    const { school, teacher, principal, operator } = await smpWithOperator(ctx.db);
    const op = await clientFor(app, operator.email);
    const found = await op.get(`/api/people/lookup?q=${principal.nip}`);
    expect(found.json()).toMatchObject({
      people: [{ id: principal.id, abilities: { canResetPassword: false } }],
    });
    const { staff } = (await op.get(`/api/schools/${school.id}/staff`)).json<StaffListResponse>();
    const abilityOf = (id: string) => staff.find((row) => row.id === id)?.abilities;
    expect(abilityOf(teacher.id)).toEqual({ canResetPassword: true });
    expect(abilityOf(principal.id)).toEqual({ canResetPassword: false });
    expect(abilityOf(operator.id)).toEqual({ canResetPassword: false });
  });
});
