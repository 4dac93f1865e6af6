import { notifyHeadsOfWaitingPlans } from '../notifications/notify-waiting-plans.js';
import { approveWaitingPlansOfActingSchools } from '../plans/approve-waiting-plans.js';
import type { RosterImportKind, RosterImportSummary } from '@kinerja/contract';
import type { Db } from '../../db/database.js';
import { readRosterRows, type RosterFormat } from './parse-roster-file.js';
import {
  headerOrPreamble,
  toRecord,
  type PtkColumn,
  type RosterLayout,
  type SchoolColumn,
} from './roster-columns.js';
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
  type StaffLink,
} from './roster-write.repository.js';
import { BATCH_SIZE, type RosterProgress } from './validate-roster-file.js';
import {
  validatePtkRow,
  validateSchoolRow,
  type PtkRow,
  type SchoolRow,
} from './validate-roster-row.js';

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
  /** The operator's own school, for a Dapodik PTK export without an NPSN column. */
  defaultNpsn?: string | undefined;
  onProgress?: ((progress: RosterProgress) => Promise<void> | void) | undefined;
};

const emptySummary = (): RosterImportSummary => ({
  schoolsCreated: 0,
  schoolsUpdated: 0,
  peopleCreated: 0,
  peopleUpdated: 0,
  principalsSet: 0,
  rowsSkipped: 0,
});

/** Pass 2: streams the validated file again and upserts it in batches inside the caller's transaction. */
export async function writeRosterFile(
  trx: Db,
  options: WriteRosterOptions,
): Promise<RosterImportSummary> {
  const context: WriteContext = {
    trx,
    now: options.now,
    periodId: options.periodId,
    summary: emptySummary(),
    schools: new Map(),
  };
  const { kind, rowsTotal } = options;
  let written = 0;
  for await (const batch of validRows(options, context.summary)) {
    if (kind === 'schools') await writeSchools(context, batch as SchoolRow[]);
    else await writePeople(context, batch as PtkRow[]);
    written += batch.length;
    await options.onProgress?.({ phase: 'writing', kind, rowsProcessed: written, rowsTotal });
  }
  if (written !== rowsTotal) throw fileChanged();
  return context.summary;
}

