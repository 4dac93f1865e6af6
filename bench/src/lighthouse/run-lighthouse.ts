// `npm run bench:lighthouse`: Lighthouse mobile performance of /masuk, / and /rencana against the
// built app with the demo data (issue 15 item 6). Prints figures; asserts nothing (architecture.md §7).
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { freePort, startChildServer } from '../crash/crash-server.js';
import { machineInfo } from '../machine.js';
import { writeResults } from '../results.js';
import { startChromium } from './chromium.js';
import { pageFigures, type LighthouseResult, type PageFigures } from './page-figures.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const WEB_DIST = path.join(ROOT, 'apps/web/dist');
/** A demo teacher (README "Demo logins"): home with tasks and a plan of their own. */
const TEACHER = { email: 'andi.wijaya@guru.sma.belajar.id', password: 'kinerja-demo-2026' };
const PAGES = [
  { path: '/masuk', signedIn: false },
  { path: '/', signedIn: true },
  { path: '/rencana', signedIn: true },
] as const;

type Row = { page: string; visit: 'first' | 'repeat'; figures: PageFigures };

/** Signs the demo teacher in over HTTP and returns the session cookie for the browser to send. */
async function signIn(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(TEACHER),
  });
  if (!response.ok) throw new Error(`demo sign-in failed: HTTP ${response.status}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c?.startsWith('kinerja_session='));
  if (!cookie) throw new Error('demo sign-in set no kinerja_session cookie');
  return cookie;
}

async function audit(
  url: string,
  port: number,
  cookie: string | null,
  repeat: boolean,
): Promise<LighthouseResult> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance'],
    // Lighthouse's own way to audit a signed-in page: the session cookie on every request.
    ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
    // A repeat visit keeps the HTTP cache of the first (hashed files are cached as immutable).
    disableStorageReset: repeat,
  });
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  return result.lhr as unknown as LighthouseResult;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ms = (value: number) => Math.round(value).toString();

function printTable(rows: Row[]): void {
  const header = [
    'page',
    'visit',
    'score',
    'FCP ms',
    'LCP ms',
    'TBT ms',
    'CLS',
    'SI ms',
    'requests',
    'transfer KB',
    'JS transfer KB',
    'JS gzip KB',
    'JS br KB',
  ];
  const lines = rows.map(({ page, visit, figures: f }) => [
    page,
    visit,
    f.score === null ? '—' : String(Math.round(f.score * 100)),
    ms(f.fcpMs),
    ms(f.lcpMs),
    ms(f.tbtMs),
    f.cls.toFixed(3),
    ms(f.speedIndexMs),
    String(f.requests),
    kb(f.transferBytes),
    kb(f.scriptTransferBytes),
    kb(f.scriptGzipBytes),
    kb(f.scriptBrotliBytes),
  ]);
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
  for (const line of lines) console.log(`| ${line.join(' | ')} |`);
}

async function main(): Promise<void> {
  if (!existsSync(path.join(WEB_DIST, 'index.html'))) {
    throw new Error('Build the app first: npm run build');
  }
  const startedAt = new Date();
  const machine = machineInfo();
  console.log(
    `Lighthouse mobile (simulated throttling) — ${machine.cores} × ${machine.cpuModel}, load ${machine.loadAverage.join(' ')}`,
  );
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kinerja-lighthouse-data-'));
  const server = await startChildServer({
    port: await freePort(),
    env: { KINERJA_DATA_DIR: dataDir },
    healthTimeoutMs: 600_000,
  });
  console.log(`  demo server up after ${((Date.now() - startedAt.getTime()) / 1000).toFixed(0)} s`);
  const chromium = await startChromium(await freePort());
  const rows: Row[] = [];
  try {
    const cookie = await signIn(server.baseUrl);
    for (const page of PAGES) {
      const url = `${server.baseUrl}${page.path}`;
      for (const visit of ['first', 'repeat'] as const) {
        const lhr = await audit(
          url,
          chromium.port,
          page.signedIn ? cookie : null,
          visit === 'repeat',
        );
        rows.push({ page: page.path, visit, figures: await pageFigures(lhr, WEB_DIST) });
        console.log(`  ${page.path} (${visit} visit) done`);
      }
    }
  } finally {
    await chromium.close();
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
  console.log();
  printTable(rows);
  for (const { page, visit, figures } of rows) {
    const shifts = figures.layoutShifts.map((s) => `${s.element} ${s.score.toFixed(3)}`);
    if (shifts.length > 0) console.log(`layout shifts (${page}, ${visit}): ${shifts.join('; ')}`);
    for (const warning of figures.warnings) console.log(`warning (${page}, ${visit}): ${warning}`);
  }
  const index = rows.map((r) => Math.round(r.figures.benchmarkIndex)).join(', ');
  console.log(`Lighthouse benchmarkIndex per run: ${index} (lower = slower or busier machine)`);
  const file = await writeResults(startedAt, { kind: 'lighthouse', machine, rows });
  console.log(`\nRaw figures: ${path.relative(ROOT, file)}`);
}

await main();
