import { can, requireCatalogue, seedCatalogues } from '@kinerja/domain';
import { AppError, forbidden } from '../../lib/app-error.js';
import { writeAudit } from '../../lib/audit.js';
import type { AppContext } from '../../lib/context.js';
import { loadActor } from '../plan-context/plan-actor.js';
import { parseRaporCsv, type RaporLineError } from './parse-rapor-csv.js';
import { findSchoolsByNpsn, replaceRaporScores } from './rapor-pendidikan.repository.js';

const MAX_REPORTED = 200;

/** Sub-indicator codes of Rapor Pendidikan D1 (teachers) and D3 (principals) — domain.md §4.1, §4.2, §6.5. */
function indicatorCodes(): Set<string> {
  const ids = ['practice-indicators-teacher', 'practice-indicators-principal'] as const;
  return new Set(
    ids.flatMap((id) =>
      requireCatalogue(seedCatalogues.practiceIndicators, id).items.map((item) => item.code),
    ),
  );
}

function invalidFile(errors: readonly RaporLineError[]): AppError {
  const shown = errors.slice(0, MAX_REPORTED);
  const more = errors.length > shown.length ? ` (${MAX_REPORTED} pertama ditampilkan)` : '';
  return new AppError({
    code: 'RAPOR_IMPORT_INVALID',
    status: 400,
    message: `Berkas tidak diimpor: ${errors.length} kesalahan${more}. Tidak ada data yang diubah; perbaiki lalu unggah ulang.`,
    fields: shown.map((error) => ({ field: error.field, message: error.message })),
  });
}

/** Every line checked, the NPSNs resolved to schools; throws 400 with all problems otherwise. */
async function checkedRows(ctx: AppContext, csv: string) {
  const { lines, errors } = parseRaporCsv(csv, indicatorCodes());
  const schools = await findSchoolsByNpsn(ctx.db, [...new Set(lines.map((line) => line.npsn))]);
  for (const line of lines) {
    if (schools.has(line.npsn)) continue;
    const message = `Baris ${line.line}: NPSN ${line.npsn} tidak terdaftar; impor data sekolah terlebih dahulu.`;
    errors.push({ line: line.line, field: 'npsn', message });
  }
  if (errors.length > 0) throw invalidFile(errors.sort((a, b) => a.line - b.line));
  return lines.map((line) => {
    const school = schools.get(line.npsn)!;
    return {
      schoolId: school.id,
      provinceCode: school.provinceCode,
      indicatorCode: line.indicatorCode,
      score: line.score,
    };
  });
}

/**
 * An administrator imports the weakest Rapor Pendidikan sub-indicators per school (docs/RAPOR-PENDIDIKAN.md):
 * the whole file is checked first and nothing is written on any error; the file's schools get their
 * scores replaced in one transaction with the audit row.
 */
export async function importRaporPendidikan(
  ctx: AppContext,
  input: { personId: string; periodId: string; csv: string; requestId: string },
): Promise<{ id: string; rows: number; schools: number }> {
  const actor = await loadActor(ctx.db, input.personId, input.periodId);
  // Rapor Pendidikan values are reference data, edited like the catalogues — by an administrator.
  if (!can(actor, 'catalogue.edit').allowed) {
    throw forbidden('Hanya Admin yang dapat mengimpor data Rapor Pendidikan.');
  }
  const rows = await checkedRows(ctx, input.csv);
  return ctx.db.transaction().execute(async (trx) => {
    const result = await replaceRaporScores(trx, {
      createdBy: input.personId,
      rows,
      now: ctx.clock(),
    });
    const after = { rows: rows.length, schools: result.schools };
    const entity = { entityType: 'rapor_pendidikan_import', entityId: result.id };
    await writeAudit(trx, {
      at: ctx.clock(),
      actorId: input.personId,
      action: 'rapor_pendidikan.import',
      ...entity,
      after,
      requestId: input.requestId,
    });
    return { id: result.id, rows: rows.length, schools: result.schools };
  });
}
