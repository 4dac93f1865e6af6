import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { expectNoPageErrors } from '../harness.js';
import { visit } from '../support/page-text-scan.js';
import { planOnPages } from './page-actions.js';
import { dueOf, home, mainText, menu, shot, todo, WAIT } from './steps.js';
import { TEACHER_PLAN } from './texts.js';
import type { Year } from './year.js';

/** One Dapodik PTK row: Fajar Nugroho becomes the Plt of SMP Negeri Contoh 3 (demo-data.ts). */
const PLT_ROW = [
  'npsn,nama,nip,nuptk,email,status_kepegawaian,pangkat_golongan,jenjang_jabatan,jenis_ptk,kepala_sekolah',
  '20200003,"Fajar Nugroho, M.Pd.",198101142006041003,5446759661200142,fajar.nugroho@guru.smp.belajar.id,PNS,IV/b,Ahli Madya,Guru Mapel,plt',
].join('\r\n');

/**
 * The school without a principal (domain.md §1.2: "If neither → blocked"): the admin updates the
 * head from Dapodik through "Impor Data Dapodik"; the waiting plan then routes itself to the new
 * Plt and is approved by the system as in any Plt school (approve-waiting-plans.ts). The new Plt
 * then makes his own plan as a teacher of the school (2026 tabs; the 2024-S1 suite skips it).
 */
export async function headlessSchoolGetsPlt(
  { app }: Year,
  options: { pltPlans: boolean } = { pltPlans: true },
): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'kinerja-y26-'));
  try {
    const file = join(dir, 'ptk-plt-smp3.csv');
    await writeFile(file, PLT_ROW);
    const admin = (await home(app, 'admin', '2-perencanaan')).page;
    await menu(admin, 'Impor Data Dapodik', 'admin Impor Data Dapodik');
    await admin.getByLabel('Berkas data').setInputFiles(file);
    await admin.getByRole('button', { name: 'Unggah' }).click();
    await expect
      .poll(() => admin.getByTestId('import-status').textContent(), WAIT)
      .toContain('Selesai');
    await visit(admin, 'admin import finished');
    await shot(admin, '2-perencanaan-admin-impor-plt');
    expectNoPageErrors(admin);
    await admin.context().close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  // Joko's waiting plan is now approved: his home says so.
  const joko = (await home(app, 'teacherNoPrincipal', '2-perencanaan-plt')).page;
  expect(await dueOf(joko).textContent()).toContain('Perencanaan Kinerja disetujui');
  await joko.context().close();
  if (!options.pltPlans) return;

  // The new Plt plans as a teacher of his school from his home's to-do (issue #11: the Plts' own).
  const plt = (await home(app, 'newPlt', '2-perencanaan-plt')).page;
  expect(await mainText(plt)).toContain('Plt. Kepala Sekolah');
  await todo(plt, /Mulai Perencanaan Kinerja/, 'new Plt own plan from the to-do');
  console.log(`new Plt own plan: ${await planOnPages(plt, 'newPlt', TEACHER_PLAN)}`);
  await shot(plt, '2-perencanaan-newPlt-own-plan');
  expectNoPageErrors(plt);
  await plt.context().close();
}
