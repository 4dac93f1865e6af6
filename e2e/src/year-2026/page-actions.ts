import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectNoPageErrors } from '../harness.js';
import {
  fillEveryTab,
  submitFromSummary,
  tab,
  TAB,
  type PlanChoices,
} from '../planning-support.js';
import { visit } from '../support/page-text-scan.js';
import { home, mainText, PEOPLE, WAIT, type App, type Who } from './steps.js';
import { TEXTS } from './texts.js';

// What people of the 2026 year do on a page, shared by the stage modules.

const EVERYONE = Object.keys(PEOPLE) as Who[];

/** Every home of a stage: signed in, scanned, screenshotted; collects all failures, then throws. */
export async function everyHome(
  app: App,
  stage: string,
  acting: readonly Who[] = [],
): Promise<Record<Who, string>> {
  const dues: Partial<Record<Who, string>> = {};
  const problems: string[] = [];
  // Who acts in the stage has the home screenshotted and scanned in that step.
  for (const who of EVERYONE.filter((person) => !acting.includes(person))) {
    try {
      const { page, due } = await home(app, who, stage);
      dues[who] = due;
      expectNoPageErrors(page);
      await page.context().close();
    } catch (error) {
      problems.push(`${who}: ${(error as Error).message.slice(0, 1200)}`);
    }
  }
  console.log(
    `--- homes ${stage}\n${Object.entries(dues)
      .map(([who, due]) => `${who}: ${due}`)
      .join('\n')}`,
  );
  if (problems.length) throw new Error(problems.join('\n\n'));
  return dues as Record<Who, string>;
}

