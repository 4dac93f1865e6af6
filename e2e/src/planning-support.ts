import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { pdfText } from '../../apps/server/src/modules/plans/plan-test-support.js';
import { checkA11y } from './harness.js';

// Browser steps of Perencanaan Kinerja (issue #4): the teacher on /rencana and the principal on
// /periksa, driven only through what a person sees (roles and labels of the pages).

/** A demo person (apps/server/src/modules/demo/demo-data.ts). */
export type Person = { email: string; name: string };

/** The definitive principal of the demo SMA (school A). */
export const PRINCIPAL_A: Person = {
  email: 'siti.rahmawati@guru.sma.belajar.id',
  name: 'Dr. Siti Rahmawati, M.Pd.',
};

/** Tab labels of the planning page, as the server names them (domain.md §3.3, §3.5, §3.7). */
export const TAB = {
  prePlanning: 'Pra-Perencanaan',
  mainDuties: 'Pelaksanaan Tugas Pokok',
  practice: 'Praktik Kinerja',
  competency: 'Pengembangan Kompetensi',
  additionalDuties: 'Tugas Tambahan',
  workBehaviour: 'Perilaku Kerja',
  summary: 'Rangkuman',
} as const;

/** What a teacher chooses on every tab of one rule set. */
export type PlanChoices = {
  /** The tab labels in the rule set's order. */
  tabs: string[];
  /** Pelaksanaan Tugas Pokok (2025+): duties, the focus, and maybe one Tugas Tambahan with its SK. */
  mainDuties?: { duties: string[]; focus: string; additional?: string; sk?: string };
  /** Praktik Kinerja: the first choice (behind "Lihat indikator lainnya") and the revision. */
  practice: { first: string; revised: string };
  /** 2024: RHKs and the running total they make; 2025+: one indicator. */
  /** 2024: each activity by its name, planned once or `count` times (the quantity stepper). */
  competency:
    | { rhks: Array<RegExp | { name: RegExp; count: number }>; total: string }
    | { indicator: string };
  /** 2024: a Tugas Tambahan on its own tab. */
  additionalDuty?: string;
  /** Perilaku Kerja: the behaviour per BerAKHLAK value (value name → behaviour text). */
  behaviours: Record<string, string>;
  /** 2026: the agreed Ekspektasi Khusus Pimpinan the teacher types per value. */
  agreedExpectation?: (value: string) => string;
};

/** The text of the page's main region. */
export async function mainText(page: Page): Promise<string> {
  return (await page.getByRole('main').textContent()) ?? '';
}

/** The planning tab with this label. */
export const tab = (page: Page, label: string): Locator =>
  page
    .getByRole('tablist', { name: 'Bagian Perencanaan Kinerja' })
    .getByRole('tab', { name: label, exact: true });

/** Waits until the tab with this label is the one shown. */
export async function expectTab(page: Page, label: string): Promise<void> {
  await expect.poll(() => tab(page, label).getAttribute('aria-selected')).toBe('true');
  await expect
    .poll(() => page.getByRole('tabpanel').getByRole('heading', { level: 2 }).first().textContent())
    .toBe(label);
  await tabPanelLoaded(page);
}

/** Waits until the shown tab's own code has arrived (tabs load on demand and say "Memuat…"). */
export async function tabPanelLoaded(page: Page): Promise<void> {
  await expect
    .poll(() => page.getByRole('tabpanel').textContent(), { timeout: 15_000 })
    .not.toContain('Memuat…');
}

/**
 * Waits until a save made in this visit is confirmed: "Tersimpan HH.MM" (the device's today). On
 * opening, the state names the server's last save with its date, which the test clock puts on
 * another day, so that state never passes for a fresh save.
 */
export async function expectSaved(page: Page): Promise<void> {
  await expect
    .poll(() => page.getByTestId('save-status').textContent(), { timeout: 15_000 })
    .toMatch(/^Tersimpan \d{2}\.\d{2} WIB$/);
}

/** "Ke {next}": the button under a tab that moves on to the next one. */
async function next(page: Page, label: string): Promise<void> {
  await page.getByRole('button', { name: `Ke ${label}`, exact: true }).click();
  await expectTab(page, label);
}

