import type { Db } from '../../../apps/server/src/db/database.js';
import { hashPassword } from '../../../apps/server/src/modules/auth/passwords.js';

/** Password of every generated benchmark user. */
export const BENCH_PASSWORD = 'bench-kinerja-2026';

/** A generated user who can sign in. */
export type BenchUser = { id: string; email: string };

const BATCH = 1000;
const PROVINCE = '32';
const REGENCY = '3204';
const JENJANG = ['SD', 'SMP', 'SMA', 'SMK'] as const;

/**
 * One region with `schools` schools and `teachers` people spread over them; the first person of each
 * school is its definitive head in every period, the rest are teachers (domain.md §1.1–1.3).
 * Every user gets the same argon2id hash, computed once, so setup stays fast.
 */
export async function generateOrganisation(
  db: Db,
  input: { schools: number; teachers: number },
): Promise<BenchUser[]> {
  if (input.teachers < input.schools) throw new Error('need at least one person per school');
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const dinasId = await insertRegion(db);
  const schoolIds = await insertSchools(db, input.schools, dinasId);
  const users: BenchUser[] = [];
  for (let start = 0; start < input.teachers; start += BATCH) {
    const count = Math.min(BATCH, input.teachers - start);
    users.push(...(await insertPeople(db, { start, count, schoolIds, passwordHash })));
  }
  await insertPrincipals(db, schoolIds, users.slice(0, schoolIds.length));
  return users;
}

async function insertRegion(db: Db): Promise<string> {
  await db.insertInto('provinces').values({ code: PROVINCE, name: 'Jawa Barat' }).execute();
  await db
    .insertInto('regencies')
    .values({ code: REGENCY, provinceCode: PROVINCE, name: 'Kabupaten Bandung' })
    .execute();
  const dinas = await db
    .insertInto('dinasOffices')
    .values({
      name: 'Dinas Pendidikan Kabupaten Bandung',
      level: 'kabupaten_kota',
      provinceCode: PROVINCE,
      regencyCode: REGENCY,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return dinas.id;
}

async function insertSchools(db: Db, count: number, dinasId: string): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < count; start += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, count - start) }, (_, k) => {
      const i = start + k;
      return {
        npsn: `9${String(i).padStart(7, '0')}`,
        name: `Sekolah Bench ${i}`,
        jenjang: JENJANG[i % JENJANG.length] ?? 'SD',
        status: 'negeri' as const,
        provinceCode: PROVINCE,
        regencyCode: REGENCY,
        dinasId,
      };
    });
    const inserted = await db.insertInto('schools').values(rows).returning('id').execute();
    ids.push(...inserted.map((r) => r.id));
  }
  return ids;
}

async function insertPeople(
  db: Db,
  input: { start: number; count: number; schoolIds: string[]; passwordHash: string },
): Promise<BenchUser[]> {
  const rows = Array.from({ length: input.count }, (_, k) => {
    const i = input.start + k;
    const isHead = i < input.schoolIds.length;
    return {
      name: `${isHead ? 'Kepala' : 'Guru'} Bench ${i}`,
      email: `bench.${i}@guru.belajar.id`,
      nip: `19800101${String(i).padStart(10, '0')}`,
      nuptk: String(i).padStart(16, '0'),
      employmentStatus: 'pns' as const,
      golonganRuang: 'III/b',
      jenjangJabatan: 'ahli_pertama',
      jenisPtk: isHead ? 'Kepala Sekolah' : 'Guru Mapel',
      passwordHash: input.passwordHash,
    };
  });
  const people = await db.insertInto('people').values(rows).returning(['id', 'email']).execute();
  const staff = people.map((p, k) => ({
    personId: p.id,
    schoolId: input.schoolIds[(input.start + k) % input.schoolIds.length] ?? '',
    provinceCode: PROVINCE,
  }));
  await db.insertInto('schoolStaff').values(staff).execute();
  return people.map((p) => ({ id: p.id, email: p.email ?? '' }));
}

async function insertPrincipals(db: Db, schoolIds: string[], heads: BenchUser[]): Promise<void> {
  const periods = await db.selectFrom('periods').select('id').execute();
  for (const period of periods) {
    for (let start = 0; start < schoolIds.length; start += BATCH) {
      const rows = schoolIds.slice(start, start + BATCH).map((schoolId, k) => ({
        schoolId,
        periodId: period.id,
        personId: heads[start + k]?.id ?? '',
        kind: 'definitive' as const,
      }));
      await db.insertInto('schoolPrincipals').values(rows).execute();
    }
  }
}
