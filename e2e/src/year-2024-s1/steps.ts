import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectNoPageErrors, PHONE, signIn } from '../harness.js';
import { TAB, type PlanChoices } from '../planning-support.js';
import { track, visit } from '../support/page-text-scan.js';
import { dueOf, mainText, PEOPLE, WAIT, type App, type Who } from '../year-2026/steps.js';

// Steps of "a year in the life" 2024-S1 (issue 11 "Done when"): the same demo people as the 2026
// suite (year-2026/steps.ts), the 2024-S1 stage dates (domain.md §2.4), screenshots of every home.

/** Moments inside each 2024-S1 window (rule set 2024-S1: Jan / Feb–May / Jun) — domain.md §2.4. */
export const STAGES = {
  // After 15 January: the principal's own planning opens then (domain.md §1.1).
  perencanaan: '2024-01-20T09:00:00+07:00',
  pelaksanaan: '2024-03-04T09:00:00+07:00',
  penilaian: '2024-06-10T09:00:00+07:00',
} as const;

/** Where the homes are photographed for a person to look at (not committed). */
export const SHOTS = process.env.YEAR24_SHOTS ?? '/work/shots/y24';

/** One test's budget on the shared two-core machine. */
export const STEP = 600_000;

/** Everyone of the year, in the order the tours visit them. */
export const EVERYONE = Object.keys(PEOPLE) as Who[];

/** Andi's 2024-S1 plan through the tabs (catalogue texts of 2024: RHK points — domain.md §4.5). */
export const ANDI_PLAN: PlanChoices = {
  tabs: [TAB.practice, TAB.competency, TAB.additionalDuties, TAB.workBehaviour, TAB.summary],
  practice: { first: 'Instruksi Pembelajaran', revised: 'Penerapan Disiplin Positif' },
  competency: {
    rhks: [/^Penggerak komunitas belajar/, /^Peserta pelatihan mandiri/],
    total: 'Total 44 poin — sudah memenuhi',
  },
  additionalDuty: 'Wali kelas',
  behaviours: {
    'Berorientasi Pelayanan': 'Ramah, cekatan, solutif, dan dapat diandalkan',
    Akuntabel:
      'Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan berintegritas tinggi',
    Kompeten: 'Membantu orang lain belajar',
    Harmonis: 'Suka menolong orang lain',
    Loyal: 'Menjaga nama baik sesama ASN, Pimpinan, Instansi, dan Negara',
    Adaptif: 'Terus berinovasi dan mengembangkan kreativitas',
    Kolaboratif: 'Terbuka dalam bekerja sama untuk menghasilkan nilai tambah',
  },
};

/** Saves <SHOTS>/<name>-360.png (the whole page, from the top). */
export async function shot(page: Page, name: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SHOTS, `${name}-${PHONE.width}.png`), fullPage: true });
}

/** Signs in on a fresh phone at "/", waits for the to-dos, scans and photographs the home. */
export async function home(
  app: App,
  who: Who,
  stage: string,
): Promise<{ page: Page; due: string }> {
  const page = await app.newPage(PHONE);
  track(page);
  await signIn(page, PEOPLE[who].email);
  expect(new URL(page.url()).pathname).toBe('/');
  await expect.poll(() => dueOf(page).textContent(), WAIT).toContain('Batas waktu tahapan');
  await visit(page, `${who} Beranda (${stage})`);
  expect(await mainText(page), `${who} Beranda`).not.toContain('segera hadir');
  await shot(page, `${stage}-${who}`);
  return { page, due: (await dueOf(page).textContent()) ?? '' };
}

/** Every home at one stage (read, scanned, photographed); returns each one's to-do text. */
export async function everyHome(app: App, stage: string): Promise<Record<Who, string>> {
  const seen = {} as Record<Who, string>;
  for (const who of EVERYONE) {
    const { page, due } = await home(app, who, stage);
    seen[who] = due;
    expectNoPageErrors(page);
    await page.context().close();
  }
  return seen;
}
