import { sql } from 'kysely';
import { openContext } from './bootstrap.js';
import { loadConfig } from './config.js';
const ctx = await openContext(loadConfig({ KINERJA_DATA_DIR: '/tmp/rx/data2' }));
const nuptks = Array.from({ length: 1000 }, (_, i) => String(1000000000000000 + i * 7));
const nips = nuptks.slice(0, 333).map((_, i) => `19800101${String(2000000000 + i * 3)}`);
const emails = nuptks.map((_, i) => `guru${i * 7}@guru.sd.belajar.id`);
const q = sql`select id from people where nip = any(${nips}::text[]) union select id from people where nuptk = any(${nuptks}::text[]) union select id from people where email = any(${emails}::text[])`;
for (let k = 0; k < 3; k++) {
  let t = performance.now();
  const r = await q.execute(ctx.db);
  console.log(r.rows.length, performance.now() - t);
  console.log((await sql`explain ${q}`.execute(ctx.db)).rows.map((r: any) => r['QUERY PLAN'].slice(0, 80)).join('\n'));
}
await ctx.database.close();
