import { expect, it } from 'vitest';
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

const ADMIN = 'admin@kinerja.id';
const TARGET = 'Guru mengajak setiap murid menjawab dan bertanya';

// Issue 13 item 3: the Admin fills a Praktik Kinerja gap through the menus (one page, 360 px).
// That plans started before keep the old text is covered by the API test (catalogue-entries).
browserSuite('catalogues edited by the Admin (Katalog)', () => {
  const app = useBrowserAndServer();

  it('fills the target behaviours of a teacher sub-indicator, with source and history', async () => {
    const page = await app.newPage(PHONE);
    await signIn(page, ADMIN);
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('link', { name: 'Katalog', exact: true }).click();
    await page.waitForURL('**/admin/katalog');
    const entry = page.getByRole('article', { name: 'Aktivasi Interaktif' });
    await entry.waitFor();
    expect(await entry.textContent()).toContain('Belum ada sumber — perlu diisi');
    await checkA11y(page, 'catalogue page');

    await entry.getByRole('button', { name: 'Ubah Aktivasi Interaktif' }).click();
    await entry.getByRole('button', { name: 'Tambah target perilaku' }).click();
    await entry.getByLabel('Rumusan target perilaku 1').fill(TARGET);
    for (const n of [1, 2, 3]) {
      await entry.getByLabel(`Perilaku dianjurkan ${n}`).fill(`menyapa murid ${n} dengan nama`);
      await entry.getByLabel(`Perilaku dihindari ${n}`).fill(`menjawab sendiri pertanyaan ${n}`);
    }
    // Without a source the save is refused, naming the field.
    await entry.getByRole('button', { name: 'Simpan' }).click();
    await entry.getByText('sumber wajib diisi').first().waitFor();
    await entry.getByLabel('Sumber perubahan').fill('Panduan Observasi Kelas (uji e2e)');
    await entry.getByLabel('Terkonfirmasi').check();
    await entry.getByRole('button', { name: 'Simpan' }).click();

    await page
      .getByRole('status')
      .getByText(/Perubahan disimpan\. Katalog versi \d+/)
      .waitFor();
    const saved = page.getByRole('article', { name: 'Aktivasi Interaktif' });
    expect(await saved.textContent()).toContain(TARGET);
    await saved.getByText('Riwayat perubahan (1)').click();
    expect(await saved.textContent()).toContain('oleh');
    expect(await saved.textContent()).toContain('Target perilaku: dari “Belum ada sumber');
    await checkA11y(page, 'catalogue saved');
    await screenshot(page, 'catalogue-saved', PHONE);
    await page.setViewportSize({ width: DESKTOP.width, height: DESKTOP.height });
    await screenshot(page, 'catalogue-saved', DESKTOP);
    expectNoPageErrors(page);
    await page.context().close();
  });
});
