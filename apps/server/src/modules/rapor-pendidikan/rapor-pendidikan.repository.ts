import type { Db } from '../../db/database.js';

/** One imported weak sub-indicator of a school. */
export type RaporScore = { indicatorCode: string; score: number; importedAt: Date };

/** The imported Rapor Pendidikan scores of a school, weakest first. */
export async function findRaporScores(db: Db, schoolId: string): Promise<RaporScore[]> {
  const rows = await db
    .selectFrom('raporPendidikanScores')
    .select(['indicatorCode', 'score', 'importedAt'])
    .where('schoolId', '=', schoolId)
    .orderBy('score')
    .orderBy('indicatorCode')
    .execute();
  return rows.map((row) => ({ ...row, score: Number(row.score) }));
}

/** Schools known by NPSN, for checking an import file. */
export async function findSchoolsByNpsn(
  db: Db,
  npsns: readonly string[],
): Promise<Map<string, { id: string; provinceCode: string }>> {
  const found = new Map<string, { id: string; provinceCode: string }>();
  for (let i = 0; i < npsns.length; i += 1000) {
    const chunk = npsns.slice(i, i + 1000);
    const rows = await db
      .selectFrom('schools')
      .select(['id', 'npsn', 'provinceCode'])
      .where('npsn', 'in', chunk)
      .execute();
    for (const row of rows) found.set(row.npsn, { id: row.id, provinceCode: row.provinceCode });
  }
  return found;
}

/** Replaces the scores of the file's schools and records the import, in the caller's transaction. */
export async function replaceRaporScores(
  trx: Db,
  input: {
    createdBy: string;
    rows: ReadonlyArray<{
      schoolId: string;
      provinceCode: string;
      indicatorCode: string;
      score: number;
    }>;
    now: Date;
  },
): Promise<{ id: string; schools: number }> {
  const schoolIds = [...new Set(input.rows.map((row) => row.schoolId))];
  const created = await trx
    .insertInto('raporPendidikanImports')
    .values({
      createdBy: input.createdBy,
      rowsCount: input.rows.length,
      schoolsCount: schoolIds.length,
      createdAt: input.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (let i = 0; i < schoolIds.length; i += 1000) {
    await trx
      .deleteFrom('raporPendidikanScores')
      .where('schoolId', 'in', schoolIds.slice(i, i + 1000))
      .execute();
  }
  for (let i = 0; i < input.rows.length; i += 1000) {
    const values = input.rows
      .slice(i, i + 1000)
      .map((row) => ({ ...row, importId: created.id, importedAt: input.now }));
    await trx.insertInto('raporPendidikanScores').values(values).execute();
  }
  return { id: created.id, schools: schoolIds.length };
}
