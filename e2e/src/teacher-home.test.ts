import { expect, it } from 'vitest';
import {
  browserSuite,
  checkA11y,
  DESKTOP,
  expectNoPageErrors,
  openAccountMenu,
  PHONE,
  screenshot,
  signIn,
  useBrowserAndServer,
} from './harness.js';

const TEACHER = { email: 'andi.wijaya@guru.sma.belajar.id', name: 'Andi Wijaya, S.Pd.' };

browserSuite('a demo teacher signs in and sees home', () => {
  const app = useBrowserAndServer();

  for (const viewport of [PHONE, DESKTOP]) {
    it(`shows name, school, role and period (${viewport.name})`, async () => {
      const page = await app.newPage(viewport);
      await page.goto('/');
      await page.waitForURL('**/masuk');
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Masuk');
      await checkA11y(page, `sign-in ${viewport.name}`);
      await screenshot(page, 'sign-in', viewport);

      await signIn(page, TEACHER.email);
      expect(new URL(page.url()).pathname).toBe('/');
      const main = page.getByRole('main');
      await expect.poll(() => main.textContent()).toContain(`Selamat datang, ${TEACHER.name}`);
      // The cards appear once "Yang perlu dilakukan" has loaded (no layout shift, issue 15).
      await expect.poll(() => main.textContent()).toContain('SMA Negeri 1 Contoh Bandung');
      const text = (await main.textContent()) ?? '';
      expect(text).toContain('SMA Negeri 1 Contoh Bandung');
      expect(await page.getByTestId('active-role').textContent()).toBe('Guru sebagai Pegawai');
      expect(await page.getByTestId('active-period').textContent()).toBe('Januari–Desember 2026');
      expect(text).toContain('8–31 Januari 2026');
      // A teacher is offered no operator features.
      expect(await page.getByRole('link', { name: 'Impor Data Dapodik' }).count()).toBe(0);
      await checkA11y(page, `home ${viewport.name}`);
      await screenshot(page, 'home-teacher', viewport);

      await openAccountMenu(page, TEACHER.name);
      await expect
        .poll(() =>
          page
            .locator('.account-panel')
            .getByRole('button', { name: /^Ganti periode/ })
            .isVisible(),
        )
        .toBe(true);
      await checkA11y(page, `account menu ${viewport.name}`);
      await screenshot(page, 'menu-open', viewport);
      // Escape closes the menu and gives focus back to the name button.
      await page.keyboard.press('Escape');
      await expect
        .poll(() =>
          page
            .locator('.account-panel')
            .getByRole('button', { name: /^Ganti periode/ })
            .isVisible(),
        )
        .toBe(false);
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(TEACHER.name);
      expectNoPageErrors(page);
      await page.context().close();
    });
  }

  it('"Ganti periode" switches to 2025 and back (phone)', async () => {
    const page = await app.newPage(PHONE);
    await signIn(page, TEACHER.email);
    const period = page.getByTestId('active-period');
    await expect.poll(() => period.textContent()).toBe('Januari–Desember 2026');

    const choose = async (label: string) => {
      await openAccountMenu(page, TEACHER.name);
      await page
        .locator('.account-panel')
        .getByRole('button', { name: /^Ganti periode/ })
        .click();
      const dialog = page.getByRole('dialog', { name: 'Ganti periode' });
      await dialog.getByRole('radio', { name: label }).check();
      await checkA11y(page, `period dialog (${label})`);
      await dialog.getByRole('button', { name: 'Simpan' }).click();
      await expect.poll(() => dialog.count()).toBe(0);
    };

    await choose('Januari–Desember 2025');
    await expect.poll(() => period.textContent()).toBe('Januari–Desember 2025');
    // The stage windows follow the chosen period (dates belong to its rule set).
    expect(await page.getByRole('main').textContent()).toMatch(/\d+–31 Januari 2025/);
    await checkA11y(page, 'home in period 2025');

    await choose('Januari–Desember 2026 (periode berjalan)');
    await expect.poll(() => period.textContent()).toBe('Januari–Desember 2026');
    // The choice is the session's: it survives a reload.
    await page.reload();
    await expect.poll(() => period.textContent()).toBe('Januari–Desember 2026');
    expectNoPageErrors(page);
    await page.context().close();
  });

  it('navigates the phone menu and the account menu by keyboard alone, then signs out', async () => {
    const page = await app.newPage(PHONE);
    await signIn(page, TEACHER.email);
    await expect
      .poll(() => page.getByTestId('active-period').textContent())
      .toBe('Januari–Desember 2026');
    const menuButton = page.getByRole('button', { name: 'Menu', exact: true });
    await menuButton.focus();
    await page.keyboard.press('Enter');
    expect(await menuButton.getAttribute('aria-expanded')).toBe('true');
    expect(
      await page.getByRole('navigation').getByRole('link', { name: 'Beranda' }).isVisible(),
    ).toBe(true);

    await page.getByRole('button', { name: TEACHER.name, exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(
      'Ganti periode',
    );
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Ganti periode' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);

    // "Keluar" ends the session: back to the sign-in page, and home is closed again.
    await openAccountMenu(page, TEACHER.name);
    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.waitForURL('**/masuk');
    await page.goto('/');
    await page.waitForURL('**/masuk');
    expectNoPageErrors(page);
    await page.context().close();
  });
});
