import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expect, it, vi } from 'vitest';
import { browserSuite, expectNoPageErrors, PHONE, signIn, useBrowserAndServer } from './harness.js';
import {
  choosePractice,
  expectSaved,
  expectTab,
  fillEveryTab,
  mainText,
  submitFromSummary,
  TAB,
  tab,
  type PlanChoices,
} from './planning-support.js';
import { scanPageText } from './support/page-text-scan.js';

// Issue 11 "Done when", 2024-S1 (no Pra-Perencanaan, RHK points — domain.md §2.1, §4.5): every
// role's home at every stage at 360 px, read for raw codes and photographed, and the planning
// hand-off done only through home to-dos and menus, with "Apa yang berubah" after a return.
// Demo people: apps/server/src/modules/demo/demo-data.ts.

const SHOTS = '/tmp/shots-year24';

// Starting the server (migrations, demo seed) and Chromium can exceed the default hook time on a
// busy shared box; the tests themselves carry their own budget.
vi.setConfig({ hookTimeout: 300_000 });

const PEOPLE = {
  guruPns: { email: 'andi.wijaya@guru.sma.belajar.id', name: 'Andi Wijaya, S.Pd.' },
  guruPppk: { email: 'hendra.gunawan@guru.sma.belajar.id', name: 'Hendra Gunawan, S.Kom.' },
  guruNonAsn: { email: 'yuni.astuti@guru.sma.belajar.id', name: 'Yuni Astuti, S.Pd.' },
  kepsek: { email: 'siti.rahmawati@guru.sma.belajar.id', name: 'Dr. Siti Rahmawati, M.Pd.' },
  plt: { email: 'budi.santoso@guru.sd.belajar.id', name: 'Budi Santoso, S.Pd.' },
  guruTanpaKepsek: { email: 'joko.prasetyo@guru.smp.belajar.id', name: 'Joko Prasetyo, S.Pd.' },
  pengawas: {
    email: 'bambang.hermawan@pengawas.belajar.id',
    name: 'Drs. Bambang Hermawan, M.M.Pd.',
  },
  dinasKabupaten: { email: 'nur.aini@disdik.bandungkab.go.id', name: 'Nur Aini, S.Sos., M.Pd.' },
  dinasProvinsi: {
    email: 'wahyu.hidayat@disdik.jabarprov.go.id',
    name: 'Ir. Wahyu Hidayat, M.Si.',
  },
  operator: { email: 'operator.sman1@belajar.id', name: '' },
  admin: { email: 'admin@kinerja.id', name: '' },
} as const;
type Who = keyof typeof PEOPLE;

const STAGES = {
  perencanaan: '2024-01-10T09:00:00+07:00',
  pelaksanaan: '2024-03-04T09:00:00+07:00',
  penilaian: '2024-06-10T09:00:00+07:00',
} as const;

const BEHAVIOURS: Record<string, string> = {
  'Berorientasi Pelayanan': 'Ramah, cekatan, solutif, dan dapat diandalkan',
  Akuntabel:
    'Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan berintegritas tinggi',
  Kompeten: 'Membantu orang lain belajar',
  Harmonis: 'Suka menolong orang lain',
  Loyal: 'Menjaga nama baik sesama ASN, Pimpinan, Instansi, dan Negara',
  Adaptif: 'Terus berinovasi dan mengembangkan kreativitas',
  Kolaboratif: 'Terbuka dalam bekerja sama untuk menghasilkan nilai tambah',
};

const CHOICES: PlanChoices = {
  tabs: [TAB.practice, TAB.competency, TAB.additionalDuties, TAB.workBehaviour, TAB.summary],
  practice: { first: 'Instruksi Pembelajaran', revised: 'Penerapan Disiplin Positif' },
  competency: {
    rhks: [/^Penggerak komunitas belajar/, /^Peserta pelatihan mandiri/],
    total: 'Total 44 poin — sudah memenuhi',
  },
  additionalDuty: 'Wali kelas',
  behaviours: BEHAVIOURS,
};

/** The "Yang perlu dilakukan" region of the home. */
const dueOf = (page: Page) => page.getByRole('region', { name: 'Yang perlu dilakukan' });

/** Scans the page; a finding is kept in `problems` so one run lists them all. */
async function scan(page: Page, where: string, problems: string[]): Promise<void> {
  try {
    await scanPageText(page, where);
  } catch (error) {
    problems.push((error as Error).message);
  }
}

