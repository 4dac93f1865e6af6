import { expect } from 'vitest';
import { expectNoPageErrors } from '../harness.js';
import { visit } from '../support/page-text-scan.js';
import { assess, everyHome } from './page-actions.js';
import {
  backHome,
  download,
  dueOf,
  home,
  mainText,
  menu,
  PEOPLE,
  shot,
  switchRole,
  todo,
  WAIT,
} from './steps.js';
import { RECOMMENDATION } from './texts.js';
import type { Year } from './year.js';

/**
 * Penilaian, 7 December 2026 (domain.md §3.9): every home; the principal assesses her three
 * teachers from the home's to-do and downloads the ZIP; the Plt assesses the SD teacher.
 */
export async function penilaianBySchools({ app }: Year): Promise<void> {
  await everyHome(app, '4-penilaian', [
    'principal',
    'plt',
    'newPlt',
    'pengawas',
    'dinasProvinsi',
    'admin',
  ]);

  // The principal assesses her three teachers from "perlu dinilai" and downloads the ZIP.
  const principal = (await home(app, 'principal', '4-penilaian')).page;
  await todo(principal, /guru perlu dinilai/, 'principal Penilaian from the to-do');
  for (const teacher of [PEOPLE.teacherPns, PEOPLE.teacherPppk, PEOPLE.teacherNonAsn]) {
    await assess(principal, teacher.name);
    await menu(principal, 'Penilaian', 'principal Penilaian after Tetapkan');
  }
  await shot(principal, '4-penilaian-principal-list');
  await download(principal, 'Unduh semua (ZIP)', 'zip');
  expectNoPageErrors(principal);
  await principal.context().close();

  // Each Plt: the home's "perlu dinilai" to-do switches to the Plt's atasan role, opens Penilaian.
  for (const [who, teacher] of [
    ['plt', PEOPLE.teacherPltSchool],
    ['newPlt', PEOPLE.teacherNoPrincipal],
  ] as const) {
    const plt = (await home(app, who, '4-penilaian')).page;
    // The to-do is the atasan role's: tapping it switches from "Guru sebagai Pegawai" first.
    expect(await dueOf(plt).textContent()).toContain('Plt. Kepala Sekolah sebagai Atasan');
    await todo(plt, /guru perlu dinilai/, `${who} Penilaian from the to-do`);
    await assess(plt, teacher.name);
    await menu(plt, 'Penilaian', `${who} Penilaian after Tetapkan`);
    await shot(plt, `4-penilaian-${who}-list`);
    expectNoPageErrors(plt);
    await plt.context().close();
  }
}

/**
 * Penilaian of the principal (domain.md §1.2): the pengawas sends the Rekomendasi from the home's
 * to-do; the Dinas provinsi assesses her from its to-do and downloads the ZIP.
 */
export async function penilaianOfPrincipal({ app }: Year): Promise<void> {
  const pengawas = (await home(app, 'pengawas', '4-penilaian')).page;
  await todo(pengawas, /menunggu Rekomendasi Anda/, 'pengawas recommendations from the to-do');
  await pengawas
    .getByRole('link', { name: `Beri Rekomendasi Penilaian untuk ${PEOPLE.principal.name}` })
    .click();
  await visit(pengawas, 'pengawas recommendation form');
  const form = pengawas.getByRole('main');
  await form.getByRole('textbox', { name: 'Rekomendasi', exact: true }).fill(RECOMMENDATION);
  await form.getByRole('button', { name: 'Kirim Rekomendasi', exact: true }).click();
  await expect.poll(() => mainText(pengawas), WAIT).toContain('Rekomendasi terkirim.');
  await visit(pengawas, 'pengawas recommendation sent');
  await shot(pengawas, '4-penilaian-pengawas-rekomendasi');
  expectNoPageErrors(pengawas);
  await pengawas.context().close();

  const dinas = (await home(app, 'dinasProvinsi', '4-penilaian')).page;
  await todo(dinas, /Kepala Sekolah perlu dinilai/, 'Dinas Penilaian from the to-do');
  await expect.poll(() => mainText(dinas), WAIT).toContain('1 rekomendasi Tim Kinerja');
  await assess(dinas, PEOPLE.principal.name);
  // The pengawas' Rekomendasi is on the assessor's page (Tim Kinerja, domain.md §1.2).
  expect(await mainText(dinas)).toContain(RECOMMENDATION);
  await menu(dinas, 'Penilaian', 'Dinas Penilaian after Tetapkan');
  await shot(dinas, '4-penilaian-dinas-list');
  await download(dinas, 'Unduh Dokumen Evaluasi Kinerja (ZIP)', 'zip');
  expectNoPageErrors(dinas);
  await dinas.context().close();
}

/** Minimal size of a real generated PDF with text (an empty one-page PDF is under 1 kB). */
const REAL_PDF_BYTES = 2_000;

/**
 * Every employee downloads the documents of 2026 from a page: the Perencanaan Kinerja PDF from the
 * plan and the Dokumen Evaluasi Kinerja from "Hasil Penilaian" (domain.md §5.6); then the admin
 * reads the e-Kinerja page.
 */
export async function documents({ app }: Year): Promise<void> {
  const employees = [
    'teacherPns',
    'teacherPppk',
    'teacherNonAsn',
    'teacherPltSchool',
    'teacherNoPrincipal',
  ] as const;
  for (const who of employees) {
    const page = (await home(app, who, '4-penilaian-hasil')).page;
    await todo(page, /Hasil Penilaian Kinerja sudah ditetapkan/, `${who} result from the to-do`);
    const result = await download(page, 'Unduh Dokumen Evaluasi Kinerja');
    expect(result.length, `${who} Dokumen Evaluasi Kinerja`).toBeGreaterThan(REAL_PDF_BYTES);
    if (who === 'teacherPns') await shot(page, '4-penilaian-teacher-hasil');
    await menu(page, 'Perencanaan Kinerja', `${who} plan after the year`);
    const plan = await download(page, 'Unduh PDF');
    expect(plan.length, `${who} Perencanaan Kinerja`).toBeGreaterThan(REAL_PDF_BYTES);
    expectNoPageErrors(page);
    await page.context().close();
  }

  // The principal as pegawai: her own result, set by the Dinas.
  const own = (await home(app, 'principal', '4-penilaian-hasil')).page;
  await todo(own, /Hasil Penilaian Kinerja sudah ditetapkan/, 'principal result from the to-do');
  const result = await download(own, 'Unduh Dokumen Evaluasi Kinerja');
  expect(result.length, 'principal Dokumen Evaluasi Kinerja').toBeGreaterThan(REAL_PDF_BYTES);
  await shot(own, '4-penilaian-principal-hasil');
  await menu(own, 'Perencanaan Kinerja', 'principal plan after the year');
  expect((await download(own, 'Unduh PDF')).length).toBeGreaterThan(REAL_PDF_BYTES);
  await backHome(own);
  await switchRole(own, 'principal', 'Kepala Sekolah sebagai Atasan');
  expectNoPageErrors(own);
  await own.context().close();

  // The admin's e-Kinerja page lists what was sent.
  const admin = (await home(app, 'admin', '4-penilaian')).page;
  await menu(admin, 'e-Kinerja', 'admin e-Kinerja');
  await shot(admin, '4-penilaian-admin-ekinerja');
  expectNoPageErrors(admin);
  await admin.context().close();
}
