import { expectStatus, completePracticeCycle } from '../assessment-support.js';
import { expectNoPageErrors } from '../harness.js';
import { confirmDocument, everyHome, sendDocumentsOnPage } from './page-actions.js';
import { myPlan, sendDocuments, withApi } from './setup-api.js';
import { home, menu, PEOPLE, shot, switchRole, todo } from './steps.js';
import { TEXTS } from './texts.js';
import type { Year } from './year.js';

/**
 * Pelaksanaan, 15 June 2026 (domain.md §2.3): documents and the Siklus of every teacher (the Plt
 * school's and the headless school's too) and of the principal, observed by the pengawas; the
 * principal confirms Andi's Dokumen Pelaksanaan Tugas Pokok and the Dinas the principal's.
 */
export async function pelaksanaan({ app }: Year): Promise<void> {
  // Andi and the principal as pegawai send their documents on Pelaksanaan from the home's to-do.
  const andi = (await home(app, 'teacherPns', '3-pelaksanaan')).page;
  await todo(
    andi,
    /dokumen Pelaksanaan Kinerja belum dikirim/,
    'teacher Pelaksanaan from the to-do',
  );
  await sendDocumentsOnPage(andi, 'teacherPns');
  await shot(andi, '3-pelaksanaan-teacher');
  expectNoPageErrors(andi);
  await andi.context().close();
  const own = (await home(app, 'principal', '3-pelaksanaan-pegawai')).page;
  // The to-do is the pegawai role's: tapping it switches from "Kepala Sekolah sebagai Atasan".
  await todo(own, /dokumen Pelaksanaan Kinerja belum dikirim/, 'principal own Pelaksanaan');
  await sendDocumentsOnPage(own, 'principal');
  await shot(own, '3-pelaksanaan-principal-own');
  await switchRole(own, 'principal', 'Kepala Sekolah sebagai Atasan');
  expectNoPageErrors(own);
  await own.context().close();

  // Set-up through the API (execution-cycle.test.ts drives those pages): the Siklus A–E of every
  // teacher and of the principal, observed by the pengawas (domain.md §1.2); the other two
  // teachers' documents and the principal's confirmation of them.
  for (const who of ['teacherPns', 'teacherPppk', 'teacherNonAsn'] as const) {
    await withApi(app, who, async (teacher) => {
      const plan = await myPlan(teacher);
      if (who !== 'teacherPns') await sendDocuments(teacher, plan.id);
      await withApi(app, 'principal', async (principal) => {
        await completePracticeCycle(teacher, principal, { planId: plan.id, texts: TEXTS });
        // Andi's is confirmed on the principal's page below.
        if (who === 'teacherPns') return;
        expectStatus(
          'confirm',
          await principal.post(`/api/plans/${plan.id}/documents/main-duties-checklist/confirm`, {
            note: TEXTS.accountabilityNote,
          }),
        );
      });
    });
  }
  await withApi(app, 'principal', async (principal) => {
    expectStatus('role', await principal.post('/api/me/role', { role: 'principal_employee' }));
    const plan = await myPlan(principal);
    await withApi(app, 'pengawas', (pengawas) =>
      completePracticeCycle(principal, pengawas, { planId: plan.id, texts: TEXTS }),
    );
    // The active role is kept per person: back to atasan for the pages below.
    expectStatus('role', await principal.post('/api/me/role', { role: 'principal_supervisor' }));
  });

  await everyHome(app, '3-pelaksanaan', ['teacherPns', 'principal', 'dinasProvinsi', 'pengawas']);

  // The principal confirms Andi's dokumen akuntabilitas from the home's to-do.
  const principal = (await home(app, 'principal', '3-pelaksanaan')).page;
  await todo(
    principal,
    /Dokumen Pelaksanaan Tugas Pokok perlu dikonfirmasi/,
    'principal Pelaksanaan from the to-do',
  );
  await confirmDocument(principal, PEOPLE.teacherPns.name);
  await shot(principal, '3-pelaksanaan-principal');
  expectNoPageErrors(principal);
  await principal.context().close();

  // The Dinas provinsi confirms the principal's; the pengawas reads the list.
  const dinas = (await home(app, 'dinasProvinsi', '3-pelaksanaan')).page;
  await menu(dinas, 'Pelaksanaan', 'Dinas Pelaksanaan');
  await confirmDocument(dinas, PEOPLE.principal.name);
  await shot(dinas, '3-pelaksanaan-dinas');
  expectNoPageErrors(dinas);
  await dinas.context().close();
  const pengawas = (await home(app, 'pengawas', '3-pelaksanaan')).page;
  await menu(pengawas, 'Pelaksanaan', 'pengawas Pelaksanaan');
  await shot(pengawas, '3-pelaksanaan-pengawas');
  expectNoPageErrors(pengawas);
  await pengawas.context().close();
}