/** The file's rows, normalised again by the same pure checks, in batches of BATCH_SIZE. */
async function* validRows(
  options: WriteRosterOptions,
  summary: RosterImportSummary,
): AsyncGenerator<Array<SchoolRow | PtkRow>> {
  let layout: RosterLayout | null = null;
  let batch: Array<SchoolRow | PtkRow> = [];
  for await (const raw of readRosterRows(options.filePath, options.format)) {
    if (!layout) {
      layout = headerOrPreamble(raw.cells, raw.line, { defaultNpsn: options.defaultNpsn });
      if (layout && layout.kind !== options.kind) throw fileChanged();
      continue;
    }
    const row = revalidate(layout, raw.cells, raw.line);
    if (row === null) {
      summary.rowsSkipped = (summary.rowsSkipped ?? 0) + 1;
      continue;
    }
    batch.push(row);
    if (batch.length >= BATCH_SIZE) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

const fileChanged = () =>
  new Error('Berkas berubah di antara pemeriksaan dan penulisan; impor dibatalkan.');

/** The row again, normalised by the same pure checks; null for a passed-over Dapodik row. */
function revalidate(
  layout: RosterLayout,
  cells: string[],
  line: number,
): SchoolRow | PtkRow | null {
  if (layout.kind === 'schools') {
    const record = toRecord<SchoolColumn>(layout, cells);
    if (!record) return null;
    return validateSchoolRow(record, line).row ?? throwChanged();
  }
  const record = toRecord<PtkColumn>(layout, cells);
  if (!record) return null;
  return validatePtkRow(record, line).row ?? throwChanged();
}

function throwChanged(): never {
  throw fileChanged();
}

async function writeSchools(context: WriteContext, rows: SchoolRow[]): Promise<void> {
  await insertMissingRegions(context.trx, rows);
  const { created, updatedIds } = await upsertSchools(context.trx, rows, context.now);
  context.summary.schoolsCreated += created;
  context.summary.schoolsUpdated += updatedIds.length;
}

/** People of a batch, then their staff links and the principals of the period. */
async function writePeople(context: WriteContext, rows: PtkRow[]): Promise<void> {
  await loadSchools(context, rows);
  const people = await upsertPeople(context, rows);
  const links: StaffLink[] = [];
  const heads: Array<{ schoolId: string; personId: string; kind: 'definitive' | 'acting' }> = [];
  for (const row of rows) {
    const school = context.schools.get(row.npsn);
    const person = people.get(row);
    if (!school || !person)
      throw new Error(`Baris PTK untuk NPSN ${row.npsn} tidak dapat ditempatkan`);
    links.push({
      personId: person.id,
      schoolId: school.id,
      provinceCode: school.provinceCode,
      isNew: person.isNew,
    });
    if (row.principalKind)
      heads.push({ schoolId: school.id, personId: person.id, kind: row.principalKind });
  }
  await linkStaff(context.trx, links, context.now);
  context.summary.principalsSet += await setPrincipals(
    context.trx,
    context.periodId,
    heads,
    context.now,
  );
  await notifyHeadsOfWaitingPlans(
    context.trx,
    context.periodId,
    heads.filter((head) => head.kind === 'definitive').map((head) => head.schoolId),
  );
  // A Plt school approves automatically: plans that waited without an atasan are approved now.
  await approveWaitingPlansOfActingSchools(context.trx, {
    periodId: context.periodId,
    schoolIds: heads.filter((head) => head.kind === 'acting').map((head) => head.schoolId),
    actorId: null,
    now: context.now,
  });
}

/** Finds each row's person by NIP, else NUPTK (as pass 1 checked), updates them or creates them. */
async function upsertPeople(
  context: WriteContext,
  rows: readonly PtkRow[],
): Promise<Map<PtkRow, { id: string; isNew: boolean }>> {
  const { trx, now, summary } = context;
  const stored = await findPeopleByKeys(trx, {
    nips: rows.flatMap((r) => (r.nip ? [r.nip] : [])),
    nuptks: rows.flatMap((r) => (r.nuptk ? [r.nuptk] : [])),
    emails: [],
  });
  const byNip = new Map(stored.flatMap((p) => (p.nip ? [[p.nip, p.id] as const] : [])));
  const byNuptk = new Map(stored.flatMap((p) => (p.nuptk ? [[p.nuptk, p.id] as const] : [])));
  const found = new Map<PtkRow, { id: string; isNew: boolean }>();
  for (const row of rows) {
    const id =
      (row.nip ? byNip.get(row.nip) : undefined) ??
      (row.nuptk ? byNuptk.get(row.nuptk) : undefined);
    if (id) found.set(row, { id, isNew: false });
  }
  summary.peopleUpdated += await updatePeople(
    trx,
    [...found].map(([row, p]) => ({ id: p.id, row })),
    now,
  );
  const fresh = rows.filter((row) => !found.has(row));
  const inserted = await insertPeople(trx, fresh, now);
  summary.peopleCreated += inserted.length;
  const insertedId = new Map(inserted.map((p) => [p.nip ?? `nuptk:${p.nuptk}`, p.id]));
  for (const row of fresh) {
    const id = insertedId.get(row.nip ?? `nuptk:${row.nuptk}`);
    if (id) found.set(row, { id, isNew: true });
  }
  return found;
}

async function loadSchools(context: WriteContext, rows: readonly PtkRow[]): Promise<void> {
  const missing = [
    ...new Set(rows.map((r) => r.npsn).filter((npsn) => !context.schools.has(npsn))),
  ];
  for (const school of await findSchoolsByNpsn(context.trx, missing)) {
    context.schools.set(school.npsn, school);
  }
}
