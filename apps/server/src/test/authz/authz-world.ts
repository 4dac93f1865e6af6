import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.js';
import { validContent } from '../../modules/plans/plan-test-support.js';
import {
  grantRole,
  makeDinas,
  makePerson,
  makePrincipal,
  makeRegion,
  makeSchool,
  signIn,
} from '../factories.js';

// Test support only: one world of data for the generated authorization suite (issue #12). Two
// provinces; in each a provincial Dinas (SMA, domain.md §1.1 "Jurisdiction of a Dinas") and a
// kabupaten Dinas (SD); SMA and SD schools with heads, a Plt, teachers, a pengawas, an operator,
// Dinas officials and an admin; 2026 plans approved, each with a draft assessment.

type Person = Awaited<ReturnType<typeof makePerson>>;
type School = Awaited<ReturnType<typeof makeSchool>>;

/** The signed-in roles the matrix runs as ("anon" sends no cookie). */
export const ROLES = [
  'anon',
  'teacher',
  'principal',
  'plt',
  'pengawas',
  'operator',
  'dinasProv',
  'dinasKab',
  'admin',
] as const;

/** One role of the matrix. */
export type Role = (typeof ROLES)[number];

async function schoolIn(
  db: Db,
  input: { name: string; jenjang: string; dinasId: string; province: string; regency: string },
): Promise<School> {
  await makeRegion(db, { province: input.province, regency: input.regency });
  const school = await makeSchool(db, {
    name: input.name,
    jenjang: input.jenjang,
    dinasId: input.dinasId,
  });
  await db
    .updateTable('schools')
    .set({ provinceCode: input.province, regencyCode: input.regency })
    .where('id', '=', school.id)
    .execute();
  return { ...school, provinceCode: input.province, regencyCode: input.regency };
}

async function staffOf(db: Db, school: School, name: string, jenisPtk = 'Guru Mapel') {
  const person = await makePerson(db, { schoolId: school.id, name, jenisPtk });
  await db
    .updateTable('schoolStaff')
    .set({ provinceCode: school.provinceCode })
    .where('personId', '=', person.id)
    .execute();
  return person;
}

