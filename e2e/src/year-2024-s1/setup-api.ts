import type { Plan } from '@kinerja/contract';
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
 * Perencanaan: the SMA teachers' plans submitted and approved by the principal, the SD teacher's by
 * the Plt (2024 approves it on submission — domain.md §1.1), the SMP teacher's left without an
 * atasan, and the principal's own plan submitted (for the Dinas to approve from its home).
 */
export async function planTheYear(app: App): Promise<void> {
  for (const who of SMA_TEACHERS) {
    const submitted = await withApi(app, who, (teacher) => fillAndSubmitPlan(teacher, PERIOD));
    await withApi(app, 'principal', async (principal) => {
      const approved = expectStatus(
        `approve ${who}`,
        await principal.post<Plan>(`/api/plans/${submitted.id}/approve`, {
          version: submitted.version,
        }),
      );
      expect(approved.status).toBe('approved');
    });
  }
  const sd = await withApi(app, 'teacherPltSchool', (t) => fillAndSubmitPlan(t, PERIOD));
  if (sd.status === 'submitted')
    await withApi(app, 'plt', async (plt) =>
      expectStatus(
        'Plt approves',
        await plt.post(`/api/plans/${sd.id}/approve`, { version: sd.version }),
      ),
    );
  await withApi(app, 'teacherNoPrincipal', (t) => fillAndSubmitPlan(t, PERIOD));
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
