import type { Plan } from '@kinerja/contract';
import { expect } from 'vitest';
import { expectStatus } from '../assessment-support.js';
import { expectNoPageErrors } from '../harness.js';
import { fillEveryTab, submitFromSummary } from '../planning-support.js';
import { visit } from '../support/page-text-scan.js';
import { approve, everyHome, reviewFromList, startIfNeeded } from './page-actions.js';
import { myPlan, submitPlan, withApi } from './setup-api.js';
import { backHome, home, mainText, menu, PEOPLE, shot, switchRole, todo, WAIT } from './steps.js';
import { ANDI_PLAN } from './texts.js';
import type { Year } from './year.js';

/**
 * Perencanaan, 20 January 2026 (domain.md §2.2): the teachers and the principal as pegawai submit;
 * the principal approves and returns one; the Plt school's plan is approved by the system; the
 * plan of the school without a principal waits and the Dinas sees it flagged.
 */
export async function perencanaan(year: Year): Promise<void> {
  const { app, plans } = year;
  await everyHome(app, '2-perencanaan', ['teacherPns', 'principal', 'plt', 'dinasKabupaten']);

  // Andi (PNS) fills every tab and submits from the home's to-do.
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

  // Set-up through the API (the requests the plan page sends, driven above and in
  // planning-cycle.test.ts): PPPK, non-ASN, the Plt school's teacher, the headless school's.
  for (const who of [
    'teacherPppk',
    'teacherNonAsn',
    'teacherPltSchool',
    'teacherNoPrincipal',
  ] as const) {
    plans[who] = await withApi(app, who, submitPlan);
  }
  // domain.md §1.2: under a Plt the plan is approved by the system; without an atasan it waits.
  expect(plans.teacherPltSchool?.status).toBe('approved');
  expect(plans.teacherNoPrincipal?.status).toBe('submitted');

  // The principal as pegawai: switches role on the home, opens Perencanaan Kinerja from the menu.
  const principal = (await home(app, 'principal', '2-perencanaan')).page;
  await switchRole(principal, 'principal', 'Kepala Sekolah sebagai Pegawai');
  await shot(principal, '2-perencanaan-principal-pegawai-home');
  await menu(principal, 'Perencanaan Kinerja', 'principal own plan');
  await principal.getByRole('button', { name: 'Mulai', exact: true }).click();
  await visit(principal, 'principal own plan after Mulai');
  await shot(principal, '2-perencanaan-principal-own-plan');
  plans.principal = await withApi(app, 'principal', async (api) => {
    expectStatus('role', await api.post('/api/me/role', { role: 'principal_employee' }));
    const plan = await submitPlan(api);
    expectStatus('role', await api.post('/api/me/role', { role: 'principal_supervisor' }));
    return plan;
  });
  // 2026: the principal's plan is approved on submission (domain.md §1.2, UTAMAPOS-KS).
  expect(plans.principal.status).toBe('approved');

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

  // Hendra reads the note from his home's to-do; he submits again (API, as the page does).
  const hendra = (await home(app, 'teacherPppk', '2-perencanaan-returned')).page;
  await todo(hendra, /Perbaiki Perencanaan Kinerja yang dikembalikan/, 'PPPK returned plan');
  await expect.poll(() => mainText(hendra), WAIT).toContain('Lengkapi Ekspektasi Khusus Pimpinan.');
  expectNoPageErrors(hendra);
  await hendra.context().close();
  plans.teacherPppk = await withApi(app, 'teacherPppk', async (api) => {
    const plan = await myPlan(api);
    return expectStatus(
      'resubmit',
      await api.post<Plan>(`/api/plans/${plan.id}/submit`, { version: plan.version }),
    );
  });

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

  // The Plt of the SD is labelled as Plt; the Dinas kabupaten sees the headless school flagged.
  const plt = (await home(app, 'plt', '2-perencanaan')).page;
  expect(await mainText(plt)).toContain('Plt. Kepala Sekolah');
  await plt.context().close();
  const kab = (await home(app, 'dinasKabupaten', '2-perencanaan')).page;
  await menu(kab, 'Dasbor', 'Dinas kabupaten Dasbor');
  await expect.poll(() => mainText(kab), WAIT).toContain('Tanpa atasan');
  await shot(kab, '2-perencanaan-dinas-kab-dasbor');
  expectNoPageErrors(kab);
  await kab.context().close();
}
