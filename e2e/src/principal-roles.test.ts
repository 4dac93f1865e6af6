import { expect, it } from 'vitest';
import {
  browserSuite,
  checkA11y,
  expectNoPageErrors,
  openAccountMenu,
  PHONE,
  signIn,
  useBrowserAndServer,
} from './harness.js';

const PRINCIPAL = {
  email: 'siti.rahmawati@guru.sma.belajar.id',
  name: 'Dr. Siti Rahmawati, M.Pd.',
};

browserSuite('the role switcher (a principal wears two hats, domain.md §1.3)', () => {
  const app = useBrowserAndServer();

  it('switches "Kepala Sekolah sebagai Atasan" ⇄ "Kepala Sekolah sebagai Pegawai" (phone)', async () => {
    const page = await app.newPage(PHONE);
    await signIn(page, PRINCIPAL.email);
    const activeRole = page.getByTestId('active-role');
    await expect.poll(() => activeRole.textContent()).toBe('Kepala Sekolah sebagai Atasan');
    await checkA11y(page, 'principal home');

    // From the account menu…
    await openAccountMenu(page, PRINCIPAL.name);
    const menu = page.locator('.account-panel');
    await menu.getByRole('button', { name: /^Kepala Sekolah sebagai Pegawai/ }).click();
    await expect.poll(() => activeRole.textContent()).toBe('Kepala Sekolah sebagai Pegawai');
    await expect.poll(() => menu.isVisible()).toBe(false);
    await page.reload();
    await expect.poll(() => activeRole.textContent()).toBe('Kepala Sekolah sebagai Pegawai');

    // …and from the switcher on the home page.
    const onHome = page.getByRole('main').getByRole('group', { name: 'Pilih peran' });
    await onHome.getByRole('button', { name: /^Kepala Sekolah sebagai Atasan/ }).click();
    await expect.poll(() => activeRole.textContent()).toBe('Kepala Sekolah sebagai Atasan');
    const pressed = onHome.getByRole('button', { name: /^Kepala Sekolah sebagai Atasan/ });
    expect(await pressed.getAttribute('aria-pressed')).toBe('true');
    await checkA11y(page, 'principal home after switching back');
    expectNoPageErrors(page);
    await page.context().close();
  });
});
