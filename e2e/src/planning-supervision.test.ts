import type { MyPlanResponse } from '@kinerja/contract';
import type { Page } from 'playwright-core';
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
import { apiAs, fillAndSubmitPlan } from './planning-supervision-api.js';

// Issue #4 items 2, 5 and 6 at 360 px: the Plt school, the missing principal, and the planning
// lock with a per-person extension. Demo people: apps/server/src/modules/demo/demo-data.ts.

/** A PNS teacher of SD Negeri Contoh 2, led by Plt Budi Santoso (school B). */
const PLT_SCHOOL_TEACHER = { email: 'agus.salim@guru.sd.belajar.id', name: 'Drs. Agus Salim' };
/** A teacher of SMP Negeri Contoh 3, which has no principal (school C). */
const NO_HEAD_TEACHER = {
  email: 'lina.marpaung@guru.smp.belajar.id',
  name: 'Lina Marpaung, S.Pd.',
};
/** A teacher of SMA Negeri 1 who has not started by the deadline. */
const LATE_TEACHER = {
  email: 'rina.marlina@guru.sma.belajar.id',
  name: 'Rina Marlina, S.Pd.',
  nip: '198706202010012015',
};
const ADMIN = { email: 'admin@kinerja.id', name: 'Administrator Kinerja' };

const bell = (page: Page, unread: number) =>
  page.getByRole('button', { name: `Notifikasi, ${unread} belum dibaca`, exact: true });

const nav = (page: Page) => page.getByRole('navigation', { name: 'Navigasi utama' });

async function mainText(page: Page): Promise<string> {
  return (await page.getByRole('main').textContent()) ?? '';
}

browserSuite('planning supervision while Perencanaan Kinerja is open (10 January 2026)', () => {
  const app = useBrowserAndServer({
    env: () => ({ NODE_ENV: 'development', KINERJA_START_CLOCK_AT: '2026-01-10T09:00:00+07:00' }),
  });

  it('a teacher of the Plt school submits; the plan is approved automatically and says to confirm with the Plt (phone)', async () => {
    const page = await app.newPage(PHONE);
    await signIn(page, PLT_SCHOOL_TEACHER.email);
    await expect.poll(() => bell(page, 0).count()).toBe(1);

    // Filling the tabs is the planning page's own test; here the plan is filled through the API.
    const plan = await fillAndSubmitPlan(await apiAs(page), '2026');
    expect(plan.status).toBe('approved');
    expect(plan.supervision).toMatchObject({ mode: 'automatic', basis: 'acting_principal' });

    // The bell picks the notification up when the window regains focus (no reload needed).
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect.poll(() => bell(page, 1).count()).toBe(1);
    await page.reload();
    await expect.poll(() => mainText(page)).toContain('Perencanaan Kinerja disetujui');
    await bell(page, 1).click();
    const panel = page.getByRole('region', { name: 'Notifikasi' });
    const notice = panel.getByRole('link', { name: /Perencanaan Kinerja disetujui otomatis/ });
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('hubungi Budi Santoso, S.Pd.');
    await checkA11y(page, 'bell panel (phone)');
    await screenshot(page, 'bell-open', PHONE, { fullPage: false });

    // Opening it marks it read and goes to Rencana, which shows the Plt message.
    await notice.click();
    await page.waitForURL('**/rencana');
    await expect.poll(() => bell(page, 0).count()).toBe(1);
    await expect
      .poll(() => mainText(page))
      .toContain('Sekolah Anda dipimpin Plt Kepala Sekolah (Budi Santoso, S.Pd.)');
    expect(await mainText(page)).toContain(
      'hubungi beliau untuk mengonfirmasi Pelaksanaan Kinerja',
    );
    await checkA11y(page, 'Rencana after automatic approval (phone)');
    expectNoPageErrors(page);
    await page.context().close();
  });

  it('a teacher of the school without a principal sees "Data atasan Anda tidak ditemukan" (phone)', async () => {
    const page = await app.newPage(PHONE);
    await signIn(page, NO_HEAD_TEACHER.email);
    const plan = await fillAndSubmitPlan(await apiAs(page), '2026');
    expect(plan.status).toBe('submitted');
    expect(plan.supervision.mode).toBe('blocked');

    await page.reload();
    const due = page.getByRole('region', { name: 'Yang perlu dilakukan' });
    await expect
      .poll(async () => (await due.textContent()) ?? '')
      .toContain('Data atasan Anda tidak ditemukan');
    expect(await due.textContent()).toContain('Hubungi Operator Sekolah atau Dinas Pendidikan');
    expect(
      await due
        .getByRole('link', { name: /Data atasan Anda tidak ditemukan/ })
        .getAttribute('href'),
    ).toBe('/rencana');
    await checkA11y(page, 'home with a blocked plan (phone)');
    await screenshot(page, 'home-blocked', PHONE);

    await page.goto('/notifikasi');
    await expect.poll(() => mainText(page)).toContain('Data atasan Anda tidak ditemukan');
    expect(await mainText(page)).toContain('otomatis masuk ke daftar atasan');
    await checkA11y(page, '/notifikasi (phone)');
    await screenshot(page, 'notifikasi', PHONE);

    await page.goto('/rencana');
    await expect.poll(() => mainText(page)).toContain('Data atasan Anda tidak ditemukan');
    expectNoPageErrors(page);
    await page.context().close();
  });
});

