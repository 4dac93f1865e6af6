import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { visit } from '../support/page-text-scan.js';
import { mainText, menu, WAIT } from '../year-2026/steps.js';

// What people do on the pages of Pelaksanaan and Penilaian 2024-S1, by tapping only.

/** PDF-looking bytes (the server judges the %PDF- signature), distinct per seed. */
export function pdfBytes(seed: string): Buffer {
  const bytes = Buffer.alloc(2048, 0x20);
  bytes.write(`%PDF-1.7\n% ${seed}\n`, 0, 'latin1');
  return bytes;
}

/** "Unggah Dokumen" on the first open Bukti Dukung card, then "Kumpulkan" after the warning. */
export async function collectFirstEvidence(page: Page): Promise<void> {
  const open = page.locator('section[data-slot]').filter({ hasText: 'Belum diisi' }).first();
  await open.waitFor(WAIT);
  // Held by its slot code: once uploaded the card no longer reads "Belum diisi".
  const card = page.locator(`section[data-slot="${await open.getAttribute('data-slot')}"]`);
  await card.getByRole('button', { name: 'Unggah Dokumen', exact: true }).click();
  await card.getByLabel('Jenis dokumen').selectOption('certificate');
  await card.getByLabel('Tanggal terbit').fill('2024-02-01');
  await card.getByLabel('Berkas PDF').setInputFiles({
    name: 'sertifikat-pelatihan.pdf',
    mimeType: 'application/pdf',
    buffer: pdfBytes('andi'),
  });
  await card.getByRole('button', { name: 'Unggah Dokumen', exact: true }).click();
  await expect.poll(() => card.textContent(), WAIT).toContain('Berkas: sertifikat-pelatihan.pdf');
  await card.getByRole('button', { name: 'Kumpulkan', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Kumpulkan bukti dukung?' });
  await visit(page, 'Kumpulkan Bukti Dukung dialog');
  await dialog.getByRole('button', { name: 'Kumpulkan', exact: true }).click();
  await expect.poll(() => mainText(page), WAIT).toContain('Sudah dikumpulkan pada');
  await visit(page, 'Bukti Dukung after Kumpulkan');
}

/** The pengawas' "Beri Rekomendasi Penilaian untuk {name}" → "Kirim Rekomendasi" (§1.2). */
export async function recommend(page: Page, name: string, text: string): Promise<void> {
  await page.getByRole('link', { name: `Beri Rekomendasi Penilaian untuk ${name}` }).click();
  await visit(page, 'Rekomendasi form');
  const main = page.getByRole('main');
  await main.getByRole('textbox', { name: 'Rekomendasi', exact: true }).fill(text);
  await main.getByRole('button', { name: 'Kirim Rekomendasi', exact: true }).click();
  await expect.poll(() => mainText(page), WAIT).toContain('Rekomendasi terkirim.');
  await visit(page, 'Rekomendasi terkirim');
}

/** The Dinas' menu "e-Kinerja" → "Unduh CSV" (the region's export, domain.md §6.4); its text. */
export async function downloadEKinerjaCsv(page: Page, where: string): Promise<string> {
  await menu(page, 'e-Kinerja', where);
  const [csv] = await Promise.all([
    page.waitForEvent('download', WAIT),
    page.getByRole('link', { name: 'Unduh CSV', exact: true }).click(),
  ]);
  return readFile(await csv.path(), 'utf8');
}
