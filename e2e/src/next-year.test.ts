import type { PracticeOptionsResponse } from '@kinerja/contract';
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
import { expectStatus } from './assessment-support.js';
import { fillAndSubmitPlan } from './planning-supervision-api.js';
import { expectTab, tab, TAB } from './planning-support.js';
import { visit } from './support/page-text-scan.js';
import { withApi } from './year-2026/setup-api.js';
import { dueOf, mainText, menu, PEOPLE, todo, WAIT } from './year-2026/steps.js';

// Issue 13 "Done when": the admin makes 2027 ready through the menus (its windows, a catalogue
// entry) while 2026 is being assessed; with the clock in the 2027 Pra-Perencanaan a teacher starts
// 2027 and reads the new entry, while the 2026 plan keeps the text it was made with (its pinned
// catalogue revision, domain.md §8 item 4). One server, moved by the clock: Andi's 2026 plan is
// set up through the API in the 2026 planning window (the planning suites drive that page).
/** 15 January 2026, 10:00 WIB: the 2026 Perencanaan window. */
const PLANNING_2026 = '2026-01-15T03:00:00.000Z';
/** 7 December 2026, 10:00 WIB: the 2026 Penilaian runs; 2027 is not open yet. */
const ASSESSMENT_2026 = '2026-12-07T03:00:00.000Z';
/** 30 December 2026, 10:00 WIB: inside the 2027 Pra-Perencanaan (29 Dec – 7 Jan). */
const PRA_2027 = '2026-12-30T03:00:00.000Z';

async function openPeriodDialog(page: Page, name: string) {
  await openAccountMenu(page, name);
  await page
    .locator('.account-panel')
    .getByRole('button', { name: /^Ganti periode/ })
    .click();
  return page.getByRole('dialog', { name: 'Ganti periode' });
}

