// `npm run bench -- --scenario=bytes`: bytes on the wire per page on a repeat visit (issue 17, low
// data: target ≤ 50 KB). The built app with the demo data is reached through a counting TCP proxy,
// so every byte counts, whoever asks for it: the page, its service worker, the worker's update check.
// Prints figures; asserts nothing (architecture.md §7).
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect, createServer, type Server } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { freePort, startChildServer } from '../crash/crash-server.js';
import { CHROMIUM_PATH } from '../lighthouse/chromium.js';
import { progress } from '../progress.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const PASSWORD = 'kinerja-demo-2026';
/** Demo people (README "Demo logins") and the pages they use most. */
const VISITS = [
  { who: null, pages: ['/masuk'] },
  {
    who: 'andi.wijaya@guru.sma.belajar.id',
    pages: [
      '/',
      '/rencana',
      '/pelaksanaan',
      '/pelaksanaan/bukti',
      '/notifikasi',
      '/penilaian-saya',
    ],
  },
  { who: 'siti.rahmawati@guru.sma.belajar.id', pages: ['/periksa', '/penilaian'] },
] as const;
/** The target of issue 17 for a repeat visit. */
export const REPEAT_VISIT_TARGET_BYTES = 50 * 1024;

/** One page's figures: bytes from the server to the phone and from the phone to the server. */
export type PageBytes = {
  who: string;
  page: string;
  firstDown: number;
  repeatDown: number;
  repeatUp: number;
};
/** What the bytes scenario reports. */
export type BytesReport = {
  scenario: 'bytes';
  pages: PageBytes[];
  /** Chromium's Page.getInstallabilityErrors on a signed-in page (issue 17: must be empty). */
  installabilityErrors: string[];
};

type Counter = { down: number; up: number };

/** A TCP proxy to `target` that counts the bytes each way; its numbers are what a phone pays for. */
async function countingProxy(
  port: number,
  target: number,
): Promise<{ counter: Counter; server: Server }> {
  const counter: Counter = { down: 0, up: 0 };
  const server = createServer((client) => {
    const upstream = connect(target, '127.0.0.1');
    client.on('data', (bytes: Buffer) => (counter.up += bytes.length));
    upstream.on('data', (bytes: Buffer) => (counter.down += bytes.length));
    client.pipe(upstream);
    upstream.pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return { counter, server };
}

/** Opens `page` and waits until nothing moves on the network; returns the bytes it cost. */
async function visit(context: BrowserContext, counter: Counter, page: string): Promise<Counter> {
  const tab = await context.newPage();
  const before = { ...counter };
  await tab.goto(page, { waitUntil: 'networkidle', timeout: 120_000 });
  // The worker's own requests escape 'networkidle': wait until the proxy saw nothing for 2 s.
  let seen = counter.down + counter.up;
  let quietMs = 0;
  const deadline = Date.now() + 30_000;
  while (quietMs < 2000 && Date.now() < deadline) {
    await tab.waitForTimeout(250);
    const now = counter.down + counter.up;
    quietMs = now === seen ? quietMs + 250 : 0;
    seen = now;
  }
  const cost = { down: counter.down - before.down, up: counter.up - before.up };
  await tab.close();
  return cost;
}

/**
 * Asks Chromium itself whether the app can be installed (Lighthouse 12 dropped its PWA category):
 * the error ids of Page.getInstallabilityErrors, none when installable.
 */
async function installability(context: BrowserContext, page: string): Promise<string[]> {
  const tab = await context.newPage();
  await tab.goto(page, { waitUntil: 'networkidle', timeout: 120_000 });
  // Runs in the page (the bench's own types have no DOM): wait for the worker to be active.
  await tab.evaluate('navigator.serviceWorker.ready.then(() => undefined)');
  const devtools = await context.newCDPSession(tab);
  const answer = await devtools.send('Page.getInstallabilityErrors');
  await tab.close();
  return answer.installabilityErrors.map((error) => error.errorId);
}

/** Signs in over HTTP inside the context, so its cookie jar holds the session. */
async function signIn(context: BrowserContext, email: string): Promise<void> {
  const response = await context.request.post('/api/auth/login', {
    data: { email, password: PASSWORD },
  });
  if (!response.ok()) throw new Error(`demo sign-in of ${email} failed: HTTP ${response.status()}`);
}

/** Runs the scenario: each page once to fill the caches, then again to measure the repeat visit. */
export async function runBytesScenario(): Promise<BytesReport> {
  if (!existsSync(path.join(ROOT, 'apps/web/dist/index.html'))) {
    throw new Error('Build the app first: npm run build');
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kinerja-bytes-data-'));
  const proxyPort = await freePort();
  const serverPort = await freePort();
  progress('bytes: starting the demo server');
  const server = await startChildServer({
    port: serverPort,
    // The browser reaches the server through the proxy: that is the public address.
    env: { KINERJA_DATA_DIR: dataDir, PUBLIC_URL: `http://127.0.0.1:${proxyPort}` },
    healthTimeoutMs: 600_000,
  });
  const proxy = await countingProxy(proxyPort, serverPort);
  const pages: PageBytes[] = [];
  let installabilityErrors: string[] = [];
  try {
    for (const { who, pages: paths } of VISITS) {
      // A profile of its own, not an incognito context: Chromium never offers to install there.
      const profile = await mkdtemp(path.join(os.tmpdir(), 'kinerja-bytes-profile-'));
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM_PATH,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-quic',
        ],
        baseURL: `http://127.0.0.1:${proxyPort}`,
        viewport: { width: 360, height: 740 },
        locale: 'id-ID',
      });
      if (who) await signIn(context, who);
      const first = new Map<string, number>();
      for (const page of paths) first.set(page, (await visit(context, proxy.counter, page)).down);
      for (const page of paths) {
        const repeat = await visit(context, proxy.counter, page);
        pages.push({
          who: who ?? '(belum masuk)',
          page,
          firstDown: first.get(page) ?? NaN,
          repeatDown: repeat.down,
          repeatUp: repeat.up,
        });
        progress(`bytes: ${page} repeat visit ${repeat.down} B`);
      }
      if (who) installabilityErrors = await installability(context, paths[0] ?? '/');
      await context.close();
      await rm(profile, { recursive: true, force: true });
    }
  } finally {
    proxy.server.close();
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
  return { scenario: 'bytes', pages, installabilityErrors };
}
