import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { PHONE, signIn, type useBrowserAndServer } from '../harness.js';
import { track, visit } from '../support/page-text-scan.js';

// Steps of "a year in the life" 2026 (issue #11 "Done when"): every person signs in at "/" on a
// 360 px phone and moves only by tapping menus, home to-dos, list rows and notifications.

/** Demo people (apps/server/src/modules/demo/demo-data.ts) by what they stand for in the year. */
export const PEOPLE = {
  teacherPns: { email: 'andi.wijaya@guru.sma.belajar.id', name: 'Andi Wijaya, S.Pd.' },
  teacherPppk: { email: 'hendra.gunawan@guru.sma.belajar.id', name: 'Hendra Gunawan, S.Kom.' },
  teacherNonAsn: { email: 'yuni.astuti@guru.sma.belajar.id', name: 'Yuni Astuti, S.Pd.' },
  principal: { email: 'siti.rahmawati@guru.sma.belajar.id', name: 'Dr. Siti Rahmawati, M.Pd.' },
  /** The Plt of SD Negeri Contoh 2: a teacher there, the teachers' atasan as Plt. */
  plt: { email: 'budi.santoso@guru.sd.belajar.id', name: 'Budi Santoso, S.Pd.' },
  teacherPltSchool: { email: 'sri.wahyuni@guru.sd.belajar.id', name: 'Sri Wahyuni, S.Pd.' },
  /** SMP Negeri Contoh 3 has neither a principal nor a Plt. */
  teacherNoPrincipal: { email: 'joko.prasetyo@guru.smp.belajar.id', name: 'Joko Prasetyo, S.Pd.' },
  /** A teacher of SMP Negeri Contoh 3 whom the admin's Dapodik import makes its Plt in January. */
  newPlt: { email: 'fajar.nugroho@guru.smp.belajar.id', name: 'Fajar Nugroho, M.Pd.' },
  pengawas: {
    email: 'bambang.hermawan@pengawas.belajar.id',
    name: 'Drs. Bambang Hermawan, M.M.Pd.',
  },
  dinasProvinsi: {
    email: 'wahyu.hidayat@disdik.jabarprov.go.id',
    name: 'Ir. Wahyu Hidayat, M.Si.',
  },
  dinasKabupaten: { email: 'nur.aini@disdik.bandungkab.go.id', name: 'Nur Aini, S.Sos., M.Pd.' },
  operator: { email: 'operator.sman1@belajar.id', name: 'Rudi Hartono' },
  admin: { email: 'admin@kinerja.id', name: 'Administrator Kinerja' },
} as const;
/** Who acts in the year. */
export type Who = keyof typeof PEOPLE;

/** Where the screenshots go for a person to look at (not committed). */
export const SHOTS = process.env.YEAR26_SHOTS ?? '/tmp/shots-year26';
export const WAIT = { timeout: 15_000 } as const;

/** The app of the suite. */
export type App = ReturnType<typeof useBrowserAndServer>;

/** The main region's text. */
export const mainText = async (page: Page): Promise<string> =>
  (await page.getByRole('main').textContent()) ?? '';

/** Saves $YEAR26_SHOTS/<name>-360.png (the whole page). */
export async function shot(page: Page, name: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SHOTS, `${name}-${PHONE.width}.png`), fullPage: true });
}

/** The home's "Yang perlu dilakukan" region. */
export const dueOf = (page: Page) => page.getByRole('region', { name: 'Yang perlu dilakukan' });

/**
 * Signs in on a fresh phone, waits for the home's to-do list, scans it and screenshots it as
 * `<stage>-<who>`. Returns the page and the to-do text.
 */
export async function home(
  app: App,
  who: Who,
  stage: string,
): Promise<{ page: Page; due: string }> {
  const page = await app.newPage(PHONE);
  track(page);
  await signIn(page, PEOPLE[who].email);
  await expect.poll(() => dueOf(page).textContent(), WAIT).toContain('Batas waktu tahapan');
  await visit(page, `${who} Beranda (${stage})`);
  expect(await mainText(page), `${who} Beranda`).not.toContain('segera hadir');
  await shot(page, `${stage}-${who}`);
  return { page, due: (await dueOf(page).textContent()) ?? '' };
}

/** Taps a main-menu entry (through "Menu" on a phone), then scans the page it opens. */
export async function menu(page: Page, label: string, where = label): Promise<void> {
  await page.locator('nav.main-nav').waitFor({ state: 'attached', ...WAIT });
  const toggle = page.getByRole('button', { name: 'Menu', exact: true });
  if (await toggle.isVisible()) await toggle.click();
  await page
    .getByRole('navigation', { name: 'Navigasi utama' })
    .getByRole('link', { name: label, exact: true })
    .click();
  await visit(page, where);
}

/** Taps a to-do on the home (a link whose name matches), then scans the page it opens. */
export async function todo(page: Page, name: RegExp, where: string): Promise<void> {
  const link = dueOf(page).getByRole('link', { name }).first();
  await link.waitFor(WAIT);
  await link.click();
  await visit(page, where);
}

/** Back home through the menu ("Beranda"). */
export async function backHome(page: Page): Promise<void> {
  await menu(page, 'Beranda', 'Beranda');
  await expect.poll(() => dueOf(page).textContent(), WAIT).toContain('Batas waktu tahapan');
}

/** Switches the active role with the home's "Pilih peran" buttons, then scans the home. */
export async function switchRole(page: Page, who: Who, role: string): Promise<void> {
  const group = page.getByRole('main').getByRole('group', { name: 'Pilih peran' });
  if (!(await group.isVisible())) await backHome(page);
  await page
    .getByRole('main')
    .getByRole('group', { name: 'Pilih peran' })
    .getByRole('button', { name: new RegExp(`^${role}`) })
    .click();
  await expect.poll(() => page.getByTestId('active-role').textContent(), WAIT).toBe(role);
  await visit(page, `${who} sebagai ${role}`);
}

/** Clicks a download link/button and checks the file is a real PDF (or ZIP); returns its bytes. */
export async function download(
  page: Page,
  name: RegExp | string,
  kind: 'pdf' | 'zip' = 'pdf',
): Promise<Buffer> {
  const target = page
    .getByRole('link', { name, exact: typeof name === 'string' })
    .or(page.getByRole('button', { name, exact: typeof name === 'string' }))
    .first();
  const [file] = await Promise.all([page.waitForEvent('download', WAIT), target.click()]);
  const bytes = await readFile(await file.path());
  const magic = kind === 'pdf' ? '%PDF' : 'PK';
  expect(bytes.subarray(0, magic.length).toString('latin1'), file.suggestedFilename()).toBe(magic);
  return bytes;
}
