import { readFile } from 'node:fs/promises';
import type { Plan, WrittenDocument } from '@kinerja/contract';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectStatus, extendStages, personIdOf } from './assessment-support.js';
import {
  browserSuite,
  DESKTOP,
  expectNoPageErrors,
  PHONE,
  screenshot,
  signIn,
  useBrowserAndServer,
  type Viewport,
} from './harness.js';
import { apiAs, fillAndSubmitPlan, type Api } from './planning-supervision-api.js';

// Issue #11 items 1, 2 and 8: the pengawas and the Dinas reach every task they have on principals
// by tapping menus, notifications and list rows only — no typed deep URL. 2025, 20 November (the
// Penilaian window): the principal of SMA Negeri 1 has an agreed plan and sent her documents (API
// set-up); the pengawas reads them, opens the Siklus and recommends; the Dinas assessor follows the
// notification, confirms the Dokumen Pelaksanaan Tugas Pokok, assesses ("Tetapkan") and downloads
// the region's ZIP. Every page visited is scanned for raw codes, ISO dates and English words.

const PRINCIPAL = {
  email: 'siti.rahmawati@guru.sma.belajar.id',
  name: 'Dr. Siti Rahmawati, M.Pd.',
};
const PENGAWAS = { email: 'bambang.hermawan@pengawas.belajar.id' };
const DINAS = { email: 'wahyu.hidayat@disdik.jabarprov.go.id' };
/** The kabupaten Dinas: its SMP Negeri Contoh 3 has neither a principal nor a Plt (demo data). */
const DINAS_KAB = { email: 'nur.aini@disdik.bandungkab.go.id' };
const ADMIN = { email: 'admin@kinerja.id' };
const RECOMMENDATION =
  'Observasi menunjukkan kepemimpinan pembelajaran yang konsisten; layak Baik.';

const WAIT = { timeout: 15_000 };
const STEP = 150_000;

/** What a person must never read: codes, ISO dates, English interface words (issue #11). */
const RAW = [
  /\b[a-z]+(?:_[a-z0-9]+)+\b/,
  /\b\d{4}-\d{2}-\d{2}\b/,
  /\b(?:Loading|Submit|Save|Cancel|Close|Error|Retry|Download|Delete|Back|Next|Search|Settings|Logout|undefined|null|NaN|pending|failed|delivered|draft|submitted|approved|Not found)\b/,
];

/** Fails on a raw code in what the page shows (the whole body: header, menu, main). */
async function expectNoRawCodes(page: Page, label: string): Promise<void> {
  await page.getByRole('main').waitFor(WAIT);
  const text = await page.evaluate(() => document.body.innerText);
  for (const pattern of RAW) {
    const found = pattern.exec(text);
    expect(found?.[0] ?? null, `${label}: "${found?.[0]}" in ${text.slice(0, 400)}`).toBeNull();
  }
}

const mainText = async (page: Page) => (await page.getByRole('main').textContent()) ?? '';

/** Taps a main-navigation entry, through the "Menu" button on a phone. */
async function openFromMenu(page: Page, link: string): Promise<void> {
  // The header appears once the session has loaded; only then is "Menu" there or not.
  await page.locator('nav.main-nav').waitFor({ state: 'attached' });
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await page
    .getByRole('navigation', { name: 'Navigasi utama' })
    .getByRole('link', { name: link, exact: true })
    .click();
}

/** Opens the bell and taps the notification whose text matches. */
async function openNotification(page: Page, text: RegExp): Promise<void> {
  await page.getByRole('button', { name: /^Notifikasi/ }).click();
  const panel = page.getByRole('region', { name: 'Notifikasi' });
  const link = panel.getByRole('link', { name: text }).first();
  await link.waitFor(WAIT);
  await link.click();
}

/** Ajukan by the principal as pegawai, Setujui by the Dinas assessor (2025: §1.2). */
async function agreedPrincipalPlan(principal: Api, dinas: Api): Promise<Plan> {
  const submitted = await fillAndSubmitPlan(principal, '2025');
  expect(submitted.employee.kind).toBe('principal');
  return expectStatus(
    'approve',
    await dinas.post<Plan>(`/api/plans/${submitted.id}/approve`, { version: submitted.version }),
  );
}

