import type { Db } from '../../../apps/server/src/db/database.js';

/** D1 sub-indicators a school's Rapor Pendidikan shows as weakest; the teacher is offered them first. */
const WEAKEST = ['penerapan_disiplin_positif', 'umpan_balik_konstruktif'] as const;
const PROVINCE = '32';

/**
 * Stores an imported Rapor Pendidikan for every school (two weakest sub-indicators each), as the
 * administrator's CSV import stores it (docs/RAPOR-PENDIDIKAN.md), so "Praktik Kinerja" has
 * recommendations to read (domain.md §3.3, §6.5).
 */
export async function insertRaporScores(
  db: Db,
  input: { adminId: string; schoolIds: string[] },
): Promise<void> {
  const created = await db
    .insertInto('raporPendidikanImports')
    .values({
      createdBy: input.adminId,
      rowsCount: input.schoolIds.length * WEAKEST.length,
      schoolsCount: input.schoolIds.length,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const rows = input.schoolIds.flatMap((schoolId, index) =>
    WEAKEST.map((indicatorCode, rank) => ({
      schoolId,
      indicatorCode,
      provinceCode: PROVINCE,
      score: 40 + (index % 10) + rank * 5,
      importId: created.id,
    })),
  );
  for (let start = 0; start < rows.length; start += 1000) {
    await db
      .insertInto('raporPendidikanScores')
      .values(rows.slice(start, start + 1000))
      .execute();
  }
}
