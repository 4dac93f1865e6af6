import { openContext } from './bootstrap.js';
import { loadConfig } from './config.js';
import { readRosterRows } from './modules/roster-import/parse-roster-file.js';
import { detectLayout, toRecord } from './modules/roster-import/roster-columns.js';
import { validatePtkRow, type PtkRow } from './modules/roster-import/validate-roster-row.js';
import * as repo from './modules/roster-import/roster-write.repository.js';
const ctx = await openContext(loadConfig({ KINERJA_DATA_DIR: '/tmp/rx/data2' }));
const rows: PtkRow[] = [];
let layout;
for await (const r of readRosterRows('/tmp/rx/big-ptk.csv', 'csv')) {
  if (!layout) { layout = detectLayout(r.cells); continue; }
  rows.push(validatePtkRow(toRecord(layout, r.cells) as never, r.line).row!);
  if (rows.length === 1000) break;
}
const time = async <T>(label: string, f: () => Promise<T>) => { const t = performance.now(); const r = await f(); console.log(label, Math.round(performance.now() - t), 'ms'); return r; };
await ctx.db.transaction().execute(async (trx) => {
  const schools = await time('schools', () => repo.findSchoolsByNpsn(trx, rows.map(r => r.npsn)));
  const people = await time('people', () => repo.findPeopleByKeys(trx, { nips: rows.flatMap(r => r.nip ? [r.nip] : []), nuptks: rows.flatMap(r => r.nuptk ? [r.nuptk] : []), emails: rows.flatMap(r => r.email ? [r.email] : []) }));
  console.log(people.length);
  const byNuptk = new Map(people.map(p => [p.nuptk, p.id]));
  await time('update', () => repo.updatePeople(trx, rows.map(row => ({ id: byNuptk.get(row.nuptk)!, row: { ...row, name: row.name + 'x' } })), new Date()));
  const s = new Map(schools.map(x => [x.npsn, x]));
  await time('link', () => repo.linkStaff(trx, rows.map(r => ({ personId: byNuptk.get(r.nuptk)!, schoolId: s.get(r.npsn)!.id, provinceCode: '35' })), new Date()));
  await time('principals', () => repo.setPrincipals(trx, '2025', rows.filter(r => r.principalKind).map(r => ({ personId: byNuptk.get(r.nuptk)!, schoolId: s.get(r.npsn)!.id, kind: r.principalKind! })), new Date()));
  throw new Error('rollback');
}).catch((e: Error) => console.log(e.message));
await ctx.database.close();
