import type { EvaluationDocument, Predikat } from '@kinerja/domain';
import type { Db } from '../../db/database.js';
import {
  makeDinas,
  makePerson,
  makePrincipal,
  makeRegion,
  makeSchool,
} from '../../test/factories.js';

// Test support only: a small region with teachers at every stage, written by direct inserts (the
// states far down the cycle would otherwise need the whole planning and assessment flow).

type Person = Awaited<ReturnType<typeof makePerson>>;
type School = Awaited<ReturnType<typeof makeSchool>>;

type Assessed = {
  state: 'draft' | 'final';
  predikat?: Predikat;
  version?: number;
  document?: EvaluationDocument;
};

/** A stage to put a teacher in: plan status, Pelaksanaan state, assessment (tahunan by default). */
export type Stage = {
  plan?: 'draft' | 'submitted' | 'returned' | 'approved';
  cycle?: 'observation' | 'completed';
  assessment?: Assessed;
  /** More assessments of the same plan (other documents). */
  more?: Assessed[];
  periodId?: string;
};

/** Moves a school to another kabupaten/kota (the factory always makes 32/3204). */
async function moveSchool(db: Db, school: School, region: { province: string; regency: string }) {
  await makeRegion(db, region);
  await db
    .updateTable('schools')
    .set({ provinceCode: region.province, regencyCode: region.regency })
    .where('id', '=', school.id)
    .execute();
  return { ...school, provinceCode: region.province, regencyCode: region.regency };
}

/** A teacher on a school's staff with their plan, Pelaksanaan and assessment as the stage says. */
export async function makeTeacherAt(
  db: Db,
  school: School,
  name: string,
  stage: Stage = {},
): Promise<Person> {
  const person = await makePerson(db, { schoolId: school.id, name });
  await db
    .updateTable('schoolStaff')
    .set({ provinceCode: school.provinceCode })
    .where('personId', '=', person.id)
    .execute();
  if (!stage.plan) return person;
  const periodId = stage.periodId ?? '2026';
  const owner = {
    periodId,
    employeeId: person.id,
    employeeKind: 'teacher' as const,
    schoolId: school.id,
    provinceCode: school.provinceCode,
  };
  const plan = await db
    .insertInto('plans')
    .values({ ...owner, regencyCode: school.regencyCode, status: stage.plan, draft: '{}' })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (stage.cycle) {
    await db
      .insertInto('practiceCycles')
      .values({ ...owner, planId: plan.id, state: stage.cycle, record: '{}' })
      .execute();
  }
  for (const assessed of [stage.assessment, ...(stage.more ?? [])]) {
    if (!assessed) continue;
    const final = assessed.state === 'final';
    await db
      .insertInto('assessments')
      .values({
        ...owner,
        planId: plan.id,
        regencyCode: school.regencyCode,
        document: assessed.document ?? 'tahunan',
        state: assessed.state,
        predikat: final ? (assessed.predikat ?? 'baik') : null,
        finalizedAt: final ? new Date('2026-12-01T03:00:00Z') : null,
        version: assessed.version ?? 1,
      })
      .execute();
  }
  return person;
}

/**
 * Province 32 with kabupaten 3204 (Dinas A: schools "A Satu" and "A Dua", and "A Kosong" without
 * teachers) and kota 3273 (Dinas B: school "B Satu"); a provincial Dinas of 32; province 33 with
 * Dinas C (3301) and one school. Each school has a head (Kepala Sekolah, not a teacher) and an
 * administrative staff member (not a teacher) who must not be counted.
 */