/** /rencana → "Mulai" → "Data sudah sesuai"; checks the tabs and ends on the first to fill. */
export async function startPlan(page: Page, choices: PlanChoices): Promise<void> {
  await page.goto('/rencana');
  await page.getByRole('heading', { level: 1, name: 'Perencanaan Kinerja' }).waitFor();
  await page.getByRole('button', { name: 'Mulai', exact: true }).click();
  await page.getByRole('heading', { name: 'Data Diri' }).waitFor();
  await checkA11y(page, 'Data Diri');
  await page.getByRole('button', { name: 'Data sudah sesuai' }).click();
  const tabs = page.getByRole('tablist', { name: 'Bagian Perencanaan Kinerja' }).getByRole('tab');
  await expect.poll(() => tabs.count()).toBe(choices.tabs.length);
  for (const [index, label] of choices.tabs.entries()) {
    expect(await tabs.nth(index).getAttribute('id')).toBe(
      await tab(page, label).getAttribute('id'),
    );
  }
  // Pra-Perencanaan (2026) only shows data diri: the editor opens on the first tab to fill.
  await expectTab(page, choices.tabs.find((label) => label !== TAB.prePlanning) ?? '');
}

/** A Tugas Tambahan checkbox: its name, then its weekly JP when the catalogue gives one. */
const additionalDuty = (page: Page, name: string): Locator =>
  page.getByRole('checkbox', {
    name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(|$)`),
  });

async function fillMainDuties(page: Page, choices: NonNullable<PlanChoices['mainDuties']>) {
  for (const duty of choices.duties) {
    await page.getByRole('checkbox', { name: duty, exact: true }).check();
  }
  await page.getByRole('radio', { name: choices.focus, exact: true }).check();
  if (!choices.additional) return;
  await additionalDuty(page, choices.additional).check();
  await page
    .getByRole('textbox', { name: `Nomor SK / Surat Tugas — ${choices.additional}`, exact: true })
    .fill(choices.sk ?? '');
}

/** Chooses a Praktik Kinerja sub-indicator, opening "Lihat indikator lainnya" when needed. */
export async function choosePractice(page: Page, name: string): Promise<void> {
  const radio = page.getByRole('radio', { name, exact: true });
  if (!(await radio.isVisible())) {
    await page.locator('summary', { hasText: 'Lihat indikator lainnya' }).click();
  }
  await radio.check();
}

/**
 * How much fillEveryTab checks besides filling: `full` runs axe and expects the demo SMA's Rapor
 * Pendidikan order; `lean` only fills (a further person on pages already audited once).
 */
export type FillAudit = 'full' | 'lean';

async function fillPractice(page: Page, choices: PlanChoices, audit: FillAudit) {
  if (audit === 'lean') return choosePractice(page, choices.practice.first);
  const panel = page.getByRole('tabpanel');
  // The school's Rapor Pendidikan recommendations come first, with their score (demo seed).
  const first = panel.getByRole('radio').first();
  expect(await first.evaluate((radio) => radio.closest('label')?.textContent)).toBe(
    'Penerapan Disiplin Positif',
  );
  expect(await panel.textContent()).toContain('Rapor Pendidikan Satdik: 42,5');
  await choosePractice(page, choices.practice.first);
  await checkA11y(page, 'Praktik Kinerja with "Lihat indikator lainnya" open');
}

async function fillCompetency(page: Page, choices: PlanChoices) {
  const competency = choices.competency;
  if ('indicator' in competency) {
    await page.getByRole('radio', { name: competency.indicator, exact: true }).check();
    return;
  }
  // Activities repeat (domain.md §4.5): the number field is named by the activity.
  for (const rhk of competency.rhks) {
    const { name, count } = rhk instanceof RegExp ? { name: rhk, count: 1 } : rhk;
    await page.getByRole('spinbutton', { name }).fill(String(count));
  }
  await expect
    .poll(() => page.getByTestId('competency-total').getByRole('status').textContent())
    .toBe(competency.total);
}

async function fillWorkBehaviour(page: Page, choices: PlanChoices) {
  for (const [value, behaviour] of Object.entries(choices.behaviours)) {
    await page.getByRole('radio', { name: behaviour, exact: true }).check();
    if (choices.agreedExpectation) {
      await page
        .getByRole('textbox', { name: `Ekspektasi Khusus Pimpinan untuk ${value}`, exact: true })
        .fill(choices.agreedExpectation(value));
    }
  }
}

/** Fills every tab in order through the page, moving on with "Ke {tab}"; ends on Rangkuman. */
export async function fillEveryTab(
  page: Page,
  choices: PlanChoices,
  audit: FillAudit = 'full',
): Promise<void> {
  const labels = choices.tabs;
  if (labels[0] === TAB.prePlanning) {
    await tab(page, TAB.prePlanning).click();
    await expectTab(page, TAB.prePlanning);
    await page.getByRole('tabpanel').getByTestId('personal-data').waitFor();
  }
  const first = labels.findIndex((label) => label !== TAB.prePlanning);
  for (const [index, label] of labels.entries()) {
    if (index < first) {
      await next(page, labels[index + 1]!);
      continue;
    }
    if (label === TAB.mainDuties && choices.mainDuties) {
      await fillMainDuties(page, choices.mainDuties);
    }
    if (label === TAB.practice) await fillPractice(page, choices, audit);
    if (label === TAB.competency) await fillCompetency(page, choices);
    if (label === TAB.additionalDuties && choices.additionalDuty) {
      await additionalDuty(page, choices.additionalDuty).check();
    }
    if (label === TAB.workBehaviour) {
      await fillWorkBehaviour(page, choices);
      // "Simpan Draf" saves at once, on any tab.
      await page.getByRole('button', { name: 'Simpan Draf', exact: true }).click();
      await expectSaved(page);
      if (audit === 'full') await checkA11y(page, `${label} filled`);
    }
    const following = labels[index + 1];
    if (following) await next(page, following);
  }
}

/**
 * On Rangkuman: "Lanjut Ajukan" → "Ajukan" in the confirmation; waits for the confirmation text
 * (where the system approves at once — a Plt school, a 2026 principal — it says so too).
 */
export async function submitFromSummary(page: Page, audit: FillAudit = 'full'): Promise<void> {
  await expectTab(page, TAB.summary);
  await expect
    .poll(() => page.getByRole('tabpanel').textContent())
    .toContain('Semua bagian sudah lengkap.');
  await page.getByRole('button', { name: 'Lanjut Ajukan', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Ajukan Perencanaan Kinerja?' });
  await dialog.waitFor();
  expect(await dialog.getByRole('button', { name: 'Cek Ulang' }).isVisible()).toBe(true);
  expect(await dialog.getByRole('button', { name: 'Simpan Draf' }).isVisible()).toBe(true);
  if (audit === 'full') await checkA11y(page, 'Ajukan dialog');
  await dialog.getByRole('button', { name: 'Ajukan', exact: true }).click();
  await expect
    .poll(() => page.getByTestId('plan-notice').textContent())
    .toMatch(/^Perencanaan Kinerja berhasil diajukan( dan sudah disetujui)?\.$/);
  expect(await dialog.count()).toBe(0);
}

/** /periksa → the teacher's row ("Perlu disetujui") → the review page. */
export async function openForReview(page: Page, teacher: Person): Promise<void> {
  await page.goto('/periksa');
  await page.getByRole('heading', { level: 1, name: 'Periksa' }).waitFor();
  const waiting = page.getByRole('button', { name: 'Perlu disetujui 1', exact: true });
  await waiting.click();
  await expect.poll(() => waiting.getAttribute('aria-pressed')).toBe('true');
  await checkA11y(page, 'Periksa list');
  await page
    .getByRole('link', { name: `Periksa Perencanaan Kinerja ${teacher.name}`, exact: true })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Periksa Perencanaan Kinerja' }).waitFor();
  await page.getByRole('heading', { name: 'Keputusan' }).waitFor();
}

/** "Kembalikan" with a note; waits for the list's confirmation. */
export async function returnWithNote(page: Page, teacher: Person, note: string): Promise<void> {
  await page.getByRole('button', { name: 'Kembalikan', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Kembalikan Perencanaan Kinerja' });
  await dialog.getByRole('textbox', { name: 'Catatan' }).fill(note);
  await checkA11y(page, 'Kembalikan dialog');
  await dialog.getByRole('button', { name: 'Kembalikan', exact: true }).click();
  await expect
    .poll(() => mainText(page))
    .toContain(`Perencanaan Kinerja ${teacher.name} dikembalikan dengan catatan.`);
}

/** Writes "Ekspektasi Khusus Pimpinan" for one value, then "Setujui"; waits for the list. */
export async function approveWithExpectation(
  page: Page,
  teacher: Person,
  expectation: { value: string; text: string },
): Promise<void> {
  await page.getByRole('textbox', { name: expectation.value, exact: true }).fill(expectation.text);
  await page.getByRole('button', { name: 'Setujui', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Setujui Perencanaan Kinerja?' });
  await dialog.waitFor();
  await checkA11y(page, 'Setujui dialog');
  await dialog.getByRole('button', { name: 'Setujui', exact: true }).click();
  await expect
    .poll(() => mainText(page))
    .toContain(`Perencanaan Kinerja ${teacher.name} disetujui.`);
}

/** "Unduh PDF" through the browser's download; the PDF's text with whitespace made single spaces. */
export async function downloadPdfText(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Unduh PDF', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^perencanaan-kinerja-.+\.pdf$/);
  const path = await download.path();
  return pdfText(await readFile(path)).replace(/\s+/g, ' ');
}
