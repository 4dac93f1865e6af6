import { openContext } from '/work/main/apps/server/src/bootstrap.js';
import { loadConfig } from '/work/main/apps/server/src/config.js';
import { buildApp } from '/work/main/apps/server/src/app.js';
import { benchEnv } from '/work/main/bench/src/app-under-test.js';
import { createTarget } from '/work/main/bench/src/target-database.js';
import { generatePlanningDataset } from '/work/main/bench/src/generate/planning-dataset.js';
import { insertRaporScores } from '/work/main/bench/src/generate/planning-rapor.js';
import { fillCompetencyIndicators } from '/work/main/bench/src/generate/planning-catalogue.js';
import { runWaveInWorker } from '/work/main/bench/src/scenarios/planning-client.js';

const target = await createTarget('pglite', '');
const offset = Date.parse('2026-01-10T09:00:00+07:00') - Date.now();
const ctx = await openContext(loadConfig(benchEnv(target)), () => new Date(Date.now() + offset));
const data = await generatePlanningDataset(ctx.db, { schools: 22, teachersPerSchool: 10, now: ctx.clock(), ttlHours: 12 });
await insertRaporScores(ctx.db, { adminId: data.admin.id, schoolIds: data.schools.map((s) => s.id) });
const app = await buildApp(ctx);
const T0 = { v: 0 };
const log: string[] = [];
const times = new WeakMap<object, number>();
const conns = new WeakMap<object, number>();
app.server.on('connection', (sock) => { conns.set(sock, performance.now()); });
app.server.on('request', (req) => { times.set(req, performance.now()); });
app.addHook('onRequest', async (req) => { (req as unknown as { t1: number }).t1 = performance.now(); });
app.addHook('preHandler', async (req) => { (req as unknown as { t2: number }).t2 = performance.now(); });
app.addHook('onResponse', async (req) => {
  if (!req.url.startsWith('/api/me')) return;
  const r = req as unknown as { t1: number; t2: number };
  const t0 = times.get(req.raw) ?? 0;
  const c = conns.get(req.raw.socket) ?? 0;
  log.push(`conn=${(c - T0.v).toFixed(0)} arrive=${(t0 - T0.v).toFixed(0)} onReq=${(r.t1 - t0).toFixed(0)} preH=${(r.t2 - t0).toFixed(0)} done=${(performance.now() - t0).toFixed(0)}`);
});
const appUrl = await app.listen({ port: 0, host: '127.0.0.1' });
await fillCompetencyIndicators({ appUrl, adminCookie: data.admin.cookie, periodId: '2026' });
const spec = (schools: typeof data.schools) => ({ appUrl, pollMs: 500, timeoutSeconds: 600,
  teachers: schools.flatMap((s, i) => s.teacherCookies.map((cookie) => ({ cookie, schoolIndex: i }))),
  principals: schools.map((s) => ({ cookie: s.principalCookie, schoolId: s.id, teachers: s.teacherCookies.length })) });
await runWaveInWorker(spec(data.schools.slice(0, 2)));
log.length = 0;
T0.v = performance.now();
const r = await runWaveInWorker(spec(data.schools.slice(2)));
console.log('T0 vs worker start unknown; conn times relative to before fork');
console.log('wave', r.seconds.toFixed(1), 's', r.total.count, r.endpoints['GET /api/me']);
const sorted = log.sort((a, b) => Number(b.split('done=')[1]) - Number(a.split('done=')[1]));
console.log(sorted.slice(0, 15).join('\n'));
console.log('...'); console.log(sorted.slice(-5).join('\n'));
await app.close(); await ctx.database.close(); await target.dispose();