export async function makeDashboardRegion(db: Db) {
  await makeRegion(db, { province: '32', regency: '3204' });
  await makeRegion(db, { province: '32', regency: '3273' });
  await makeRegion(db, { province: '33', regency: '3301' });
  const dinasA = await makeDinas(db, { provinceCode: '32', regencyCode: '3204' });
  const dinasB = await makeDinas(db, { provinceCode: '32', regencyCode: '3273' });
  const dinasC = await makeDinas(db, { provinceCode: '33', regencyCode: '3301' });
  const dinasProvince = await makeDinas(db, { provinceCode: '32', regencyCode: null });
  await db
    .updateTable('dinasOffices')
    .set({ level: 'provinsi' })
    .where('id', '=', dinasProvince.id)
    .execute();
  const a1 = await makeSchool(db, { jenjang: 'SMP', name: 'SMP A Satu', dinasId: dinasA.id });
  const a2 = await makeSchool(db, { jenjang: 'SMP', name: 'SMP A Dua', dinasId: dinasA.id });
  const a0 = await makeSchool(db, { jenjang: 'SMP', name: 'SMP A Kosong', dinasId: dinasA.id });
  const b1 = await moveSchool(
    db,
    await makeSchool(db, { jenjang: 'SMP', name: 'SMP B Satu', dinasId: dinasB.id }),
    {
      province: '32',
      regency: '3273',
    },
  );
  const c1 = await moveSchool(
    db,
    await makeSchool(db, { jenjang: 'SMP', name: 'SMP C Satu', dinasId: dinasC.id }),
    {
      province: '33',
      regency: '3301',
    },
  );
  const heads: Record<string, Person> = {};
  for (const school of [a1, a2, b1, c1]) {
    const head = await makePerson(db, {
      schoolId: school.id,
      jenisPtk: 'Kepala Sekolah',
      name: `Kepala ${school.name}`,
    });
    await makePrincipal(db, { schoolId: school.id, personId: head.id, periodId: '2026' });
    const staff = await makePerson(db, {
      schoolId: school.id,
      jenisPtk: 'Tenaga Administrasi Sekolah',
      name: `TU ${school.name}`,
    });
    await db
      .updateTable('schoolStaff')
      .set({ provinceCode: school.provinceCode })
      .where('personId', 'in', [head.id, staff.id])
      .execute();
    heads[school.name] = head;
  }
  const t = (school: School, name: string, stage?: Stage) => makeTeacherAt(db, school, name, stage);
  const teachers = {
    noPlan: await t(a1, 'Guru 01 Belum Mulai'),
    draft: await t(a1, 'Guru 02 Draf', { plan: 'draft' }),
    submitted: await t(a1, 'Guru 03 Diajukan', { plan: 'submitted' }),
    final: await t(a1, 'Guru 04 Ditetapkan', {
      plan: 'approved',
      cycle: 'completed',
      assessment: { state: 'final', predikat: 'baik' },
    }),
    assessing: await t(a1, 'Guru 05 Dinilai', {
      plan: 'approved',
      cycle: 'observation',
      assessment: { state: 'draft', version: 2 },
    }),
    otherPeriod: await t(a1, 'Guru 06 Periode Lain', { plan: 'approved', periodId: '2025' }),
    a2Best: await t(a2, 'Guru 07 Sangat Baik', {
      plan: 'approved',
      cycle: 'completed',
      assessment: { state: 'final', predikat: 'sangat_baik' },
    }),
    a2Returned: await t(a2, 'Guru 08 Dikembalikan', { plan: 'returned' }),
    a2Kurang: await t(a2, 'Guru 09 Kurang', {
      plan: 'approved',
      cycle: 'completed',
      assessment: { state: 'final', predikat: 'kurang' },
    }),
    a2Unsaved: await t(a2, 'Guru 10 Belum Disimpan', {
      plan: 'approved',
      assessment: { state: 'draft', version: 0 },
    }),
    b1Butuh: await t(b1, 'Guru 11 Butuh Perbaikan', {
      plan: 'approved',
      cycle: 'completed',
      assessment: { state: 'final', predikat: 'butuh_perbaikan' },
    }),
    b1NoPlan: await t(b1, 'Guru 12 Belum Mulai'),
    c1Final: await t(c1, 'Guru 13 Provinsi Lain', {
      plan: 'approved',
      cycle: 'completed',
      assessment: { state: 'final', predikat: 'sangat_kurang' },
    }),
    // 2024-S2 produces two documents: semester_2 and, closing the period, akhir (domain.md §5.6).
    c1In2024: await t(c1, 'Guru 14 Tahun 2024', {
      periodId: '2024-S2',
      plan: 'approved',
      cycle: 'completed',
      assessment: { state: 'final', predikat: 'sangat_baik', document: 'semester_2' },
      more: [{ state: 'final', predikat: 'kurang', document: 'akhir' }],
    }),
  };
  return {
    dinasA,
    dinasB,
    dinasC,
    dinasProvince,
    schools: { a0, a1, a2, b1, c1 },
    heads,
    teachers,
  };
}
