import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { DEMO_PASSWORD } from '../../apps/server/src/modules/demo/demo-data.js';
import { ROOT, startServer, type RunningServer } from './server.js';

export { DEMO_PASSWORD };

/** Debian's Chromium (browsers cannot be downloaded here — architecture.md §7). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasBrowser = existsSync(CHROMIUM_PATH);
const requireBrowser = process.env.REQUIRE_BROWSER === '1';

/** Phone first: the main users are on cheap Android phones (architecture.md §1). */
export const PHONE = { name: 'phone', width: 360, height: 740 } as const;
/** A common laptop screen. */
export const DESKTOP = { name: 'desktop', width: 1280, height: 800 } as const;
/** A screen size a test runs at. */
export type Viewport = typeof PHONE | typeof DESKTOP;

const SCREENSHOTS = join(ROOT, 'e2e/screenshots');
const pageErrors = new WeakMap<Page, string[]>();
const AXE_PATH = join(ROOT, 'node_modules/axe-core/axe.min.js');

/**
 * A browser suite: runs when Chromium is installed, is skipped with install instructions when not,
 * and fails instead of skipping when REQUIRE_BROWSER=1 (CI).
 */
export function browserSuite(name: string, body: () => void): void {
  if (hasBrowser) {
    describe(name, body);
    return;
  }
  const message = `Chromium not found at ${CHROMIUM_PATH}; install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`;
  if (requireBrowser) {
    describe(name, () => {
      beforeAll(() => {
        throw new Error(`REQUIRE_BROWSER=1: ${message}`);
      });
      body();
    });
    return;
  }
  console.warn(`Skipping browser tests "${name}": ${message}`);
  describe.skip(name, body);
}

/** Launches Chromium once per file and a server (see startServer) once per file. */
export function useBrowserAndServer(
  options: {
    env?: () => Promise<Record<string, string>> | Record<string, string>;
    port?: () => number;
  } = {},
) {
  let browser: Browser | undefined;
  let server: RunningServer | undefined;
  beforeAll(async () => {
    const env = options.env ? await options.env() : {};
    server = await startServer({ env, ...(options.port ? { port: options.port() } : {}) });
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  return {
    /** Restarts the server on the same data with the clock moved (see RunningServer.restart). */
    restart: async (next: Parameters<RunningServer['restart']>[0]) => {
      if (!server) throw new Error('server not started');
      await server.restart(next);
    },
    baseUrl: () => {
      if (!server) throw new Error('server not started');
      return server.baseUrl;
    },
    /**
     * A fresh context (own cookies) at the given size; uncaught page errors fail the test. The
     * service worker is blocked unless asked for: it precaches the whole app in every new context,
     * which only the offline tests need and which costs every other test time.
     */
    newPage: async (
      viewport: Viewport,
      options: { serviceWorker?: boolean } = {},
    ): Promise<Page> => {
      if (!browser || !server) throw new Error('browser not started');
      const context = await browser.newContext({
        baseURL: server.baseUrl,
        viewport: { width: viewport.width, height: viewport.height },
        locale: 'id-ID',
        // The demo schools are in West Java: the phone's own clock reads WIB like its users' do.
        timezoneId: 'Asia/Jakarta',
        permissions: ['clipboard-read', 'clipboard-write'],
        serviceWorkers: options.serviceWorker ? 'allow' : 'block',
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('close', () => {
        if (errors.length) console.error(`Page errors:\n${errors.join('\n')}`);
      });
      pageErrors.set(page, errors);
      return page;
    },
  };
}

/** Fails on uncaught script errors seen by the page so far. */
export function expectNoPageErrors(page: Page): void {
  expect(pageErrors.get(page) ?? []).toEqual([]);
}

type AxeViolation = {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown; failureSummary?: string }>;
};

/** Runs axe-core on the page; fails on any serious or critical violation, printing them. */
export async function checkA11y(page: Page, label: string): Promise<void> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  // Evaluated through the DevTools protocol: the app's CSP (no inline script) rightly refuses a script tag.
  if (!hasAxe) await page.evaluate(await readFile(AXE_PATH, 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (c: Document, o: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (bad.length > 0) {
    const text = bad
      .map(
        (v) =>
          `- [${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('\n')}`,
      )
      .join('\n');
    console.error(`axe violations on ${label}:\n${text}`);
  }
  expect(
    bad.map((v) => `${v.id} (${v.impact})`),
    `axe on ${label}`,
  ).toEqual([]);
}

/** Saves e2e/screenshots/<name>-<viewport>.png (git-ignored) for a human to look at. */
export async function screenshot(
  page: Page,
  name: string,
  viewport: Viewport,
  options: { fullPage?: boolean } = {},
): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  const fullPage = options.fullPage ?? true;
  // A sticky header would otherwise be drawn where the page happened to be scrolled.
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-${viewport.width}.png`), fullPage });
}

/** Signs in through the sign-in page and waits until the page under it has loaded. */
export async function signIn(
  page: Page,
  email: string,
  password: string = DEMO_PASSWORD,
): Promise<void> {
  await page.goto('/masuk');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Kata sandi', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.waitForURL((url) => url.pathname !== '/masuk');
}

/** Opens the account menu (the person's name, top-right). */
export async function openAccountMenu(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
  await expect
    .poll(() => page.getByRole('button', { name, exact: true }).getAttribute('aria-expanded'))
    .toBe('true');
}
