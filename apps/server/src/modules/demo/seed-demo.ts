import { writeAudit } from '../../lib/audit.js';
import type { AppContext } from '../../lib/context.js';
import { hashPassword } from '../auth/passwords.js';
import { listPeriods } from '../periods/periods.repository.js';
import { DEMO_PASSWORD, demoDinasOfficials, demoPeople, demoRegion } from './demo-data.js';
import { demoSeason } from './demo-season.js';
import { openDemoSeeder } from './seed-context.js';
import { seedDemoPlanning } from './seed-demo-planning.js';
import { seedDemoYear } from './seed-demo-year.js';

/** Seeds the demo region into an empty database; returns the demo logins whenever demo data is present. */
export async function seedDemoIfEmpty(
  ctx: AppContext,
): Promise<Array<{ email: string; role: string }> | null> {
  const logins = demoPeople.map((p) => ({ email: p.email, role: p.role }));
  const anyone = await ctx.db.selectFrom('people').select('id').limit(1).executeTakeFirst();
  if (anyone) {
    const demo = await ctx.db
      .selectFrom('people')
      .select('id')
      .where('email', '=', demoPeople[0]!.email)
      .executeTakeFirst();
    return demo ? logins : null;
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const periods = await listPeriods(ctx.db);
  const now = ctx.clock();
  const season = ctx.config.seedDemoYear === 'living' ? demoSeason(periods, now) : null;
  await ctx.db.transaction().execute(async (trx) => {
    const { province, regency } = demoRegion;
    await trx
      .insertInto('provinces')
      .values(province)
      .onConflict((oc) => oc.doNothing())
      .execute();
    await trx
      .insertInto('regencies')
      .values({ ...regency, provinceCode: province.code })
      .onConflict((oc) => oc.doNothing())
      .execute();
    const dinasIds: Record<string, string> = {};
    for (const [key, d] of Object.entries(demoRegion.dinas)) {
      const row = await trx
        .insertInto('dinasOffices')
        .values({
          ...d,
          provinceCode: province.code,
          regencyCode: d.level === 'provinsi' ? null : regency.code,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      dinasIds[key] = row.id;
    }
    const schoolIds: Record<string, string> = {};
    for (const [key, s] of Object.entries(demoRegion.schools)) {
      const row = await trx
        .insertInto('schools')
        .values({
          npsn: s.npsn,
          name: s.name,
          jenjang: s.jenjang,
          status: 'negeri',
          provinceCode: province.code,
          regencyCode: regency.code,
          dinasId: dinasIds[s.dinas] ?? null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      schoolIds[key] = row.id;
    }
    const personIds: Record<string, string> = {};
    for (const p of demoPeople) {
      const row = await trx
        .insertInto('people')
        .values({
          name: p.name,
          email: p.email,
          employmentStatus: p.employmentStatus,
          nip: p.nip ?? null,
          nuptk: p.nuptk ?? null,
          golonganRuang: p.golonganRuang ?? null,
          jenjangJabatan: p.jenjangJabatan ?? null,
          jenisPtk: p.jenisPtk ?? null,
          passwordHash,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      personIds[p.key] = row.id;
      if (p.school)
        await trx
          .insertInto('schoolStaff')
          .values({ personId: row.id, schoolId: schoolIds[p.school]!, provinceCode: province.code })
          .execute();
    }
    const id = (key: string) => personIds[key]!;
    for (const period of periods) {
      await trx
        .insertInto('schoolPrincipals')
        .values([
          {
            schoolId: schoolIds.A!,
            periodId: period.id,
            personId: id('kepsekA'),
            kind: 'definitive',
          },
          { schoolId: schoolIds.B!, periodId: period.id, personId: id('pltB'), kind: 'acting' },
        ])
        .execute();
    }
    await trx
      .insertInto('pengawasSchools')
      .values(Object.values(schoolIds).map((schoolId) => ({ personId: id('pengawas'), schoolId })))
      .execute();
    for (const [key, official] of Object.entries(demoDinasOfficials)) {
      const dinasId = dinasIds[key]!;
      const head = await trx
        .insertInto('people')
        .values({ ...official.head, employmentStatus: 'pns', email: null, passwordHash: null })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('dinasOfficials')
        .values([
          { personId: id(official.assessorKey), dinasId, position: official.assessorPosition },
          {
            personId: head.id,
            dinasId,
            isAssessor: false,
            isHead: true,
            position: official.headPosition,
          },
        ])
        .execute();
    }
    await trx
      .insertInto('roleGrants')
      .values([
        { personId: id('operatorA'), role: 'school_operator', schoolId: schoolIds.A! },
        { personId: id('admin'), role: 'admin', schoolId: null },
      ])
      .execute();
    await seedDemoPlanning(trx, {
      adminId: id('admin'),
      periods,
      raporSchool: { id: schoolIds.A!, provinceCode: province.code },
      now,
    });
    if (season) {
      // The year on today's stage, through the app's own routes in this transaction (issue 13 item 4).
      const seeder = await openDemoSeeder(ctx, trx);
      await seedDemoYear(seeder, { season, now, personIds });
      await seeder.close();
    }
    await writeAudit(trx, {
      at: now,
      actorId: null,
      action: 'demo.seed',
      entityType: 'system',
      entityId: null,
      after: { people: demoPeople.length, periodId: season?.period.id, stage: season?.stage },
    });
  });
  return logins;
}