/** An approved 2026 plan (no Pelaksanaan started yet) and a draft tahunan assessment. */
async function approvedPlan(db: Db, person: Person, school: School, kind = 'teacher' as const) {
  const owner = {
    periodId: '2026',
    employeeId: person.id,
    employeeKind: kind,
    schoolId: school.id,
    provinceCode: school.provinceCode,
  };
  const content = validContent(
    '2026',
    kind === 'teacher' ? {} : { practice: 'presentasi_visi_misi' },
  );
  const plan = await db
    .insertInto('plans')
    .values({
      ...owner,
      regencyCode: school.regencyCode,
      status: 'approved',
      draft: JSON.stringify(content),
      personalDataConfirmedAt: new Date('2026-01-10T03:00:00Z'),
      submittedAt: new Date('2026-01-12T03:00:00Z'),
      submissionCount: 1,
      approvedAt: new Date('2026-01-20T03:00:00Z'),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const assessment = await db
    .insertInto('assessments')
    .values({
      ...owner,
      planId: plan.id,
      regencyCode: school.regencyCode,
      document: 'tahunan',
      state: 'draft',
      version: 1,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { planId: plan.id, assessmentId: assessment.id };
}

/** Builds the world and signs every role in. */
export async function buildWorld(app: FastifyInstance, db: Db) {
  await makeRegion(db, { province: '33', regency: '3301' });
  const dinas = {
    prov32: await makeDinas(db, { provinceCode: '32', regencyCode: null }),
    kab3204: await makeDinas(db, { provinceCode: '32', regencyCode: '3204' }),
    prov33: await makeDinas(db, { provinceCode: '33', regencyCode: null }),
    kab3301: await makeDinas(db, { provinceCode: '33', regencyCode: '3301' }),
  };
  for (const office of [dinas.prov32, dinas.prov33]) {
    await db
      .updateTable('dinasOffices')
      .set({ level: 'provinsi' })
      .where('id', '=', office.id)
      .execute();
  }
  const at = (province: string, regency: string) => ({ province, regency });
  const schools = {
    smaA: await schoolIn(db, {
      name: 'SMA Uji A',
      jenjang: 'SMA',
      dinasId: dinas.prov32.id,
      ...at('32', '3204'),
    }),
    smaB: await schoolIn(db, {
      name: 'SMA Uji B',
      jenjang: 'SMA',
      dinasId: dinas.prov32.id,
      ...at('32', '3204'),
    }),
    sdS: await schoolIn(db, {
      name: 'SD Uji S',
      jenjang: 'SD',
      dinasId: dinas.kab3204.id,
      ...at('32', '3204'),
    }),
    smaC: await schoolIn(db, {
      name: 'SMA Uji C',
      jenjang: 'SMA',
      dinasId: dinas.prov33.id,
      ...at('33', '3301'),
    }),
    sdD: await schoolIn(db, {
      name: 'SD Uji D',
      jenjang: 'SD',
      dinasId: dinas.kab3301.id,
      ...at('33', '3301'),
    }),
  };
  const people = {
    teacher: await staffOf(db, schools.smaA, 'Guru A Satu'),
    colleague: await staffOf(db, schools.smaA, 'Guru A Dua'),
    spare: await staffOf(db, schools.smaA, 'Guru A Tiga'),
    principal: await staffOf(db, schools.smaA, 'Kepala A', 'Kepala Sekolah'),
    plt: await staffOf(db, schools.smaB, 'Plt Kepala B'),
    teacherB: await staffOf(db, schools.smaB, 'Guru B'),
    teacherS: await staffOf(db, schools.sdS, 'Guru S'),
    principalS: await staffOf(db, schools.sdS, 'Kepala S', 'Kepala Sekolah'),
    teacherC: await staffOf(db, schools.smaC, 'Guru C'),
    principalC: await staffOf(db, schools.smaC, 'Kepala C', 'Kepala Sekolah'),
    teacherD: await staffOf(db, schools.sdD, 'Guru D'),
    operator: await staffOf(db, schools.smaA, 'Operator A', 'Tenaga Administrasi Sekolah'),
    pengawas: await makePerson(db, { jenisPtk: 'Pengawas Sekolah', name: 'Pengawas Uji' }),
    dinasProv: await makePerson(db, { jenisPtk: 'Pejabat Dinas', name: 'Dinas Provinsi' }),
    dinasKab: await makePerson(db, { jenisPtk: 'Pejabat Dinas', name: 'Dinas Kabupaten' }),
    admin: await makePerson(db, { jenisPtk: 'Admin', name: 'Admin Uji' }),
  };
  await makePrincipal(db, { schoolId: schools.smaA.id, personId: people.principal.id });
  await makePrincipal(db, { schoolId: schools.smaB.id, personId: people.plt.id, kind: 'acting' });
  await makePrincipal(db, { schoolId: schools.sdS.id, personId: people.principalS.id });
  await makePrincipal(db, { schoolId: schools.smaC.id, personId: people.principalC.id });
  await db
    .insertInto('pengawasSchools')
    .values({ personId: people.pengawas.id, schoolId: schools.smaA.id })
    .execute();
  await grantRole(db, {
    personId: people.operator.id,
    role: 'school_operator',
    schoolId: schools.smaA.id,
  });
  await grantRole(db, { personId: people.admin.id, role: 'admin' });
  await db
    .insertInto('dinasOfficials')
    .values([
      { personId: people.dinasProv.id, dinasId: dinas.prov32.id, isAssessor: true },
      { personId: people.dinasKab.id, dinasId: dinas.kab3204.id, isAssessor: true },
    ])
    .execute();
  const plans = {
    teacher: await approvedPlan(db, people.teacher, schools.smaA),
    colleague: await approvedPlan(db, people.colleague, schools.smaA),
    principal: await approvedPlan(db, people.principal, schools.smaA, 'principal' as 'teacher'),
    teacherB: await approvedPlan(db, people.teacherB, schools.smaB),
    teacherS: await approvedPlan(db, people.teacherS, schools.sdS),
    principalS: await approvedPlan(db, people.principalS, schools.sdS, 'principal' as 'teacher'),
    teacherC: await approvedPlan(db, people.teacherC, schools.smaC),
  };
  const records = await buildRecords(db, { people, schools, plans });
  const emails: Record<Exclude<Role, 'anon'>, string> = {
    teacher: people.teacher.email!,
    principal: people.principal.email!,
    plt: people.plt.email!,
    pengawas: people.pengawas.email!,
    operator: people.operator.email!,
    dinasProv: people.dinasProv.email!,
    dinasKab: people.dinasKab.email!,
    admin: people.admin.email!,
  };
  const headers = { anon: {} } as Record<Role, Record<string, string>>;
  for (const [role, email] of Object.entries(emails))
    headers[role as Role] = await signIn(app, email);
  return { dinas, schools, people, plans, records, headers };
}

/** Rows owned by one person or school and not another's: notifications, karya, outbox, imports, Tim Kinerja. */
async function buildRecords(
  db: Db,
  w: {
    people: Record<string, Person>;
    schools: Record<string, School>;
    plans: Record<string, { planId: string }>;
  },
) {
  const notification = async (person: Person) =>
    (
      await db
        .insertInto('notifications')
        .values({ recipientId: person.id, kind: 'plan_approved', title: 'Uji', body: 'Uji' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const karya = async (person: Person) =>
    (
      await db
        .insertInto('karya')
        .values({
          ownerId: person.id,
          provinceCode: '32',
          category: 'modul_ajar',
          title: 'Karya Uji',
          fileHash: 'a'.repeat(64),
          fileName: 'karya.pdf',
          sizeBytes: 10,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const outbox = async (planKey: string) =>
    String(
      (
        await db
          .insertInto('outbox')
          .values({
            topic: 'plan.approved',
            payload: JSON.stringify({ planId: w.plans[planKey]!.planId }),
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id,
    );
  const member = async (employee: Person, memberPerson: Person, school: School) =>
    (
      await db
        .insertInto('timKinerjaMembers')
        .values({
          periodId: '2026',
          employeeId: employee.id,
          memberId: memberPerson.id,
          schoolId: school.id,
          provinceCode: school.provinceCode,
          assignedBy: w.people.admin!.id,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const rosterImport = async (by: Person) =>
    (
      await db
        .insertInto('rosterImports')
        .values({ createdBy: by.id, fileName: 'ptk.csv', status: 'completed' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const p = w.people;
  const s = w.schools;
  return {
    notification: {
      teacher: await notification(p.teacher!),
      colleague: await notification(p.colleague!),
    },
    karya: { teacher: await karya(p.teacher!), colleague: await karya(p.colleague!) },
    outbox: {
      teacher: await outbox('teacher'),
      teacherB: await outbox('teacherB'),
      teacherS: await outbox('teacherS'),
      teacherC: await outbox('teacherC'),
    },
    timMember: {
      smaA: await member(p.principal!, p.colleague!, s.smaA!),
      smaC: await member(p.principalC!, p.teacherC!, s.smaC!),
    },
    rosterImport: { admin: await rosterImport(p.admin!) },
  };
}

/** The world of one test file. */
export type World = Awaited<ReturnType<typeof buildWorld>>;