browserSuite('the planning lock and a per-person extension (2 February 2026)', () => {
  const app = useBrowserAndServer({
    env: () => ({ NODE_ENV: 'development', KINERJA_START_CLOCK_AT: '2026-02-02T09:00:00+07:00' }),
  });

  it('after 31 January the teacher cannot start; an admin extends it for her on /perpanjangan; then she can (phone)', async () => {
    const teacher = await app.newPage(PHONE);
    await signIn(teacher, LATE_TEACHER.email);
    const due = teacher.getByRole('region', { name: 'Yang perlu dilakukan' });
    await expect
      .poll(async () => (await due.textContent()) ?? '')
      .toContain('Perencanaan Kinerja sudah ditutup pada 31 Januari 2026.');
    expect(await due.textContent()).toContain(
      'Anda tidak dapat lagi memulai atau mengubah rencana',
    );
    const api = await apiAs(teacher);
    const refused = await api.post<{ error: { code: string } }>('/api/plans', { periodId: '2026' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('PLANNING_LOCKED_OUT');
    await teacher.goto('/rencana');
    await expect.poll(() => teacher.getByTestId('start-refusal').isVisible()).toBe(true);
    expect(await teacher.getByRole('button', { name: 'Mulai', exact: true }).count()).toBe(0);

    // The admin finds her by NIP and extends Perencanaan Kinerja to 20 February, with a reason.
    const admin = await app.newPage(PHONE);
    await signIn(admin, ADMIN.email);
    await admin.getByRole('button', { name: 'Menu' }).click();
    await nav(admin).getByRole('link', { name: 'Perpanjangan Tenggat' }).click();
    await admin.waitForURL('**/perpanjangan');
    await checkA11y(admin, '/perpanjangan empty (phone)');
    await admin.getByLabel('NIP, NUPTK atau email').fill(LATE_TEACHER.nip);
    await admin.getByRole('button', { name: 'Cari' }).click();
    await expect.poll(() => admin.getByText(LATE_TEACHER.name).count()).toBe(1);
    await admin.getByLabel('Diperpanjang sampai').fill('2026-01-30');
    await admin.getByLabel('Alasan').fill('Cuti melahirkan, surat keterangan terlampir');
    await admin.getByRole('button', { name: 'Perpanjang', exact: true }).click();
    await admin.getByRole('dialog').getByRole('button', { name: 'Ya, perpanjang' }).click();
    // A date before the stage's deadline is refused, next to the date field.
    const date = admin.getByLabel('Diperpanjang sampai');
    await expect.poll(() => date.getAttribute('aria-invalid')).toBe('true');
    expect(await mainText(admin)).toContain(
      'tanggal harus setelah batas tahap ini (31 Januari 2026)',
    );
    await screenshot(admin, 'perpanjangan-error', PHONE);

    await date.fill('2026-02-20');
    await admin.getByRole('button', { name: 'Perpanjang', exact: true }).click();
    const dialog = admin.getByRole('dialog');
    expect(await dialog.textContent()).toContain(
      `Perencanaan Kinerja untuk ${LATE_TEACHER.name} akan diperpanjang sampai 20 Februari 2026`,
    );
    await checkA11y(admin, '/perpanjangan confirmation (phone)');
    await dialog.getByRole('button', { name: 'Ya, perpanjang' }).click();
    await expect
      .poll(() => mainText(admin))
      .toContain(
        `Perencanaan Kinerja untuk ${LATE_TEACHER.name} diperpanjang sampai 20 Februari 2026.`,
      );
    const list = admin.getByRole('region', { name: /Perpanjangan pada periode/ });
    await expect.poll(async () => (await list.textContent()) ?? '').toContain(LATE_TEACHER.name);
    expect(await list.textContent()).toContain('Cuti melahirkan, surat keterangan terlampir');
    await checkA11y(admin, '/perpanjangan after saving (phone)');
    await screenshot(admin, 'perpanjangan', PHONE);
    expectNoPageErrors(admin);
    await admin.context().close();

    // Now she can start: home says until when, and Rencana offers "Mulai".
    await teacher.goto('/');
    await expect
      .poll(async () => (await due.textContent()) ?? '')
      .toContain(
        'Perencanaan Kinerja diperpanjang untuk Anda sampai 20 Februari 2026 (batas umum 31 Januari 2026).',
      );
    await teacher.goto('/rencana');
    const start = teacher.getByRole('button', { name: 'Mulai', exact: true });
    await expect.poll(() => start.isVisible()).toBe(true);
    await start.click();
    await expect
      .poll(async () => (await api.get<MyPlanResponse>('/api/plans/mine')).body.plan?.status)
      .toBe('draft');
    expectNoPageErrors(teacher);
    await teacher.context().close();
  });

  it('shows Perpanjangan Tenggat to the Dinas at desktop width', async () => {
    const page = await app.newPage(DESKTOP);
    await signIn(page, 'nur.aini@disdik.bandungkab.go.id');
    await nav(page).getByRole('link', { name: 'Perpanjangan Tenggat' }).click();
    await page.waitForURL('**/perpanjangan');
    await expect.poll(() => mainText(page)).toContain('Perpanjang tenggat pegawai');
    await checkA11y(page, '/perpanjangan (desktop)');
    await screenshot(page, 'perpanjangan', DESKTOP);
    expectNoPageErrors(page);
    await page.context().close();
  });
});
