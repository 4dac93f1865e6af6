import type { RosterImportKind, RosterImportSummary } from '@kinerja/contract';
import type { Db } from '../../db/database.js';
import { readRosterRows, type RosterFormat } from './parse-roster-file.js';
import { detectLayout, toRecord, type PtkColumn, type RosterLayout, type SchoolColumn } from './roster-columns.js';
import {
  findPeopleByKeys,
  findSchoolsByNpsn,
  insertMissingRegions,
  insertPeople,
  linkStaff,
  setPrincipals,
  updatePeople,
  upsertSchools,
  type SchoolRef,
} from './roster-write.repository.js';
import { BATCH_SIZE, type RosterProgress } from './validate-roster-file.js';
import { validatePtkRow, validateSchoolRow, type PtkRow, type SchoolRow } from './validate-roster-row.js';

type WriteContext = {
  trx: Db;
  now: Date;
  periodId: string;
  summary: RosterImportSummary;
  schools: Map<string, SchoolRef>;
};

/** What pass 2 needs: the file already validated by pass 1, and the open transaction. */
export type WriteRosterOptions = {
  filePath: string;
  format: RosterFormat;
  kind: RosterImportKind;
  rowsTotal: number;
  periodId: string;
  now: Date;
  onProgress?: ((progress: RosterProgress) => Promise<void> | void) | undefined;
};

/** Pass 2: streams the validated file again and upserts it in batches inside the caller's transaction. */
export async function writeRosterFile(trx: Db, options: WriteRosterOptions): Promise<RosterImportSummary> {
  const context: WriteContext = {
    trx,
    now: options.now,
    periodId: options.periodId,
    summary: { schoolsCreated: 0, schoolsUpdated: 0, peopleCreated: 0, peopleUpdated: 0, principalsSet: 0 },
    schools: new Map(),
  };
  let layout: RosterLayout | undefined;
  let batch: Array<SchoolRow | PtkRow> = [];
  let written = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    if (options.kind === 'schools') await writeSchools(context, batch as SchoolRow[]);
    else await writePeople(context, batch as PtkRow[]);
    written += batch.length;
    batch = [];
    await options.onProgress?.({ phase: 'writing', kind: options.kind, rowsProcessed: written, rowsTotal: options.rowsTotal });
  };
  for await (const raw of readRosterRows(options.filePath, options.format)) {
    if (!layout) {
      layout = detectLayout(raw.cells);
      if (layout.kind !== options.kind) throw fileChanged();
      continue;
    }
    batch.push(revalidate(layout, raw.cells, raw.line));
    if (batch.length >= BATCH_SIZE) await flush();
  }
  await flush();
  if (written !== options.rowsTotal) throw fileChanged();
  return context.summary;
}

const fileChanged = () => new Error('Berkas berubah di antara pemeriksaan dan penulisan; impor dibatalkan.');

function revalidate(layout: RosterLayout, cells: string[], line: number): SchoolRow | PtkRow {
  const row =
    layout.kind === 'schools'
      ? validateSchoolRow(toRecord<SchoolColumn>(layout, cells), line).row
      : validatePtkRow(toRecord<PtkColumn>(layout, cells), line).row;
  if (!row) throw fileChanged();
  return row;
}

async function writeSchools(context: WriteContext, rows: SchoolRow[]): Promise<void> {
  await insertMissingRegions(context.trx, rows);
  const { created, updatedIds } = await upsertSchools(context.trx, rows, context.now);
  context.summary.schoolsCreated += created;
  context.summary.schoolsUpdated += updatedIds.length;
}

/** People by NIP, else NUPTK (as pass 1 checked); then staff links and principals of the period. */
async function writePeople(context: WriteContext, rows: PtkRow[]): Promise<void> {
  const { trx, now, summary } = context;
  await loadSchools(context, rows);
  const stored = await findPeopleByKeys(trx, {
    nips: rows.flatMap((r) => (r.nip ? [r.nip] : [])),
    nuptks: rows.flatMap((r) => (r.nuptk ? [r.nuptk] : [])),
    emails: [],
  });
  const byNip = new Map(stored.filter((p) => p.nip).map((p) => [p.nip, p.id]));
  const byNuptk = new Map(stored.filter((p) => p.nuptk).map((p) => [p.nuptk, p.id]));
  const idOf = (r: PtkRow) => (r.nip ? byNip.get(r.nip) : undefined) ?? (r.nuptk ? byNuptk.get(r.nuptk) : undefined);
  const existing = rows.flatMap((row) => {
    const id = idOf(row);
    return id ? [{ id, row }] : [];
  });
  summary.peopleUpdated += await updatePeople(trx, existing, now);
  const fresh = rows.filter((r) => !idOf(r));
  const inserted = await insertPeople(trx, fresh, now);
  summary.peopleCreated += inserted.length;
  for (const p of inserted) {
    if (p.nip) byNip.set(p.nip, p.id);
    else if (p.nuptk) byNuptk.set(p.nuptk, p.id);
  }
  const isNew = new Set(fresh);
  const placed = rows.map((row) => {
    const school = context.schools.get(row.npsn);
    const personId = idOf(row);
    if (!school || !personId) throw new Error(`Baris PTK untuk NPSN ${row.npsn} tidak dapat ditempatkan`);
    return { row, school, personId };
  });
  await linkStaff(
    trx,
    placed.map((p) => ({
      personId: p.personId,
      schoolId: p.school.id,
      provinceCode: p.school.provinceCode,
      isNew: isNew.has(p.row),
    })),
    now,
  );
  const heads = placed.flatMap(({ row, school, personId }) =>
    row.principalKind ? [{ schoolId: school.id, personId, kind: row.principalKind }] : [],
  );
  summary.principalsSet += await setPrincipals(trx, context.periodId, heads, now);
}

async function loadSchools(context: WriteContext, rows: readonly PtkRow[]): Promise<void> {
  const missing = [...new Set(rows.map((r) => r.npsn).filter((npsn) => !context.schools.has(npsn)))];
  for (const school of await findSchoolsByNpsn(context.trx, missing)) context.schools.set(school.npsn, school);
}
