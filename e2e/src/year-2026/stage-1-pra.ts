import { expect } from 'vitest';
import { expectNoPageErrors } from '../harness.js';
import { visit } from '../support/page-text-scan.js';
import { everyHome } from './page-actions.js';
import { home, mainText, menu, PEOPLE, shot, todo, WAIT, type App } from './steps.js';

/**
 * Pra-Perencanaan, 5 January 2026 (domain.md §2.1): every home; the operator plots the principal's
 * Tim Kinerja from the menu; the PNS teacher confirms Data Diri from the home's to-do.
 */
export async function praPerencanaan(app: App): Promise<void> {
  await everyHome(app, '1-pra', ['operator', 'teacherPns']);

  // The operator: Tim Kinerja from the menu; the pengawas for the principal (domain.md §1.2).
  const operator = (await home(app, 'operator', '1-pra')).page;
  await menu(operator, 'Tim Kinerja', 'operator Tim Kinerja');
  const main = operator.getByRole('main');
  await main
    .getByRole('combobox', { name: 'Pegawai yang dinilai' })
    .selectOption({ label: `${PEOPLE.principal.name} (Kepala Sekolah)` });
  await main.getByRole('textbox', { name: /NIP, NUPTK atau email/ }).fill(PEOPLE.pengawas.email);
  await main.getByRole('button', { name: 'Cari', exact: true }).click();
  // A single exact match is chosen at once (person-lookup.tsx).
  await expect.poll(() => mainText(operator), WAIT).toContain(PEOPLE.pengawas.name);
  await main.getByRole('button', { name: 'Tetapkan', exact: true }).click();
  await expect
    .poll(() => mainText(operator), WAIT)
    .toMatch(/ditetapkan sebagai anggota Tim Kinerja|sudah menjadi anggota Tim Kinerja/);
  await visit(operator, 'operator Tim Kinerja after Tetapkan');
  await shot(operator, '1-pra-operator-tim-kinerja');
  await operator.context().close();

  // The PNS teacher: the home's to-do opens the plan; "Mulai", then "Data sudah sesuai".
  const teacher = (await home(app, 'teacherPns', '1-pra')).page;
  await todo(teacher, /Perencanaan Kinerja|Data Diri/, 'teacher from the Pra-Perencanaan to-do');
  await teacher.getByRole('button', { name: 'Mulai', exact: true }).click();
  await teacher.getByRole('heading', { name: 'Data Diri' }).waitFor(WAIT);
  await visit(teacher, 'teacher Data Diri');
  await teacher.getByRole('button', { name: 'Data sudah sesuai' }).click();
  await teacher.getByRole('tablist', { name: 'Bagian Perencanaan Kinerja' }).waitFor(WAIT);
  await visit(teacher, 'teacher plan after Data sudah sesuai');
  await shot(teacher, '1-pra-teacher-plan');
  expectNoPageErrors(teacher);
  await teacher.context().close();
}