browserSuite('the next year prepared by the admin, started by a teacher (issue 13)', () => {
  const app = useBrowserAndServer({
    env: () => ({
      NODE_ENV: 'development',
      KINERJA_START_CLOCK_AT: PLANNING_2026,
    }),
  });

  // Two restarts (the clock moves twice) on a shared machine: a generous bound, no retries.
  it(
    'the admin sets the 2027 windows and renames an indicator; a teacher reads it in 2027 only',
    { timeout: 480_000 },
    async () => {
      // Andi's 2026 plan, submitted with the first choice of every tab; its Praktik Kinerja is the
      // entry the admin renames for 2027.
      const { OLD_NAME, version2026 } = await withApi(app, 'teacherPns', async (api) => {
        const plan = await fillAndSubmitPlan(api, '2026');
        const options = expectStatus(
          'practice options',
          await api.get<PracticeOptionsResponse>(`/api/plans/${plan.id}/practice-options`),
        );
        const chosen = [...options.recommended, ...options.others].find(
          (option) => option.code === plan.content.practiceIndicatorCode,
        );
        if (!chosen) throw new Error('the 2026 plan has no Praktik Kinerja');
        return { OLD_NAME: chosen.name, version2026: plan.catalogueVersionLabel };
      });
      const NEW_NAME = `${OLD_NAME} (rumusan 2027)`;

      await app.restart({ clock: ASSESSMENT_2026 });
      const admin = await app.newPage(PHONE);
      await signIn(admin, PEOPLE.admin.email);

      // Periode: the 2027 defaults are checked and saved, with the planning window moved.
      await menu(admin, 'Periode', 'admin Periode');
      const card2027 = admin.getByRole('article', { name: 'Januari–Desember 2027' });
      expect(await card2027.textContent()).toContain('Tanggal bawaan — periksa lalu simpan');
      await admin.getByRole('button', { name: 'Ubah tahapan Januari–Desember 2027' }).click();
      await admin.getByLabel('Perencanaan Kinerja mulai').fill('2027-01-11');
      await admin.getByRole('button', { name: 'Simpan' }).click();
      await admin.getByText('Tahapan Januari–Desember 2027 tersimpan.').waitFor(WAIT);
      await expect.poll(() => card2027.textContent(), WAIT).toContain('11–31 Januari 2027');

      // Katalog: 2027 is chosen before it opens; the teacher indicator is renamed with its source.
      await menu(admin, 'Katalog', 'admin Katalog');
      await admin
        .getByLabel('Pilih periode')
        .selectOption({ label: 'Januari–Desember 2027 (belum dibuka)' });
      await expect.poll(() => mainText(admin), WAIT).toContain('Periode: Januari–Desember 2027.');
      const entry = admin.getByRole('article', { name: OLD_NAME, exact: true });
      await entry.getByRole('button', { name: `Ubah ${OLD_NAME}` }).click();
      await entry.getByLabel('Nama', { exact: true }).fill(NEW_NAME);
      await entry.getByLabel('Sumber perubahan').fill('Panduan Pengelolaan Kinerja 2027 (uji e2e)');
      await entry.getByLabel('Satu sumber').check();
      await entry.getByRole('button', { name: 'Simpan' }).click();
      await admin
        .getByRole('status')
        .getByText(/Perubahan disimpan\. Katalog versi \d+,/)
        .waitFor(WAIT);
      const renamed = admin.getByRole('article', { name: NEW_NAME, exact: true });
      await renamed.getByText('Riwayat perubahan (1)').click();
      expect(await renamed.textContent()).toContain(
        `Nama indikator: dari “${OLD_NAME}” menjadi “${NEW_NAME}”`,
      );
      await checkA11y(admin, 'Katalog 2027 after the edit');
      await screenshot(admin, 'next-year-catalogue-2027', PHONE);
      expectNoPageErrors(admin);
      await admin.context().close();

      // The clock moves into the 2027 Pra-Perencanaan: 2027 is the current period.
      await app.restart({ clock: PRA_2027 });
      const teacher = await app.newPage(PHONE);
      await signIn(teacher, PEOPLE.teacherPns.email);
      await expect
        .poll(() => teacher.getByTestId('active-period').textContent(), WAIT)
        .toBe('Januari–Desember 2027');
      await expect.poll(() => dueOf(teacher).textContent(), WAIT).toContain('Batas waktu tahapan');
      await todo(teacher, /Perencanaan Kinerja|Data Diri/, 'teacher 2027 from the to-do');
      await teacher.getByRole('button', { name: 'Mulai', exact: true }).click();
      await teacher.getByRole('button', { name: 'Data sudah sesuai' }).click();
      await tab(teacher, TAB.practice).click();
      await expectTab(teacher, TAB.practice);
      const panel = teacher.getByRole('tabpanel');
      const more = panel.getByText('Lihat indikator lainnya');
      if (await more.isVisible()) await more.click();
      await panel.getByText(NEW_NAME, { exact: true }).waitFor(WAIT);
      expect(await panel.getByText(OLD_NAME, { exact: true }).count()).toBe(0);
      expect(await mainText(teacher)).toMatch(/Katalog versi \d+, 7 Desember 2026/);
      await visit(teacher, 'teacher 2027 Praktik Kinerja');
      await screenshot(teacher, 'next-year-teacher-2027-practice', PHONE);

      // "Ganti periode" lists the earlier periods; the 2026 plan keeps the name it was made with.
      const dialog = await openPeriodDialog(teacher, PEOPLE.teacherPns.name);
      // The list arrives from GET /api/periods after the dialog opens.
      const choices = () =>
        dialog
          .getByRole('radio')
          .evaluateAll((radios) =>
            radios.map((radio) => radio.closest('label')?.textContent ?? ''),
          );
      await expect
        .poll(choices, WAIT)
        .toEqual([
          'Semester 1 2024 (Januari–Juni)',
          'Semester 2 2024 (Juli–Desember)',
          'Januari–Desember 2025',
          'Januari–Desember 2026',
          'Januari–Desember 2027 (periode berjalan)',
        ]);
      await dialog.getByRole('radio', { name: 'Januari–Desember 2026' }).check();
      await dialog.getByRole('button', { name: 'Simpan' }).click();
      await expect.poll(() => dialog.count(), WAIT).toBe(0);
      await menu(teacher, 'Perencanaan Kinerja', 'teacher 2026 plan');
      await expect.poll(() => mainText(teacher), WAIT).toContain(OLD_NAME);
      expect(await mainText(teacher)).not.toContain(NEW_NAME);
      expect(await teacher.getByTestId('catalogue-version').textContent()).toBe(version2026);
      await screenshot(teacher, 'next-year-teacher-2026-plan', PHONE);
      expectNoPageErrors(teacher);
      await teacher.context().close();
    },
  );
});
