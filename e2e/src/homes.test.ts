import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  browserSuite,
  DESKTOP,
  expectNoPageErrors,
  PHONE,
  screenshot,
  signIn,
  useBrowserAndServer,
} from './harness.js';

// Issue #11 findings 5–7: every role's home lists what waits for it, one tap from where it is done,
// in Indonesian with no codes. Demo people (apps/server/src/modules/demo/demo-data.ts).
const PEOPLE = {
  teacher: 'andi.wijaya@guru.sma.belajar.id',
  principal: 'siti.rahmawati@guru.sma.belajar.id',
  pengawas: 'bambang.hermawan@pengawas.belajar.id',
  dinasProvinsi: 'wahyu.hidayat@disdik.jabarprov.go.id',
  dinasKabupaten: 'nur.aini@disdik.bandungkab.go.id',
  operator: 'operator.sman1@belajar.id',
  admin: 'admin@kinerja.id',
} as const;
type Who = keyof typeof PEOPLE;

/** English interface words that must never reach an Indonesian page. */
const ENGLISH =
  /\b(Loading|Submit|Cancel|Save|Error|Settings|Dashboard|Logout|Sign in|undefined|null|NaN|coming soon)\b/;

/** Fails when the page shows a raw code: a snake_case word, an ISO date or an English word. */
async function expectNoRawCodes(page: Page, label: string): Promise<void> {
  const text = await page.locator('body').innerText();
  const problems = [
    ...(text.match(/\b[a-z]+(?:_[a-z0-9]+)+\b/g) ?? []).map((word) => `kode "${word}"`),
    ...(text.match(/\b\d{4}-\d{2}-\d{2}\b/g) ?? []).map((date) => `tanggal ISO "${date}"`),
    ...(text.match(ENGLISH) ?? []).slice(0, 1).map((word) => `kata Inggris "${word}"`),
  ];
  expect(problems, `${label}: ${text.slice(0, 400)}`).toEqual([]);
}

/** The "Yang perlu dilakukan" region of the home. */
const dueOf = (page: Page) => page.getByRole('region', { name: 'Yang perlu dilakukan' });

/** Signs in and waits until the home's to-do list has loaded. */
async function openHome(page: Page, who: Who): Promise<string> {
  await signIn(page, PEOPLE[who]);
  const due = dueOf(page);
  await expect.poll(() => due.textContent(), { timeout: 10_000 }).toContain('Batas waktu tahapan');
  const text = (await page.getByRole('main').textContent()) ?? '';
  expect(text).not.toContain('segera hadir');
  return (await due.textContent()) ?? '';
}

/** Screenshots of a role's home at both sizes (the phone one is from the page under test). */
async function shootHome(
  app: ReturnType<typeof useBrowserAndServer>,
  page: Page,
  who: Who,
  stage: string,
): Promise<void> {
  await screenshot(page, `homes-${stage}-${who}`, PHONE);
  const wide = await app.newPage(DESKTOP);
  await openHome(wide, who);
  await expectNoRawCodes(wide, `${who} home ${stage} (desktop)`);
  await screenshot(wide, `homes-${stage}-${who}`, DESKTOP);
  await wide.context().close();
}

