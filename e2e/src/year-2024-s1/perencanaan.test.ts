import { expect, it, vi } from 'vitest';
import { browserSuite, expectNoPageErrors, useBrowserAndServer } from '../harness.js';
import {
  choosePractice,
  expectSaved,
  expectTab,
  fillEveryTab,
  submitFromSummary,
  TAB,
  tab,
} from '../planning-support.js';
import { visit } from '../support/page-text-scan.js';
import { backHome, dueOf, mainText, menu, PEOPLE, todo, WAIT } from '../year-2026/steps.js';
import { ANDI_PLAN, everyHome, home, shot, STAGES, STEP } from './steps.js';

// Issue 11 "Done when", 2024-S1 Perencanaan Kinerja (no Pra-Perencanaan, RHK points — domain.md
// §2.1, §4.5): every home at 360 px, read for raw codes and photographed; the planning hand-off
// done only through home to-dos and menus, with "Apa yang berubah" after a return; then the clock
// moves past 31 January and a teacher without a plan is told it is late, never offered "Mulai".

// Starting the server (migrations, demo seed) and Chromium can exceed the default hook time on a
// busy shared box; the tests themselves carry their own budget.
vi.setConfig({ hookTimeout: 300_000 });

browserSuite('a year in the life, 2024-S1 Perencanaan, at 360 px (issue 11)', () => {
  const app = useBrowserAndServer({
    env: () => ({ NODE_ENV: 'development', KINERJA_START_CLOCK_AT: STAGES.perencanaan }),
  });

  it(
    'every home; plan → Kembalikan → what changed → Setujui, all by tapping',
    async () => {
      const homes = await everyHome(app, '1-perencanaan');
      expect(homes.teacherPns).toContain('Mulai Perencanaan Kinerja');
      // Tim Kinerja exists only where the rule set plots it (2026) — domain.md §2.2, §3.8.
      const dinas = (await home(app, 'dinasKabupaten', '1-perencanaan')).page;
      await dinas.getByRole('button', { name: 'Menu', exact: true }).click();
      const nav = dinas.getByRole('navigation', { name: 'Navigasi utama' });
      await nav.getByRole('link', { name: 'Beranda', exact: true }).waitFor(WAIT);
      expect(await nav.textContent()).not.toContain('Tim Kinerja');
      expect(await mainText(dinas)).not.toContain('Tim Kinerja');
      await dinas.context().close();

      const guru = (await home(app, 'teacherPns', '1-perencanaan')).page;
      await todo(guru, /Mulai Perencanaan Kinerja/, 'teacher Perencanaan Kinerja');
      await guru.getByRole('button', { name: 'Mulai', exact: true }).click();
      await guru.getByRole('button', { name: 'Data sudah sesuai' }).click();
      await expectTab(guru, TAB.practice);
      await fillEveryTab(guru, ANDI_PLAN);
      await visit(guru, 'teacher Rangkuman');
      await submitFromSummary(guru);

      const { page: kepsek, due } = await home(app, 'principal', '1-perencanaan-diajukan');
      expect(due).toContain('Perencanaan Kinerja perlu disetujui');
      await todo(kepsek, /disetujui/, 'principal Periksa from the to-do');
      await kepsek
        .getByRole('link', { name: `Periksa Perencanaan Kinerja ${PEOPLE.teacherPns.name}` })
        .click();
      await kepsek.getByRole('heading', { name: 'Keputusan' }).waitFor(WAIT);
      await expect.poll(() => mainText(kepsek), WAIT).toContain(ANDI_PLAN.practice.first);
      await visit(kepsek, 'principal review page');
      await kepsek.getByRole('button', { name: 'Kembalikan', exact: true }).click();
      const dialog = kepsek.getByRole('dialog', { name: 'Kembalikan Perencanaan Kinerja' });
      await dialog
        .getByRole('textbox', { name: 'Catatan' })
        .fill('Pilih sub indikator dari Rapor Pendidikan.');
      await dialog.getByRole('button', { name: 'Kembalikan', exact: true }).click();
      await expect.poll(() => mainText(kepsek), WAIT).toContain('dikembalikan dengan catatan');

      // The teacher finds the returned plan from home, changes Praktik Kinerja and submits again;
      // "Tersimpan" reads the school's legal time with its label (expectSaved: "HH.MM WIB").
      await backHome(guru);
      await shot(guru, '1-perencanaan-dikembalikan-teacherPns');
      await todo(guru, /Perencanaan Kinerja/, 'teacher returned plan');
      await tab(guru, TAB.practice).click();
      await expectTab(guru, TAB.practice);
      await choosePractice(guru, ANDI_PLAN.practice.revised);
      await expectSaved(guru);
      await tab(guru, TAB.summary).click();
      await submitFromSummary(guru);

      // The principal sees what changed, then approves.
      await backHome(kepsek);
      await expect.poll(() => dueOf(kepsek).textContent(), WAIT).toContain('perlu disetujui');
      await todo(kepsek, /disetujui/, 'principal Periksa again');
      await kepsek
        .getByRole('link', { name: `Periksa Perencanaan Kinerja ${PEOPLE.teacherPns.name}` })
        .click();
      const changes = kepsek.getByRole('region', { name: 'Apa yang berubah' });
      await expect.poll(() => changes.textContent(), WAIT).toContain('Praktik Kinerja');
      expect(await changes.textContent()).toContain(
        `Sub indikator diganti dari "${ANDI_PLAN.practice.first}" menjadi "${ANDI_PLAN.practice.revised}"`,
      );
      await visit(kepsek, 'principal review page, what changed');
      await shot(kepsek, '1-perencanaan-apa-yang-berubah');
      await kepsek.getByRole('button', { name: 'Setujui', exact: true }).click();
      const approve = kepsek.getByRole('dialog', { name: 'Setujui Perencanaan Kinerja?' });
      await approve.getByRole('button', { name: 'Setujui', exact: true }).click();
      await expect.poll(() => mainText(kepsek), WAIT).toContain('disetujui');
      // The teacher's home after the approval, read for raw text like every page.
      await menu(guru, 'Beranda', 'teacher home after approval');
      expectNoPageErrors(kepsek);
      expectNoPageErrors(guru);
      await kepsek.context().close();
      await guru.context().close();
    },
    STEP,
  );

  it(
    'after 31 January a teacher without a plan reads "terlambat", never "Mulai" under "Ditutup"',
    async () => {
      await app.restart({ clock: STAGES.pelaksanaan });
      const { page, due } = await home(app, 'teacherPppk', '2-pelaksanaan-tanpa-rencana');
      // 2024's deadline is advised ("dianjurkan"): a late plan is still taken — domain.md §2.4.
      expect(due).toContain('Perencanaan Kinerja terlambat');
      expect(due).not.toContain('Mulai');
      expectNoPageErrors(page);
      await page.context().close();
    },
    STEP,
  );
});
