import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { expectNoPageErrors } from '../harness.js';
import { visit } from '../support/page-text-scan.js';
import { myPlan, withApi } from './setup-api.js';
import { home, menu, shot, WAIT } from './steps.js';
import type { Year } from './year.js';

/** One Dapodik PTK row: Fajar Nugroho becomes the Plt of SMP Negeri Contoh 3 (demo-data.ts). */
const PLT_ROW = [
  'npsn,nama,nip,nuptk,email,status_kepegawaian,pangkat_golongan,jenjang_jabatan,jenis_ptk,kepala_sekolah',
  '20200003,"Fajar Nugroho, M.Pd.",198101142006041003,5446759661200142,fajar.nugroho@guru.smp.belajar.id,PNS,IV/b,Ahli Madya,Guru Mapel,plt',
].join('\r\n');

/**
 * The school without a principal (domain.md §1.2: "If neither → blocked"): the admin updates the
 * head from Dapodik through "Impor Data Dapodik"; the waiting plan then routes itself to the new
 * Plt and is approved by the system as in any Plt school (approve-waiting-plans.ts).
 */
export async function headlessSchoolGetsPlt({ app, plans }: Year): Promise<void> {
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
  plans.teacherNoPrincipal = await withApi(app, 'teacherNoPrincipal', myPlan);
  expect(plans.teacherNoPrincipal.status).toBe('approved');
}
