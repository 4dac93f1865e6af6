import { expect } from 'vitest';
import { expectNoPageErrors } from '../harness.js';
import { fillEveryTab, submitFromSummary } from '../planning-support.js';
import { visit } from '../support/page-text-scan.js';
import {
  approve,
  everyHome,
  planOnPages,
  resubmitOnPage,
  reviewFromList,
  startIfNeeded,
} from './page-actions.js';
import { backHome, home, mainText, menu, PEOPLE, shot, switchRole, todo, WAIT } from './steps.js';
import { ANDI_PLAN, PRINCIPAL_PLAN, TEACHER_PLAN } from './texts.js';
import type { Year } from './year.js';

/** The teachers of the year besides Andi, one of each kind (demo-data.ts). */
const PLANNERS = [
  'teacherPppk',
  'teacherNonAsn',
  'teacherPltSchool',
  'teacherNoPrincipal',
] as const;
const SUBMITTED = 'Perencanaan Kinerja berhasil diajukan.';
const APPROVED_AT_ONCE = 'Perencanaan Kinerja berhasil diajukan dan sudah disetujui.';

/**
 * Perencanaan, 20 January 2026 (domain.md §2.2): the teachers and the principal as pegawai submit;
 * the principal approves and returns one; the Plt school's plan is approved by the system; the
 * plan of the school without a principal waits and the Dinas sees it flagged.
 */
export async function perencanaan(year: Year): Promise<void> {
  const { app } = year;
  await everyHome(app, '2-perencanaan', [
    ...PLANNERS,
    'teacherPns',
    'principal',
    'plt',
    'dinasKabupaten',
  ]);

  // Andi (PNS) fills every tab and submits from the home's to-do; his walk runs the axe checks.
  const andi = (await home(app, 'teacherPns', '2-perencanaan')).page;
  await todo(andi, /Perencanaan Kinerja/, 'teacher plan from the to-do');
  await startIfNeeded(andi);
  await fillEveryTab(andi, ANDI_PLAN);
  await visit(andi, 'teacher Rangkuman');
  await submitFromSummary(andi);
  await visit(andi, 'teacher plan submitted');
  await shot(andi, '2-perencanaan-teacher-submitted');
  expectNoPageErrors(andi);
  await andi.context().close();

  // One of each other kind the same way: PPPK, non-ASN, the Plt school's, the headless school's.
  // domain.md §1.2: under a Plt the plan is approved by the system; without an atasan it waits.
  const notices: Record<(typeof PLANNERS)[number], string> = {
    teacherPppk: SUBMITTED,
    teacherNonAsn: SUBMITTED,
    teacherPltSchool: APPROVED_AT_ONCE,
    teacherNoPrincipal: SUBMITTED,
  };
  for (const who of PLANNERS) {
    const page = (await home(app, who, '2-perencanaan')).page;
    await todo(page, /Mulai Perencanaan Kinerja/, `${who} plan from the to-do`);
    expect(await planOnPages(page, who, TEACHER_PLAN), who).toBe(notices[who]);
    await shot(page, `2-perencanaan-${who}-submitted`);
    expectNoPageErrors(page);
    await page.context().close();
  }

  // The principal as pegawai: switches role on the home, plans from the menu; 2026 approves her
  // plan on submission (domain.md §1.2, UTAMAPOS-KS).
  const principal = (await home(app, 'principal', '2-perencanaan')).page;
  await switchRole(principal, 'principal', 'Kepala Sekolah sebagai Pegawai');
  await shot(principal, '2-perencanaan-principal-pegawai-home');
  await menu(principal, 'Perencanaan Kinerja', 'principal own plan');
  expect(await planOnPages(principal, 'principal', PRINCIPAL_PLAN)).toBe(APPROVED_AT_ONCE);
  await shot(principal, '2-perencanaan-principal-own-plan');

  // The principal as atasan: "Periksa" from the home's to-do; approves Andi, returns Hendra.
  await switchRole(principal, 'principal', 'Kepala Sekolah sebagai Atasan');
  await todo(principal, /Perencanaan Kinerja perlu disetujui/, 'principal Periksa from the to-do');
  await shot(principal, '2-perencanaan-principal-periksa');
  await reviewFromList(principal, PEOPLE.teacherPns.name);
  await principal
    .getByRole('textbox', { name: 'Kompeten', exact: true })
    .fill('Membimbing dua rekan guru baru.');
  await approve(principal, PEOPLE.teacherPns.name);
  await reviewFromList(principal, PEOPLE.teacherPppk.name);
  await principal.getByRole('button', { name: 'Kembalikan', exact: true }).click();
  const dialog = principal.getByRole('dialog', { name: 'Kembalikan Perencanaan Kinerja' });
  await dialog
    .getByRole('textbox', { name: 'Catatan' })
    .fill('Lengkapi Ekspektasi Khusus Pimpinan.');
  await dialog.getByRole('button', { name: 'Kembalikan', exact: true }).click();
  await expect
    .poll(() => mainText(principal), WAIT)
    .toContain(`Perencanaan Kinerja ${PEOPLE.teacherPppk.name} dikembalikan dengan catatan.`);
  await visit(principal, 'principal Periksa after Kembalikan');

  // Hendra reads the note from his home's to-do and submits again from Rangkuman.
  const hendra = (await home(app, 'teacherPppk', '2-perencanaan-returned')).page;
  await todo(hendra, /Perbaiki Perencanaan Kinerja yang dikembalikan/, 'PPPK returned plan');
  await expect.poll(() => mainText(hendra), WAIT).toContain('Lengkapi Ekspektasi Khusus Pimpinan.');
  await resubmitOnPage(hendra, 'teacherPppk');
  expectNoPageErrors(hendra);
  await hendra.context().close();

  // Back on the principal's list: Hendra's plan came back; she approves it and Yuni's.
  await backHome(principal);
  await todo(principal, /Perencanaan Kinerja perlu disetujui/, 'principal Periksa again');
  for (const teacher of [PEOPLE.teacherPppk, PEOPLE.teacherNonAsn]) {
    await reviewFromList(principal, teacher.name);
    await principal
      .getByRole('textbox', { name: 'Kompeten', exact: true })
      .fill('Berbagi praktik baik.');
    await approve(principal, teacher.name);
  }
  await shot(principal, '2-perencanaan-principal-periksa-done');
  expectNoPageErrors(principal);
  await principal.context().close();

  // The Plt of the SD is labelled as Plt and plans as a teacher of his school from his to-do.
  const plt = (await home(app, 'plt', '2-perencanaan')).page;
  expect(await mainText(plt)).toContain('Plt. Kepala Sekolah');
  await todo(plt, /Mulai Perencanaan Kinerja/, 'Plt own plan from the to-do');
  console.log(`Plt own plan: ${await planOnPages(plt, 'plt', TEACHER_PLAN)}`);
  await shot(plt, '2-perencanaan-plt-own-plan');
  expectNoPageErrors(plt);
  await plt.context().close();
  // The Dinas kabupaten sees the headless school flagged.
  const kab = (await home(app, 'dinasKabupaten', '2-perencanaan')).page;
  await menu(kab, 'Dasbor', 'Dinas kabupaten Dasbor');
  await expect.poll(() => mainText(kab), WAIT).toContain('Tanpa atasan');
  await shot(kab, '2-perencanaan-dinas-kab-dasbor');
  expectNoPageErrors(kab);
  await kab.context().close();
}