/** "Kirim ke Atasan" of both 2025 documents by the principal (the Dinas receives them). */
async function sendDocuments(principal: Api, planId: string): Promise<void> {
  const base = `/api/plans/${planId}/documents`;
  const reflection = expectStatus(
    'reflection',
    await principal.put<WrittenDocument>(`${base}/competency-reflection`, {
      version: 0,
      text: 'Pelatihan supervisi akademik membantu saya memberi umpan balik kepada guru.',
    }),
  );
  expectStatus(
    'send reflection',
    await principal.post(`${base}/competency-reflection/send`, { version: reflection.version }),
  );
  const empty = expectStatus(
    'checklist',
    await principal.get<WrittenDocument>(`${base}/main-duties-checklist`),
  );
  const ticked = expectStatus(
    'tick',
    await principal.put<WrittenDocument>(`${base}/main-duties-checklist`, {
      version: empty.version,
      completedDutyCodes: (empty.checklist?.duties ?? []).map((duty) => duty.code),
    }),
  );
  expectStatus(
    'send checklist',
    await principal.post(`${base}/main-duties-checklist/send`, { version: ticked.version }),
  );
}

async function pageAs(
  app: ReturnType<typeof useBrowserAndServer>,
  viewport: Viewport,
  email: string,
): Promise<{ page: Page; api: Api }> {
  const page = await app.newPage(viewport);
  await signIn(page, email);
  const api = await apiAs(page);
  expectStatus('Ganti periode', await api.post('/api/me/period', { periodId: '2025' }));
  await page.goto('/');
  return { page, api };
}

