import type { WrittenDocument } from '@kinerja/contract';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectStatus, type CycleApi } from '../assessment-support.js';
import { expectNoPageErrors } from '../harness.js';
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

/** "Kirim ke Atasan" of both written documents (the requests the Pelaksanaan page sends). */
export async function sendDocuments(api: CycleApi, planId: string): Promise<void> {
  const base = `/api/plans/${planId}/documents`;
  const reflection = expectStatus(
    'reflection',
    await api.put<WrittenDocument>(`${base}/competency-reflection`, {
      version: 0,
      text: TEXTS.reflection,
    }),
  );
  expectStatus(
    'send reflection',
    await api.post(`${base}/competency-reflection/send`, { version: reflection.version }),
  );
  const empty = expectStatus(
    'checklist',
    await api.get<WrittenDocument>(`${base}/main-duties-checklist`),
  );
  const ticked = expectStatus(
    'tick',
    await api.put<WrittenDocument>(`${base}/main-duties-checklist`, {
      version: empty.version,
      completedDutyCodes: (empty.checklist?.duties ?? []).map((duty) => duty.code),
    }),
  );
  expectStatus(
    'send checklist',
    await api.post(`${base}/main-duties-checklist/send`, { version: ticked.version }),
  );
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

/** "Mulai" and "Data sudah sesuai" when the plan is not started yet; then the tabs are there. */
export async function startIfNeeded(page: Page): Promise<void> {
  const tabs = page.getByRole('tablist', { name: 'Bagian Perencanaan Kinerja' });
  const start = page.getByRole('button', { name: 'Mulai', exact: true });
  await tabs.or(start).first().waitFor(WAIT);
  if (await start.isVisible()) {
    await start.click();
    await page.getByRole('button', { name: 'Data sudah sesuai' }).click();
  }
  await tabs.waitFor(WAIT);
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
