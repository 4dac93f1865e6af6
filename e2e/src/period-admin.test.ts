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

// Issue 13 items 1–2: the admin sets the 2027 windows (seeded as editable defaults), confirms a
// change to a stage that has started, creates the next period, and reads the rule changes.
browserSuite('periods managed by the admin (issue 13)', () => {
  // 7 Dec 2026: the 2026 Penilaian runs; the 2027 Pra-Perencanaan opens on 29 Dec.
  const app = useBrowserAndServer({
    env: () => ({
      NODE_ENV: 'development',
      KINERJA_START_CLOCK_AT: '2026-12-07T03:00:00.000Z',
      LOG_LEVEL: 'info',
    }),
  });

  it('edits 2027, confirms a started stage, creates 2028 and reads the rule changes', async () => {
    const page = await app.newPage(PHONE);
    await signIn(page, ADMIN);
    await page.goto('/admin/periode');
    const card2027 = page.getByRole('article', { name: 'Januari–Desember 2027' });
    expect(await card2027.textContent()).toContain('Tanggal bawaan — periksa lalu simpan');
    expect(await card2027.textContent()).toContain('Tampil bagi pengguna mulai 29 Desember 2026');
    await checkA11y(page, 'Periode (phone)');
    await screenshot(page, 'admin-periods', PHONE);

    await page.getByRole('button', { name: 'Ubah tahapan Januari–Desember 2027' }).click();
    const planningStart = page.getByLabel('Perencanaan Kinerja mulai');
    await planningStart.fill('2027-01-05');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect
      .poll(() => page.locator('.field-error').first().textContent())
      .toBe(
        'Tahap Perencanaan Kinerja harus dimulai setelah tahap Pra-Perencanaan selesai (7 Januari 2027); tahap tidak boleh tumpang tindih.',
      );
    await checkA11y(page, 'Periode form with an error (phone)');
    await screenshot(page, 'admin-periods-error', PHONE);
    await planningStart.fill('2027-01-11');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Tahapan Januari–Desember 2027 tersimpan.').waitFor();
    // The list reloads after the notice: wait for the stored dates.
    await expect.poll(() => card2027.textContent()).toContain('11–31 Januari 2027');
    expect(await card2027.textContent()).not.toContain('Tanggal bawaan');

    await page.setViewportSize({ width: DESKTOP.width, height: DESKTOP.height });
    await page.getByRole('button', { name: 'Ubah tahapan Januari–Desember 2026' }).click();
    await page.getByLabel('Penilaian Kinerja selesai').fill('2026-12-20');
    await page.getByRole('button', { name: 'Simpan' }).click();
    const confirm = page.getByRole('dialog', { name: 'Ubah tahap yang sudah berjalan?' });
    expect(await confirm.textContent()).toContain('Tahap Penilaian Kinerja sudah dimulai');
    await checkA11y(page, 'started-stage confirmation');
    await screenshot(page, 'admin-periods-confirm', DESKTOP, { fullPage: false });
    await confirm.getByRole('button', { name: 'Ya, ubah tahapan' }).click();
    await page.getByText('Tahapan Januari–Desember 2026 tersimpan.').waitFor();
    const card2026 = page.getByRole('article', { name: 'Januari–Desember 2026' });
    await expect.poll(() => card2026.textContent()).toContain('1–20 Desember 2026');

    await page.getByRole('button', { name: 'Buat periode' }).click();
    expect(await page.getByLabel('Kode periode').inputValue()).toBe('2028');
    await checkA11y(page, 'new period form (desktop)');
    await screenshot(page, 'admin-periods-create', DESKTOP);
    await page.locator('form').getByRole('button', { name: 'Buat periode' }).click();
    await page.getByText('Periode Januari–Desember 2028 dibuat.').waitFor();
    const card2028 = page.getByRole('article', { name: 'Januari–Desember 2028' });
    await expect.poll(() => card2028.textContent()).toContain('Aturan: Januari–Desember 2027');
    await screenshot(page, 'admin-periods', DESKTOP);

    await page.getByRole('link', { name: 'Lihat perubahan aturan' }).click();
    await page.waitForURL('**/aturan-periode');
    await page.getByText('Tidak ada perubahan aturan.').waitFor();
    expect(await page.getByRole('main').textContent()).toContain(
      'Pra-Perencanaan: 29 Desember 2025 s.d. 7 Januari 2026 menjadi 29 Desember 2026 s.d. 7 Januari 2027.',
    );
    await page.getByLabel('Dari aturan').selectOption('2025');
    await page.getByRole('button', { name: 'Bandingkan' }).click();
    await page
      .getByText('Tim Kinerja kini diplot oleh operator (sebelumnya tidak diplot).')
      .waitFor();
    await checkA11y(page, 'Aturan Periode (desktop)');
    await screenshot(page, 'rule-set-changes', DESKTOP);
    await page.setViewportSize({ width: PHONE.width, height: PHONE.height });
    await screenshot(page, 'rule-set-changes', PHONE);
    expectNoPageErrors(page);
    await page.context().close();
  });
});
