import { randomInt, randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/database.js';
import { hashPassword } from '../modules/auth/passwords.js';

/** Password given to factory-made people unless a test says otherwise. */
export const TEST_PASSWORD = 'rahasia-uji-123';
let cachedHash: Promise<string> | undefined;
const digits = (n: number) => Array.from({ length: n }, () => randomInt(10)).join('');

/** A province and kabupaten (idempotent). */
export async function makeRegion(db: Db, codes = { province: '32', regency: '3204' }) {
  await db
    .insertInto('provinces')
    .values({ code: codes.province, name: `Provinsi ${codes.province}` })
    .onConflict((oc) => oc.doNothing())
    .execute();
  await db
    .insertInto('regencies')
    .values({
      code: codes.regency,
      provinceCode: codes.province,
      name: `Kabupaten ${codes.regency}`,
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
  return codes;
}

/** A Dinas office in the region: a kabupaten/kota one unless `level` says provinsi. */
export async function makeDinas(
  db: Db,
  input: {
    provinceCode?: string;
    regencyCode?: string | null;
    level?: 'provinsi' | 'kabupaten_kota';
  } = {},
) {
  const region = await makeRegion(db);
  const level = input.level ?? 'kabupaten_kota';
  return db
    .insertInto('dinasOffices')
    .values({
      name: `Dinas Pendidikan ${randomUUID().slice(0, 6)}`,
      level,
      provinceCode: input.provinceCode ?? region.province,
      regencyCode:
        level === 'provinsi'
          ? null
          : input.regencyCode === undefined
            ? region.regency
            : input.regencyCode,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A school with a random NPSN. */
export async function makeSchool(
  db: Db,
  input: { jenjang?: string; dinasId?: string | null; name?: string } = {},
) {
  const region = await makeRegion(db);
  return db
    .insertInto('schools')
    .values({
      npsn: digits(8),
      name: input.name ?? `Sekolah Uji ${digits(4)}`,
      jenjang: input.jenjang ?? 'SMA',
      status: 'negeri',
      provinceCode: region.province,
      regencyCode: region.regency,
      dinasId: input.dinasId ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A person with a password, optionally on a school's staff. */
export async function makePerson(
  db: Db,
  input: {
    schoolId?: string;
    jenisPtk?: string;
    employmentStatus?: 'pns' | 'pppk' | 'non_asn';
    name?: string;
    email?: string;
    mustChangePassword?: boolean;
  } = {},
) {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const status = input.employmentStatus ?? 'pns';
  const person = await db
    .insertInto('people')
    .values({
      name: input.name ?? `Guru Uji ${digits(4)}`,
      email: input.email ?? `uji.${randomUUID().slice(0, 8)}@guru.sma.belajar.id`,
      employmentStatus: status,
      nip: status === 'pns' ? digits(18) : null,
      nuptk: digits(16),
      golonganRuang: status === 'pns' ? 'III/a' : null,
      jenjangJabatan: status === 'non_asn' ? null : 'ahli_pertama',
      jenisPtk: input.jenisPtk ?? 'Guru Mapel',
      passwordHash: await cachedHash,
      mustChangePassword: input.mustChangePassword ?? false,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  if (input.schoolId) {
    await db
      .insertInto('schoolStaff')
      .values({ personId: person.id, schoolId: input.schoolId, provinceCode: '32' })
      .execute();
  }
  return person;
}

/** Makes a person the definitive or acting head of a school in a period. */
export async function makePrincipal(
  db: Db,
  input: { schoolId: string; personId: string; periodId?: string; kind?: 'definitive' | 'acting' },
) {
  await db
    .insertInto('schoolPrincipals')
    .values({
      schoolId: input.schoolId,
      personId: input.personId,
      periodId: input.periodId ?? '2026',
      kind: input.kind ?? 'definitive',
    })
    .execute();
}

/** Grants the operator role of a school, or admin. */
export async function grantRole(
  db: Db,
  input: { personId: string; role: 'school_operator' | 'admin'; schoolId?: string },
) {
  await db
    .insertInto('roleGrants')
    .values({ personId: input.personId, role: input.role, schoolId: input.schoolId ?? null })
    .execute();
}

/** Signs in through the API; returns headers for later requests (cookie + CSRF token). */
export async function signIn(app: FastifyInstance, email: string, password = TEST_PASSWORD) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password },
  });
  if (response.statusCode !== 200)
    throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'kinerja_session');
  if (!cookie) throw new Error('no session cookie');
  const { csrfToken } = response.json<{ csrfToken: string }>();
  return { cookie: `kinerja_session=${cookie.value}`, 'x-csrf-token': csrfToken };
}
