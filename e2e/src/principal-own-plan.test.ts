import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  browserSuite,
  checkA11y,
  expectNoPageErrors,
  openAccountMenu,
  PHONE,
  screenshot,
  signIn,
  useBrowserAndServer,
} from './harness.js';
import { tabPanelLoaded } from './planning-support.js';

const PRINCIPAL = {
  email: 'siti.rahmawati@guru.sma.belajar.id',
  name: 'Dr. Siti Rahmawati, M.Pd.',
};

// A teacher's plan texts a principal must never see on the own plan — domain.md §3.8, §4.2, §4.4.
const TEACHER_ONLY = [
  'Wali Kelas',
  'Modul Ajar',
  'Merencanakan pembelajaran',
  'setelah berdiskusi dengan Kepala Sekolah',
  'jadwal kegiatan belajar mengajar',
  'nama belum tersedia',
  'Tidak ada tugas tambahan untuk jenjang sekolah Anda',
];

/** Signs in, switches to "Kepala Sekolah sebagai Pegawai" and opens the plan from the menu. */
async function openOwnPlan(page: Page): Promise<void> {
  await signIn(page, PRINCIPAL.email);
  await openAccountMenu(page, PRINCIPAL.name);
  await page
    .locator('.account-panel')
    .getByRole('button', { name: /^Kepala Sekolah sebagai Pegawai/ })
    .click();
  await expect
    .poll(() => page.getByTestId('active-role').textContent())
    .toBe('Kepala Sekolah sebagai Pegawai');
  const home = await page.getByRole('main').innerText();
  expect(home).not.toContain('Sebagai Kepala Sekolah sebagai');
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('navigation').getByRole('link', { name: 'Perencanaan Kinerja' }).click();
  await page.waitForURL((url) => url.pathname === '/rencana');
  await page.getByRole('main').getByRole('button', { name: 'Mulai', exact: true }).click();
  await page.getByRole('button', { name: 'Data sudah sesuai' }).click();
}

/** Opens each tab and returns its text (the tabs are the plan's step list). */
async function readTabs(page: Page, tag: string): Promise<Map<string, string>> {
  const main = page.getByRole('main');
  const tabs = main.getByRole('tab');
  await expect.poll(() => tabs.count()).toBeGreaterThan(3);
  const texts = new Map<string, string>();
  const count = await tabs.count();
  for (let index = 0; index < count; index++) {
    const tab = tabs.nth(index);
    const label = (await tab.innerText()).split('\n')[1] ?? '';
    await tab.click();
    await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
    await page.getByRole('tabpanel').waitFor();
    await tabPanelLoaded(page);
    texts.set(label, await page.getByRole('tabpanel').innerText());
    await screenshot(page, `principal-own-plan-${tag}-${index + 1}`, PHONE);
  }
  return texts;
}

function expectPrincipalTexts(texts: Map<string, string>): void {
  const all = [...texts.values()].join('\n');
  for (const text of TEACHER_ONLY) expect(all, text).not.toContain(text);
  expect(all).toContain('Kepala Sekolah tidak memilih tugas tambahan');
  const practice = texts.get('Praktik Kinerja') ?? '';
  expect(practice).toContain('Presentasi Visi-Misi Satuan Pendidikan');
  expect(practice).toContain('Kepemimpinan Pembelajaran');
  expect(practice).not.toContain('Keteraturan Suasana Kelas');
}

browserSuite("the principal's own plan is a principal's plan, 2026 (domain.md §3.8)", () => {
  const app = useBrowserAndServer({
    env: () => ({ NODE_ENV: 'development', KINERJA_START_CLOCK_AT: '2026-01-10T09:00:00+07:00' }),
  });

  it('tugas pokok, Praktik Kinerja D3 and Pengembangan Kompetensi speak to a principal', async () => {
    const page = await app.newPage(PHONE);
    await openOwnPlan(page);
    // 2026 first confirms Tim Kinerja and the Pejabat Penilai Kinerja — domain.md §1.3, §3.8.
    await page.getByRole('main').getByRole('button', { name: 'Simpan', exact: true }).click();
    const texts = await readTabs(page, '2026');
    expectPrincipalTexts(texts);
    const duties = texts.get('Pelaksanaan Tugas Pokok') ?? '';
    expect(duties).toContain('Melaksanakan tugas manajerial satuan pendidikan');
    expect(duties).toContain('Melaksanakan supervisi kepada guru dan tenaga kependidikan');
    expect(texts.get('Pengembangan Kompetensi')).toContain(
      'setelah berdiskusi dengan Pengawas Sekolah sebagai Tim Kinerja',
    );
    await checkA11y(page, "principal's own plan");
    expectNoPageErrors(page);
    await page.context().close();
  });
});

browserSuite("the principal's own plan is a principal's plan, 2024-S1 (domain.md §3.8)", () => {
  const app = useBrowserAndServer({
    env: () => ({ NODE_ENV: 'development', KINERJA_START_CLOCK_AT: '2024-01-20T09:00:00+07:00' }),
  });

  it('Praktik Kinerja D3 without the unnamed indicator, and no tugas tambahan', async () => {
    const page = await app.newPage(PHONE);
    await openOwnPlan(page);
    const texts = await readTabs(page, '2024');
    expectPrincipalTexts(texts);
    expect(texts.get('Tugas Tambahan')).toContain('Permendikbud 15/2018');
    expectNoPageErrors(page);
    await page.context().close();
  });
});