/** "Kirim ke Atasan" on a written document's region, confirmed in its dialog. */
async function sendToSupervisor(page: Page, region: Locator): Promise<void> {
  await region.getByRole('button', { name: 'Kirim ke Atasan', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Kirim ke Atasan?' });
  await dialog.waitFor(WAIT);
  await visit(page, 'Kirim ke Atasan dialog');
  await dialog.getByRole('button', { name: 'Kirim ke Atasan', exact: true }).click();
  await dialog.waitFor({ state: 'detached', ...WAIT });
}

/**
 * On Pelaksanaan: writes the Dokumen Pengembangan Kompetensi and ticks every duty of the Dokumen
 * Pelaksanaan Tugas Pokok, and sends both (domain.md §3.6) — what sendDocuments does by API.
 */
export async function sendDocumentsOnPage(page: Page, who: Who): Promise<void> {
  const reflection = page.getByRole('region', { name: 'Dokumen Pengembangan Kompetensi' });
  await reflection.getByRole('button', { name: 'Lakukan', exact: true }).click();
  await reflection.getByLabel('Refleksi hasil belajar').fill(TEXTS.reflection);
  await reflection.getByRole('button', { name: 'Simpan Draf', exact: true }).click();
  await expect
    .poll(() => reflection.getByTestId('save-state').textContent(), WAIT)
    .toMatch(/^Tersimpan/);
  await visit(page, `${who} reflection written`);
  await sendToSupervisor(page, reflection);
  const checklist = page.getByRole('region', { name: 'Dokumen Pelaksanaan Tugas Pokok' });
  await checklist.getByRole('button', { name: 'Lakukan', exact: true }).click();
  const duties = checklist.getByRole('checkbox');
  await duties.first().waitFor(WAIT);
  for (const duty of await duties.all()) await duty.check();
  await visit(page, `${who} checklist ticked`);
  await sendToSupervisor(page, checklist);
  await expect.poll(() => checklist.textContent(), WAIT).toContain('Menunggu konfirmasi atasan');
  await visit(page, `${who} documents sent`);
}

/** Pelaksanaan list → "Periksa" on the row → "Konfirmasi dokumen akuntabilitas". */
export async function confirmDocument(page: Page, name: string): Promise<void> {
  await page
    .getByRole('button', { name: `Periksa Dokumen Pelaksanaan Tugas Pokok ${name}` })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Dokumen Pelaksanaan Tugas Pokok' });
  await dialog.waitFor(WAIT);
  await visit(page, `confirmation dialog for ${name}`);
  await dialog
    .getByRole('button', { name: 'Konfirmasi dokumen akuntabilitas', exact: true })
    .click();
  await expect
    .poll(() => mainText(page), WAIT)
    .toContain(`Dokumen akuntabilitas ${name} telah dikonfirmasi.`);
  await visit(page, `after confirming ${name}`);
}

/** Penilaian list → "Nilai {name}" → both ratings Sesuai Ekspektasi → Simpan → Tetapkan. */
export async function assess(page: Page, name: string): Promise<void> {
  await page.getByRole('link', { name: `Nilai ${name}`, exact: true }).click();
  await page.waitForURL('**/penilaian/*');
  await page.getByRole('heading', { name: 'Hasil Pelaksanaan Kinerja' }).waitFor(WAIT);
  await visit(page, `assessment of ${name}`);
  const main = page.getByRole('main');
  for (const group of ['Rating Hasil Kerja', 'Rating Perilaku Kerja']) {
    await main
      .getByRole('group', { name: group, exact: true })
      .getByRole('radio', { name: 'Sesuai Ekspektasi', exact: true })
      .check();
  }
  await main.getByRole('button', { name: 'Simpan', exact: true }).click();
  await expect.poll(() => mainText(page), WAIT).toContain('Penilaian tersimpan sebagai draf.');
  await main.getByRole('button', { name: 'Tetapkan', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: 'Tetapkan Penilaian Kinerja?' });
  await visit(page, `Tetapkan dialog for ${name}`);
  await confirm.getByRole('button', { name: 'Tetapkan', exact: true }).click();
  await expect.poll(() => mainText(page), WAIT).toContain('Penilaian Kinerja ditetapkan.');
  await visit(page, `assessment of ${name} final`);
}

/**
 * Opens the plan's tabs from wherever it stopped: "Mulai", "Data sudah sesuai", and for a 2026
 * principal "Simpan" on Tim Kinerja dan Pejabat Penilai Kinerja (domain.md §1.3, §3.8).
 */
export async function startIfNeeded(page: Page): Promise<void> {
  const main = page.getByRole('main');
  const tabs = page.getByRole('tablist', { name: 'Bagian Perencanaan Kinerja' });
  const start = main.getByRole('button', { name: 'Mulai', exact: true });
  const dataOk = main.getByRole('button', { name: 'Data sudah sesuai' });
  const team = main.getByRole('heading', { name: 'Tim Kinerja dan Pejabat Penilai Kinerja' });
  await tabs.or(start).or(dataOk).or(team).first().waitFor(WAIT);
  if (await start.isVisible()) {
    await start.click();
    await dataOk.waitFor(WAIT);
  }
  if (await dataOk.isVisible()) {
    await dataOk.click();
    await tabs.or(team).first().waitFor(WAIT);
  }
  if (await team.isVisible()) {
    await visit(page, 'Tim Kinerja dan Pejabat Penilai Kinerja');
    await main.getByRole('button', { name: 'Simpan', exact: true }).click();
  }
  await tabs.waitFor(WAIT);
}

/**
 * From the open plan page: every tab with `choices`, Rangkuman, "Ajukan" (lean: no axe). Returns
 * the page's notice, which says whether the system approved the plan at once.
 */
export async function planOnPages(page: Page, who: Who, choices: PlanChoices): Promise<string> {
  await startIfNeeded(page);
  await fillEveryTab(page, choices, 'lean');
  await visit(page, `${who} Rangkuman`);
  await submitFromSummary(page, 'lean');
  await visit(page, `${who} plan submitted`);
  return (await page.getByTestId('plan-notice').textContent()) ?? '';
}

/** A returned plan from its page: Rangkuman, then "Ajukan" again. */
export async function resubmitOnPage(page: Page, who: Who): Promise<void> {
  await page.getByRole('tablist', { name: 'Bagian Perencanaan Kinerja' }).waitFor(WAIT);
  await tab(page, TAB.summary).click();
  await submitFromSummary(page, 'lean');
  await visit(page, `${who} plan submitted again`);
}

/** Periksa list → "Perlu disetujui" → the teacher's row → the review page. */
export async function reviewFromList(page: Page, name: string): Promise<void> {
  await page
    .getByRole('link', { name: `Periksa Perencanaan Kinerja ${name}`, exact: true })
    .click();
  await page.getByRole('heading', { name: 'Keputusan' }).waitFor(WAIT);
  await visit(page, `review of ${name}`);
}

/** "Setujui" on the review page, confirmed in its dialog; waits for the list's message. */
export async function approve(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Setujui', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Setujui Perencanaan Kinerja?' });
  await dialog.getByRole('button', { name: 'Setujui', exact: true }).click();
  await expect.poll(() => mainText(page), WAIT).toContain(`Perencanaan Kinerja ${name} disetujui.`);
  await visit(page, `Periksa after Setujui ${name}`);
}
