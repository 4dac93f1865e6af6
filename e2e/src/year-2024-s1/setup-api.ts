import { expect } from 'vitest';
import { completePracticeCycle, expectStatus, type ExecutionTexts } from '../assessment-support.js';
import { fillAndSubmitPlan } from '../planning-supervision-api.js';
import { myPlan, withApi } from '../year-2026/setup-api.js';
import type { App, Who } from '../year-2026/steps.js';

// Set-up the 2024-S1 suite does through the API for steps other browser tests already drive
// (planning-cycle, evidence-2024, execution-cycle): the same requests those pages send.

const PERIOD = '2024-S1';

/** What the people write during Pelaksanaan 2024-S1 (domain.md §2.3). */
export const TEXTS: ExecutionTexts = {
  reflection: 'Pelatihan asesmen formatif membantu saya memberi umpan balik.',
  accountabilityNote: 'Dokumen akuntabilitas tersedia di sekolah.',
  scheduledDate: '2024-03-04',
  actionDate: '2024-03-04',
  observationNote: 'Aturan kelas disepakati bersama murid.',
  followUp: 'Terapkan restitusi pada dua kelas.',
  practiceReflection: 'Murid lebih tertib setelah kesepakatan kelas.',
  comment: 'Konsisten; lanjutkan.',
};

/** The teachers whose atasan is the principal of SMA Negeri 1. */
export const SMA_TEACHERS = ['teacherPns', 'teacherPppk', 'teacherNonAsn'] as const;

/**
 * Perencanaan: every teacher's plan and the principal's own plan submitted, as the plan page sends
 * them (walked by tapping in perencanaan.test.ts and principal-own-plan.test.ts). The SD teacher's
 * is approved by the system under the Plt (domain.md §1.1); the SMP teacher's waits without an
 * atasan; the others wait for the principal and the Dinas, who decide on their pages.
 */
export async function submitThePlans(app: App): Promise<void> {
  for (const who of [...SMA_TEACHERS, 'teacherPltSchool', 'teacherNoPrincipal'] as const) {
    const plan = await withApi(app, who, (teacher) => fillAndSubmitPlan(teacher, PERIOD));
    expect(plan.status, who).toBe(who === 'teacherPltSchool' ? 'approved' : 'submitted');
  }
  await withApi(app, 'principal', async (principal) => {
    expectStatus('role', await principal.post('/api/me/role', { role: 'principal_employee' }));
    const own = await fillAndSubmitPlan(principal, PERIOD);
    expect(own.status).toBe('submitted');
    expectStatus('role', await principal.post('/api/me/role', { role: 'principal_supervisor' }));
  });
}

/**
 * Pelaksanaan: every Siklus Peningkatan Kinerja A–E — the teachers' observed by their atasan, the
 * principal's by the pengawas (domain.md §1.2, §2.3).
 */
export async function runTheCycles(app: App): Promise<void> {
  const pairs: Array<[Who, Who]> = [
    ...SMA_TEACHERS.map((who): [Who, Who] => [who, 'principal']),
    ['teacherPltSchool', 'plt'],
    // The SMP teacher's atasan since the admin's Dapodik import: the new Plt (domain.md §1.1).
    ['teacherNoPrincipal', 'newPlt'],
  ];
  for (const [employee, observer] of pairs)
    await withApi(app, employee, async (api) => {
      const plan = await myPlan(api);
      await withApi(app, observer, (obs) =>
        completePracticeCycle(api, obs, { planId: plan.id, texts: TEXTS }),
      );
    });
  await withApi(app, 'principal', async (principal) => {
    expectStatus('role', await principal.post('/api/me/role', { role: 'principal_employee' }));
    const plan = await myPlan(principal);
    await withApi(app, 'pengawas', (pengawas) =>
      completePracticeCycle(principal, pengawas, { planId: plan.id, texts: TEXTS }),
    );
    expectStatus('role', await principal.post('/api/me/role', { role: 'principal_supervisor' }));
  });
}
