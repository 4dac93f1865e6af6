import { expectStatus, completePracticeCycle } from '../assessment-support.js';
import { expectNoPageErrors } from '../harness.js';
import { confirmDocument, everyHome, sendDocuments } from './page-actions.js';
import { myPlan, withApi } from './setup-api.js';
import { home, menu, PEOPLE, shot, todo } from './steps.js';
import { TEXTS } from './texts.js';
import type { Year } from './year.js';

/**
 * Pelaksanaan, 15 June 2026 (domain.md §2.3): documents and the Siklus of every teacher (the Plt
 * school's and the headless school's too) and of the principal, observed by the pengawas; the
 * principal confirms Andi's Dokumen Pelaksanaan Tugas Pokok and the Dinas the principal's.
 */
export async function pelaksanaan({ app }: Year): Promise<void> {
  // Set-up through the API (execution-cycle.test.ts drives those pages): documents and Siklus A–E.
  for (const who of ['teacherPns', 'teacherPppk', 'teacherNonAsn'] as const) {
    await withApi(app, who, async (teacher) => {
      const plan = await myPlan(teacher);
      await sendDocuments(teacher, plan.id);
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
  // The principal's own documents, and her Siklus observed by the pengawas (domain.md §1.2).
  await withApi(app, 'principal', async (principal) => {
    expectStatus('role', await principal.post('/api/me/role', { role: 'principal_employee' }));
    const plan = await myPlan(principal);
    await sendDocuments(principal, plan.id);
    await withApi(app, 'pengawas', (pengawas) =>
      completePracticeCycle(principal, pengawas, { planId: plan.id, texts: TEXTS }),
    );
    // The active role is kept per person: back to atasan for the pages below.
    expectStatus('role', await principal.post('/api/me/role', { role: 'principal_supervisor' }));
  });

  await everyHome(app, '3-pelaksanaan', ['teacherPns', 'principal', 'dinasProvinsi', 'pengawas']);

  // The teacher reads Pelaksanaan from the menu.
  const andi = (await home(app, 'teacherPns', '3-pelaksanaan')).page;
  await menu(andi, 'Pelaksanaan', 'teacher Pelaksanaan');
  await shot(andi, '3-pelaksanaan-teacher');
  expectNoPageErrors(andi);
  await andi.context().close();

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