browserSuite('the pengawas and the Dinas on a principal’s year, by menus only (issue #11)', () => {
  const app = useBrowserAndServer({
    env: () => ({ NODE_ENV: 'development', KINERJA_START_CLOCK_AT: '2025-11-20T12:00:00+07:00' }),
  });
  let planId = '';

  it(
    'set-up through the API: the principal’s plan agreed, both documents sent',
    async () => {
      const principal = await pageAs(app, PHONE, PRINCIPAL.email);
      expectStatus(
        'Sebagai Pegawai',
        await principal.api.post('/api/me/role', { role: 'principal_employee' }),
      );
      const admin = await pageAs(app, PHONE, ADMIN.email);
      await extendStages(admin.api, {
        personId: await personIdOf(principal.api),
        periodId: '2025',
        stages: ['planning', 'execution'],
        until: '2025-12-31',
      });
      const dinas = await pageAs(app, PHONE, DINAS.email);
      const plan = await agreedPrincipalPlan(principal.api, dinas.api);
      expect(plan.status).toBe('approved');
      planId = plan.id;
      await sendDocuments(principal.api, planId);
      for (const each of [principal, admin, dinas]) await each.page.context().close();
    },
    STEP,
  );

  it(
    'the pengawas reads the documents, opens the Siklus and recommends — menus only (phone)',
    async () => {
      const { page } = await pageAs(app, PHONE, PENGAWAS.email);
      await expectNoRawCodes(page, 'pengawas home');
      await openFromMenu(page, 'Pelaksanaan');
      const row = page.getByRole('listitem').filter({ hasText: PRINCIPAL.name });
      await row.waitFor(WAIT);
      // The pengawas is Tim Kinerja, not the confirmer: the list says who confirms (§1.2, §3.8).
      await expect
        .poll(() => mainText(page), WAIT)
        .toContain('menunggu konfirmasi Pejabat Penilai Kinerja Dinas');
      expect(await mainText(page)).not.toContain('menunggu konfirmasi Anda');
      expect(await row.getByRole('button', { name: /^Periksa/ }).count()).toBe(0);
      await expectNoRawCodes(page, 'pengawas Pelaksanaan');
      await screenshot(page, 'journey-pengawas-pelaksanaan', PHONE);
      await row
        .getByRole('button', { name: `Baca Dokumen Pelaksanaan Tugas Pokok ${PRINCIPAL.name}` })
        .click();
      const dialog = page.getByRole('dialog', { name: 'Dokumen Pelaksanaan Tugas Pokok' });
      await dialog.waitFor(WAIT);
      expect(await dialog.getByRole('button', { name: /Konfirmasi/ }).count()).toBe(0);
      await dialog.getByRole('button', { name: 'Tutup', exact: true }).first().click();

      await row
        .getByRole('link', { name: `Buka Siklus Praktik Kinerja ${PRINCIPAL.name}` })
        .click();
      await page.waitForURL('**/pelaksanaan/siklus/*');
      await expectNoRawCodes(page, 'pengawas Siklus');

      await openFromMenu(page, 'Pelaksanaan');
      await page
        .getByRole('link', { name: `Beri Rekomendasi Penilaian untuk ${PRINCIPAL.name}` })
        .click();
      await page.waitForURL(`**/penilaian/${planId}`);
      const main = page.getByRole('main');
      await main.getByRole('textbox', { name: 'Rekomendasi', exact: true }).fill(RECOMMENDATION);
      await main.getByRole('button', { name: 'Kirim Rekomendasi', exact: true }).click();
      await expect.poll(() => mainText(page), WAIT).toContain('Rekomendasi terkirim.');
      await expectNoRawCodes(page, 'pengawas recommendation');
      await screenshot(page, 'journey-pengawas-rekomendasi', PHONE);
      expectNoPageErrors(page);
      await page.context().close();
    },
    STEP,
  );

  it(
    'the Dinas follows the notification, confirms, assesses, "Tetapkan" and downloads the ZIP (phone)',
    async () => {
      const { page } = await pageAs(app, PHONE, DINAS.email);
      await expectNoRawCodes(page, 'Dinas home');
      // The recommendation's notification lands on the assessment form itself.
      await openNotification(page, /Rekomendasi Pengawas/);
      await page.waitForURL(`**/penilaian/${planId}`);
      await expect.poll(() => mainText(page), WAIT).toContain(RECOMMENDATION);
      await expectNoRawCodes(page, 'Dinas assessment from the notification');

      // The document's notification lands on Pelaksanaan, where the Dinas confirms (§3.6).
      await openNotification(page, /Dokumen Pelaksanaan Tugas Pokok dikirim/);
      await page.waitForURL('**/periksa/pelaksanaan');
      const row = page.getByRole('listitem').filter({ hasText: PRINCIPAL.name });
      await row
        .getByRole('button', { name: `Periksa Dokumen Pelaksanaan Tugas Pokok ${PRINCIPAL.name}` })
        .click();
      const dialog = page.getByRole('dialog', { name: 'Dokumen Pelaksanaan Tugas Pokok' });
      await dialog
        .getByRole('button', { name: 'Konfirmasi dokumen akuntabilitas', exact: true })
        .click();
      await expect
        .poll(() => mainText(page), WAIT)
        .toContain(`Dokumen akuntabilitas ${PRINCIPAL.name} telah dikonfirmasi.`);
      await expectNoRawCodes(page, 'Dinas Pelaksanaan');
      await screenshot(page, 'journey-dinas-pelaksanaan', PHONE);

      // Penilaian from the menu: one tap from the row to the form.
      await openFromMenu(page, 'Penilaian');
      await page.getByRole('heading', { name: 'Penilaian Kinerja Kepala Sekolah' }).waitFor(WAIT);
      await expect.poll(() => mainText(page), WAIT).toContain('1 rekomendasi Pengawas');
      await expectNoRawCodes(page, 'Dinas Penilaian list');
      await screenshot(page, 'journey-dinas-penilaian', PHONE);
      await page.getByRole('link', { name: `Nilai ${PRINCIPAL.name}`, exact: true }).click();
      await page.waitForURL(`**/penilaian/${planId}`);
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
      await confirm.getByRole('button', { name: 'Tetapkan', exact: true }).click();
      await expect.poll(() => mainText(page), WAIT).toContain('Penilaian Kinerja ditetapkan.');
      await expectNoRawCodes(page, 'Dinas assessment final');

      await openFromMenu(page, 'Penilaian');
      const listed = page.getByRole('listitem').filter({ hasText: PRINCIPAL.name });
      await expect.poll(() => listed.textContent(), WAIT).toContain('Ditetapkan');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page
          .getByRole('link', { name: 'Unduh Dokumen Evaluasi Kinerja (ZIP)', exact: true })
          .click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.zip$/);
      const zip = await readFile(await download.path());
      expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');

      await openFromMenu(page, 'e-Kinerja');
      await page.getByRole('heading', { name: 'Sinkronisasi e-Kinerja' }).waitFor(WAIT);
      // Agreed SKP, set predikat and its four quarterly periodic assessments (domain.md §5.5)
      // wait in the outbox (no e-Kinerja address in tests).
      await expect.poll(() => mainText(page), WAIT).toContain('Menampilkan 6 dari 6');
      expect(await mainText(page)).toContain('Predikat (Penilaian Kinerja ditetapkan)');
      expect(await mainText(page)).toContain('Triwulan IV 2025 (Oktober–Desember)');
      await expectNoRawCodes(page, 'Dinas e-Kinerja');
      await screenshot(page, 'journey-dinas-ekinerja', PHONE);
      await openFromMenu(page, 'Dasbor');
      await page.getByRole('heading', { name: 'Dasbor Kinerja' }).waitFor(WAIT);
      await expect.poll(() => mainText(page), WAIT).toContain('Jumlah Guru');
      await expectNoRawCodes(page, 'Dinas dashboard');
      await screenshot(page, 'journey-dinas-dasbor', PHONE);
      expectNoPageErrors(page);
      await page.context().close();
    },
    STEP,
  );

  it(
    'the same pages on a laptop, and the principal’s Angka Kredit (screenshots)',
    async () => {
      const { page } = await pageAs(app, DESKTOP, DINAS.email);
      for (const [link, name] of [
        ['Penilaian', 'journey-dinas-penilaian'],
        ['Pelaksanaan', 'journey-dinas-pelaksanaan'],
        ['e-Kinerja', 'journey-dinas-ekinerja'],
      ] as const) {
        await openFromMenu(page, link);
        await page.getByRole('main').getByRole('heading').first().waitFor(WAIT);
        await expect.poll(() => mainText(page), WAIT).toContain('Menampilkan');
        await expectNoRawCodes(page, `Dinas ${link} (desktop)`);
        await screenshot(page, name, DESKTOP);
      }
      await page.context().close();
      for (const viewport of [PHONE, DESKTOP]) {
        const kab = await pageAs(app, viewport, DINAS_KAB.email);
        await openFromMenu(kab.page, 'Dasbor');
        const flagged = kab.page.getByTestId('headless-schools');
        await expect.poll(() => flagged.textContent(), WAIT).toContain('Tanpa atasan (1)');
        expect(await flagged.textContent()).toContain('SMP Negeri Contoh 3 (NPSN 20200003)');
        await expectNoRawCodes(kab.page, `Dinas kabupaten dashboard (${viewport.name})`);
        await screenshot(kab.page, 'journey-dinas-kab-dasbor', viewport);
        await kab.page.context().close();
      }
      for (const viewport of [PHONE, DESKTOP]) {
        const principal = await pageAs(app, viewport, PRINCIPAL.email);
        // Her own work is "Sebagai Pegawai": the switcher on the home page changes the role.
        await principal.page
          .getByRole('main')
          .getByRole('group', { name: 'Pilih peran' })
          .getByRole('button', { name: /^Kepala Sekolah sebagai Pegawai/ })
          .click();
        await expect
          .poll(() => principal.page.getByTestId('active-role').textContent(), WAIT)
          .toBe('Kepala Sekolah sebagai Pegawai');
        await openFromMenu(principal.page, 'Angka Kredit');
        await expect.poll(() => mainText(principal.page), WAIT).toContain('Jumlah Angka Kredit');
        await expectNoRawCodes(principal.page, `Angka Kredit (${viewport.name})`);
        await screenshot(principal.page, 'journey-angka-kredit', viewport);
        expectNoPageErrors(principal.page);
        await principal.page.context().close();
      }
    },
    STEP,
  );
});
