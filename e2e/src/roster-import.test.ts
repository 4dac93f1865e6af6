import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  browserSuite,
  checkA11y,
  DESKTOP,
  expectNoPageErrors,
  PHONE,
  screenshot,
  signIn,
  useBrowserAndServer,
} from './harness.js';
import { ROOT } from './server.js';

const ADMIN = 'admin@kinerja.id';
const samples = join(ROOT, 'samples/roster');

// Line 2: NIP too short; line 3: no name; line 4: unknown employment status.
const BAD_PTK_CSV = [
  'npsn,nama,nip,nuptk,email,status_kepegawaian,pangkat_golongan,jenjang_jabatan,jenis_ptk,kepala_sekolah',
  '20200001,"Guru Satu, S.Pd.",12345,,guru.satu@guru.sma.belajar.id,PNS,III/a,Ahli Pertama,Guru Mapel,',
  '20200001,,,1234567890123456,guru.dua@guru.sma.belajar.id,PPPK,,Ahli Pertama,Guru Mapel,',
  '20200001,"Guru Tiga, S.Pd.",,6543210987654321,guru.tiga@guru.sma.belajar.id,HONORER,,,Guru Mapel,',
].join('\r\n');

browserSuite('roster import (Impor Data Dapodik)', () => {
  const app = useBrowserAndServer();
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kinerja-e2e-csv-'));
    await writeFile(join(dir, 'ptk-salah.csv'), BAD_PTK_CSV);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** Uploads a file and waits until the import has finished; returns the status line. */
  const importFile = async (page: Page, path: string) => {
    await page.getByLabel('Berkas data').setInputFiles(path);
    await page.getByRole('button', { name: 'Unggah' }).click();
    const status = page.getByTestId('import-status');
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toMatch(/Selesai|Gagal/);
    return (await status.textContent()) ?? '';
  };

  it('imports the sample schools and PTK files and shows what changed (phone)', async () => {
    const page = await app.newPage(PHONE);
    await signIn(page, ADMIN);
    await page
      .getByRole('link', { name: /Impor Data Dapodik/ })
      .first()
      .click();
    await page.waitForURL('**/operator/impor');
    await page.getByRole('heading', { name: 'Impor Data Dapodik' }).waitFor();
    await checkA11y(page, 'import page');

    expect(await importFile(page, join(samples, 'sekolah.csv'))).toContain('Selesai');
    await page.getByRole('heading', { name: 'Impor selesai' }).waitFor();
    const schoolsCreated = page.getByRole('row', { name: /Sekolah baru/ });
    expect(await schoolsCreated.textContent()).toContain('3');

    await page.getByRole('button', { name: 'Impor berkas lain' }).click();
    expect(await importFile(page, join(samples, 'ptk.csv'))).toContain('Selesai');
    const peopleCreated = page.getByRole('row', { name: /PTK baru/ });
    await expect.poll(() => peopleCreated.textContent()).toMatch(/PTK baru\s*10/);
    expect(await page.getByTestId('import-status').textContent()).toContain('Baris 10 dari 10');
    await checkA11y(page, 'import result');
    await screenshot(page, 'import-result', PHONE);
    await page.setViewportSize({ width: DESKTOP.width, height: DESKTOP.height });
    await screenshot(page, 'import-result', DESKTOP);
    expectNoPageErrors(page);
    await page.context().close();
  });

  it('imports a Dapodik PTK export as downloaded, after reading the mapping on the page (issue 14 item 7)', async () => {
    const page = await app.newPage(DESKTOP);
    await signIn(page, ADMIN);
    await page
      .getByRole('link', { name: /Impor Data Dapodik/ })
      .first()
      .click();
    await page.waitForURL('**/operator/impor');
    await page.getByText('Data Dapodik yang diterima dan artinya').click();
    const mapping = page.getByTestId('dapodik-mapping');
    const status = mapping.getByRole('table', { name: 'Status Kepegawaian Dapodik' });
    await status.waitFor();
    const rowOf = (name: string) => status.getByRole('row', { name: new RegExp(`^${name}`) });
    expect(await rowOf('PNS Diperbantukan').textContent()).toContain('PNS');
    expect(await rowOf('Honor Daerah TK.II Kab/Kota').textContent()).toContain('Non-ASN');
    expect(await mapping.textContent()).toContain('Tenaga Administrasi Sekolah');
    expect(await mapping.textContent()).not.toContain('docs/');
    await checkA11y(page, 'import mapping');
    await screenshot(page, 'import-dapodik-mapping', DESKTOP);

    expect(await importFile(page, join(samples, 'dapodik-ptk.csv'))).toContain('Selesai');
    const skipped = page.getByRole('row', { name: /tenaga kependidikan dilewati/ });
    await expect.poll(() => skipped.textContent()).toMatch(/dilewati\s*2/);
    expect(await page.getByTestId('import-status').textContent()).toContain('Baris 7 dari 7');
    await page.setViewportSize({ width: PHONE.width, height: PHONE.height });
    await screenshot(page, 'import-dapodik-result', PHONE);
    expectNoPageErrors(page);
    await page.context().close();
  });

  it('lists line-numbered errors for a bad CSV (phone)', async () => {
    const page = await app.newPage(PHONE);
    await signIn(page, ADMIN);
    await page.goto('/operator/impor');
    expect(await importFile(page, join(dir, 'ptk-salah.csv'))).toContain('Gagal');
    const table = page.getByRole('table');
    await table.waitFor();
    const headers = await table.getByRole('columnheader').allTextContents();
    expect(headers).toEqual(['Baris', 'Kolom', 'Alasan']);
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? '')),
      );
    const lines = rows.map((cells) => cells[0]);
    expect(lines).toEqual(expect.arrayContaining(['2', '3', '4']));
    expect(rows.find((cells) => cells[0] === '2')?.[1]).toBe('nip');
    expect(rows.find((cells) => cells[0] === '3')?.[1]).toBe('nama');
    expect(rows.find((cells) => cells[0] === '4')?.[1]).toBe('status_kepegawaian');
    await checkA11y(page, 'import errors');
    await screenshot(page, 'import-errors', PHONE);
    await page.setViewportSize({ width: DESKTOP.width, height: DESKTOP.height });
    await screenshot(page, 'import-errors', DESKTOP);
    expectNoPageErrors(page);
    await page.context().close();
  });
});