/** Signs in (sign-in page, then "/"), waits for the home's to-dos, scans and photographs it. */
async function home(page: Page, who: Who, stage: string, problems: string[]): Promise<string> {
  await signIn(page, PEOPLE[who].email);
  expect(new URL(page.url()).pathname).toBe('/');
  const due = dueOf(page);
  await expect.poll(() => due.textContent(), { timeout: 15_000 }).toContain('Batas waktu');
  await scan(page, `${who} home, ${stage}`, problems);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/${stage}-${who}-360.png`, fullPage: true });
  return (await due.textContent()) ?? '';
}

/** Back to "Beranda" through the phone menu ("Menu" → "Navigasi utama"). */
async function goHome(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Menu' }).click();
  await page
    .getByRole('navigation', { name: 'Navigasi utama' })
    .getByRole('link', { name: 'Beranda', exact: true })
    .click();
  await page.waitForURL((url) => url.pathname === '/');
}

/** Every role's home at one stage: signs in, reads, scans and photographs each. */
async function tourHomes(
  app: ReturnType<typeof useBrowserAndServer>,
  stage: string,
  problems: string[],
) {
  const seen: Partial<Record<Who, string>> = {};
  for (const who of Object.keys(PEOPLE) as Who[]) {
    const page = await app.newPage(PHONE);
    seen[who] = await home(page, who, stage, problems);
    expect(await mainText(page)).not.toContain('segera hadir');
    expectNoPageErrors(page);
    await page.context().close();
  }
  return seen;
}

browserSuite('a year in the life, 2024-S1, at 360 px (issue 11)', () => {
  const app = useBrowserAndServer({
    env: () => ({ NODE_ENV: 'development', KINERJA_START_CLOCK_AT: STAGES.perencanaan }),
  });

  it('Perencanaan Kinerja: homes, then plan → Kembalikan → what changed → Setujui, all by tapping', async () => {
    await mkdir(SHOTS, { recursive: true });
    const problems: string[] = [];
    const homes = await tourHomes(app, '1-perencanaan', problems);
    expect(homes.guruPns).toContain('Mulai Perencanaan Kinerja');

    const guru = await app.newPage(PHONE);
    await home(guru, 'guruPns', '1-perencanaan', problems);
    await dueOf(guru)
      .getByRole('link', { name: /Mulai Perencanaan Kinerja/ })
      .click();
    await guru.waitForURL('**/rencana');
    await guru.getByRole('button', { name: 'Mulai', exact: true }).click();
    await guru.getByRole('button', { name: 'Data sudah sesuai' }).click();
    await expectTab(guru, TAB.practice);
    await fillEveryTab(guru, CHOICES);
    await scan(guru, 'teacher Rangkuman', problems);
    await submitFromSummary(guru);

    const kepsek = await app.newPage(PHONE);
    const due = await home(kepsek, 'kepsek', '1-perencanaan-diajukan', problems);
    expect(due).toContain('Perencanaan Kinerja perlu disetujui');
    await dueOf(kepsek)
      .getByRole('link')
      .filter({ hasText: /disetujui/ })
      .first()
      .click();
    await kepsek.waitForURL('**/periksa**');
    await kepsek
      .getByRole('link', {
        name: `Periksa Perencanaan Kinerja ${PEOPLE.guruPns.name}`,
        exact: true,
      })
      .click();
    await kepsek.getByRole('heading', { name: 'Keputusan' }).waitFor();
    await expect.poll(() => mainText(kepsek)).toContain(CHOICES.practice.first);
    await scan(kepsek, 'principal review page', problems);
    await kepsek.getByRole('button', { name: 'Kembalikan', exact: true }).click();
    const dialog = kepsek.getByRole('dialog', { name: 'Kembalikan Perencanaan Kinerja' });
    await dialog
      .getByRole('textbox', { name: 'Catatan' })
      .fill('Pilih sub indikator dari Rapor Pendidikan.');
    await dialog.getByRole('button', { name: 'Kembalikan', exact: true }).click();
    await expect.poll(() => mainText(kepsek)).toContain('dikembalikan dengan catatan');

    // The teacher finds the returned plan from home, changes Praktik Kinerja and submits again.
    await goHome(guru);
    await expect.poll(() => dueOf(guru).textContent()).toContain('Batas waktu');
    await scan(guru, 'teacher home, returned', problems);
    await guru.screenshot({
      path: `${SHOTS}/1-perencanaan-dikembalikan-guruPns-360.png`,
      fullPage: true,
    });
    await dueOf(guru).getByRole('link').first().click();
    await guru.waitForURL('**/rencana');
    await tab(guru, TAB.practice).click();
    await expectTab(guru, TAB.practice);
    await choosePractice(guru, CHOICES.practice.revised);
    await expectSaved(guru);
    await tab(guru, TAB.summary).click();
    await submitFromSummary(guru);

    // The principal sees what changed, then approves.
    await goHome(kepsek);
    await expect
      .poll(() => dueOf(kepsek).textContent())
      .toContain('Perencanaan Kinerja perlu disetujui');
    await dueOf(kepsek)
      .getByRole('link')
      .filter({ hasText: /disetujui/ })
      .first()
      .click();
    await kepsek
      .getByRole('link', {
        name: `Periksa Perencanaan Kinerja ${PEOPLE.guruPns.name}`,
        exact: true,
      })
      .click();
    const changes = kepsek.getByRole('region', { name: 'Apa yang berubah' });
    await expect.poll(() => changes.textContent()).toContain('Praktik Kinerja');
    expect(await changes.textContent()).toContain(
      `Sub indikator diganti dari "${CHOICES.practice.first}" menjadi "${CHOICES.practice.revised}"`,
    );
    await scan(kepsek, 'principal review page, what changed', problems);
    await kepsek.evaluate(() => window.scrollTo(0, 0));
    await kepsek.screenshot({
      path: `${SHOTS}/1-perencanaan-apa-yang-berubah-360.png`,
      fullPage: true,
    });
    await kepsek.getByRole('button', { name: 'Setujui', exact: true }).click();
    const approve = kepsek.getByRole('dialog', { name: 'Setujui Perencanaan Kinerja?' });
    await approve.getByRole('button', { name: 'Setujui', exact: true }).click();
    await expect.poll(() => mainText(kepsek)).toContain('disetujui');
    expectNoPageErrors(kepsek);
    expectNoPageErrors(guru);
    await kepsek.context().close();
    await guru.context().close();
    expect(problems).toEqual([]);
  }, 300_000);

  it('Pelaksanaan Kinerja: every home after the clock moves to March', async () => {
    await app.restart({ clock: STAGES.pelaksanaan });
    const problems: string[] = [];
    await tourHomes(app, '2-pelaksanaan', problems);
    expect(problems).toEqual([]);
  }, 300_000);

  it('Penilaian Kinerja: every home after the clock moves to June', async () => {
    await app.restart({ clock: STAGES.penilaian });
    const problems: string[] = [];
    await tourHomes(app, '3-penilaian', problems);
    expect(problems).toEqual([]);
  }, 300_000);
});
