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

const OPERATOR = { email: 'operator.sman1@belajar.id', name: 'Rudi Hartono' };
const TEACHER = { email: 'rina.marlina@guru.sma.belajar.id', name: 'Rina Marlina, S.Pd.' };

browserSuite('password reset by the school operator (domain.md §3.1)', () => {
  const app = useBrowserAndServer();
  let temporaryPassword = '';

  it('the operator resets a teacher’s password and sees the temporary one once (phone)', async () => {
    const page = await app.newPage(PHONE);
    await signIn(page, OPERATOR.email);
    await expect.poll(() => page.getByTestId('active-role').textContent()).toBe('Operator Sekolah');
    await page.getByRole('link', { name: /Daftar PTK/ }).click();
    await page.waitForURL('**/operator/ptk');
    const resetButton = page.getByRole('button', { name: `Atur ulang kata sandi ${TEACHER.name}` });
    await resetButton.waitFor();
    expect(await page.getByRole('main').textContent()).toContain('SMA Negeri 1 Contoh Bandung');
    await checkA11y(page, 'operator PTK page (phone)');
    await screenshot(page, 'operator-ptk', PHONE);

    await resetButton.click();
    const confirm = page.getByRole('dialog', { name: 'Atur ulang kata sandi?' });
    expect(await confirm.textContent()).toContain('Kata sandi lama');
    await checkA11y(page, 'reset confirmation');
    await confirm.getByRole('button', { name: 'Atur ulang', exact: true }).click();

    const done = page.getByRole('dialog', { name: 'Kata sandi sementara' });
    await done.waitFor();
    temporaryPassword = (await done.getByTestId('temporary-password').textContent()) ?? '';
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(8);
    expect(await done.textContent()).toContain(
      `Berikan kata sandi sementara ini kepada ${TEACHER.name} secara langsung`,
    );
    await done.getByRole('button', { name: 'Salin' }).click();
    await expect.poll(() => done.getByRole('button', { name: 'Tersalin' }).count()).toBe(1);
    await checkA11y(page, 'temporary password dialog');
    await screenshot(page, 'operator-reset-done', PHONE, { fullPage: false });
    await done.getByRole('button', { name: 'Selesai' }).click();
    await expect.poll(() => done.count()).toBe(0);
    // Focus returns to the person's row, which now shows the pending change.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe(`Atur ulang kata sandi ${TEACHER.name}`);
    const card = page.locator('.staff-card', { hasText: TEACHER.name });
    await expect.poll(() => card.textContent()).toContain('Belum mengganti kata sandi sementara');

    await page.setViewportSize({ width: DESKTOP.width, height: DESKTOP.height });
    await checkA11y(page, 'operator PTK page (desktop)');
    await screenshot(page, 'operator-ptk', DESKTOP);
    expectNoPageErrors(page);
    await page.context().close();
  });

  it('the teacher signs in with it, must change it, then reaches home (phone)', async () => {
    expect(temporaryPassword).not.toBe('');
    const page = await app.newPage(PHONE);
    await signIn(page, TEACHER.email, temporaryPassword);
    await page.waitForURL('**/ganti-kata-sandi');
    // Pages load per route: the page's own code may still be on its way ("Memuat…").
    await expect.poll(() => page.getByRole('main').textContent()).toContain('kata sandi sementara');
    // Any other page sends the person back until the password is changed.
    await page.goto('/operator/ptk');
    await page.waitForURL('**/ganti-kata-sandi');
    await page.getByRole('heading', { name: 'Ganti kata sandi' }).waitFor();
    await checkA11y(page, 'forced password change');

    const newPassword = 'kata-sandi-baru-rina-2026';
    await page.getByLabel('Kata sandi saat ini').fill(temporaryPassword);
    await page.getByLabel('Kata sandi baru', { exact: true }).fill(newPassword);
    await page.getByLabel('Ulangi kata sandi baru').fill(`${newPassword}x`);
    await page.getByRole('button', { name: 'Simpan kata sandi' }).click();
    await expect.poll(() => page.getByText('Kedua kata sandi baru tidak sama.').count()).toBe(1);
    await checkA11y(page, 'password change with an error');

    await page.getByLabel('Ulangi kata sandi baru').fill(newPassword);
    await page.getByRole('button', { name: 'Simpan kata sandi' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await expect
      .poll(() => page.getByRole('main').textContent(), { timeout: 15_000 })
      .toContain(`Selamat datang, ${TEACHER.name}`);
    expect(await page.getByTestId('active-role').textContent()).toBe('Guru sebagai Pegawai');
    await page.context().close();

    // The temporary password no longer works; the new one does, from a fresh browser.
    const again = await app.newPage(PHONE);
    await again.goto('/masuk');
    await again.getByLabel('Email').fill(TEACHER.email);
    await again.getByLabel('Kata sandi', { exact: true }).fill(temporaryPassword);
    await again.getByRole('button', { name: 'Masuk', exact: true }).click();
    await expect
      .poll(() => again.getByRole('alert').first().textContent())
      .toBe('Email atau kata sandi salah.');
    await signIn(again, TEACHER.email, newPassword);
    expect(new URL(again.url()).pathname).toBe('/');
    expectNoPageErrors(again);
    await again.context().close();
  });
});