browserSuite('homes in 2026 planning (20 January 2026)', () => {
  const app = useBrowserAndServer({
    env: () => ({ NODE_ENV: 'development', KINERJA_START_CLOCK_AT: '2026-01-20T09:00:00+07:00' }),
  });

  it('the teacher taps "Mulai Perencanaan Kinerja" and lands on a page with "Mulai"', async () => {
    const page = await app.newPage(PHONE);
    const due = await openHome(page, 'teacher');
    expect(due).toContain('Mulai Perencanaan Kinerja');
    await expectNoRawCodes(page, 'teacher home');
    await shootHome(app, page, 'teacher', '2026-perencanaan');
    await dueOf(page)
      .getByRole('link', { name: /Mulai Perencanaan Kinerja/ })
      .click();
    await page.waitForURL('**/rencana');
    await expect
      .poll(() => page.getByRole('button', { name: 'Mulai', exact: true }).count())
      .toBe(1);
    await expectNoRawCodes(page, 'teacher /rencana');
    expectNoPageErrors(page);
    await page.context().close();
  });

  it('the principal’s own to-do switches to "Kepala Sekolah sebagai Pegawai" and opens the plan', async () => {
    const page = await app.newPage(PHONE);
    const due = await openHome(page, 'principal');
    expect(await page.getByTestId('active-role').textContent()).toBe(
      'Kepala Sekolah sebagai Atasan',
    );
    expect(due).toContain('Kepala Sekolah sebagai Pegawai');
    expect(due).not.toContain('Sebagai Kepala Sekolah');
    await expectNoRawCodes(page, 'principal home');
    await shootHome(app, page, 'principal', '2026-perencanaan');
    await dueOf(page)
      .getByRole('link', { name: /Mulai Perencanaan Kinerja/ })
      .click();
    await page.waitForURL('**/rencana');
    await expect
      .poll(() => page.getByRole('button', { name: 'Mulai', exact: true }).count())
      .toBe(1);
    const text = (await page.getByRole('main').textContent()) ?? '';
    expect(text).not.toContain('Ganti peran lewat menu');
    await expectNoRawCodes(page, 'principal /rencana');
    expectNoPageErrors(page);
    await page.context().close();
  });

  it('the operator taps "Impor Data Dapodik"; the home never tells the operator to contact itself', async () => {
    const page = await app.newPage(PHONE);
    const due = await openHome(page, 'operator');
    expect(due).toContain('Impor Data Dapodik');
    const main = (await page.getByRole('main').textContent()) ?? '';
    expect(main).not.toContain('hubungi Operator Sekolah');
    await expectNoRawCodes(page, 'operator home');
    await shootHome(app, page, 'operator', '2026-perencanaan');
    await dueOf(page)
      .getByRole('link', { name: /Impor Data Dapodik/ })
      .click();
    await page.waitForURL('**/operator/impor');
    await expectNoRawCodes(page, 'operator /operator/impor');
    expectNoPageErrors(page);
    await page.context().close();
  });

  it('the admin taps the national dashboard', async () => {
    const page = await app.newPage(PHONE);
    const due = await openHome(page, 'admin');
    expect(due).toContain('Dasbor Kinerja nasional');
    await expectNoRawCodes(page, 'admin home');
    await shootHome(app, page, 'admin', '2026-perencanaan');
    await dueOf(page)
      .getByRole('link', { name: /Dasbor Kinerja nasional/ })
      .click();
    await page.waitForURL('**/dasbor');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).count()).toBe(1);
    await expectNoRawCodes(page, 'admin /dasbor');
    expectNoPageErrors(page);
    await page.context().close();
  });

  for (const who of ['pengawas', 'dinasProvinsi', 'dinasKabupaten'] as const) {
    it(`the ${who} home reads in Indonesian with no codes`, async () => {
      const page = await app.newPage(PHONE);
      await openHome(page, who);
      await expectNoRawCodes(page, `${who} home`);
      await shootHome(app, page, who, '2026-perencanaan');
      expectNoPageErrors(page);
      await page.context().close();
    });
  }
});

browserSuite('homes today (December 2026, Penilaian Kinerja)', () => {
  // The real clock: the server reads today's date (KINERJA_START_CLOCK_AT unset).
  const app = useBrowserAndServer({ env: () => ({ NODE_ENV: 'development' }) });

  it('the teacher reads that planning is closed, since when and who extends it', async () => {
    const page = await app.newPage(PHONE);
    const due = await openHome(page, 'teacher');
    expect(due).toContain('Perencanaan Kinerja sudah ditutup');
    expect(due).toContain('31 Januari 2026');
    expect(due).toContain('Dinas Pendidikan');
    expect(due).not.toContain('Mulai Perencanaan Kinerja');
    await expectNoRawCodes(page, 'teacher home (December)');
    await shootHome(app, page, 'teacher', '2026-penilaian');
    await dueOf(page)
      .getByRole('link', { name: /Perencanaan Kinerja sudah ditutup/ })
      .click();
    await page.waitForURL('**/rencana');
    const main = page.getByRole('main');
    await expect.poll(() => main.textContent()).toContain('ditutup');
    expect(await main.textContent()).not.toContain('Klik "Mulai"');
    await expectNoRawCodes(page, 'teacher /rencana (December)');
    expectNoPageErrors(page);
    await page.context().close();
  });

  it('the principal’s Penilaian counts the school’s teachers instead of "Belum ada guru"', async () => {
    const page = await app.newPage(PHONE);
    await openHome(page, 'principal');
    await expectNoRawCodes(page, 'principal home (December)');
    await shootHome(app, page, 'principal', '2026-penilaian');
    await page.getByRole('button', { name: 'Menu' }).click();
    await page
      .getByRole('navigation', { name: 'Navigasi utama' })
      .getByRole('link', { name: 'Penilaian', exact: true })
      .click();
    await page.waitForURL('**/penilaian');
    const main = page.getByRole('main');
    await expect
      .poll(() => main.textContent())
      .toContain('guru belum memiliki Perencanaan Kinerja');
    expect(await main.textContent()).not.toContain('Belum ada guru di sekolah ini');
    await expectNoRawCodes(page, 'principal /penilaian (December)');
    expectNoPageErrors(page);
    await page.context().close();
  });

  for (const who of ['pengawas', 'dinasProvinsi', 'dinasKabupaten', 'operator', 'admin'] as const) {
    it(`the ${who} home reads in Indonesian with no codes`, async () => {
      const page = await app.newPage(PHONE);
      await openHome(page, who);
      await expectNoRawCodes(page, `${who} home (December)`);
      await shootHome(app, page, who, '2026-penilaian');
      expectNoPageErrors(page);
      await page.context().close();
    });
  }
});
