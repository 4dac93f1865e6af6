import { meResponseSchema, schoolAssessmentsResponseSchema } from '@kinerja/contract';
import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi, reply } from '../../../test/fake-api';
import { renderAppAt } from '../../../test/render-app';
import { PLAN_ID, assessmentPage, principalMe } from '../test/assessment-test-data';

configure({ asyncUtilTimeout: 5000 });

describe('school list (/penilaian)', () => {
  it('lists state and predikat, links each approved plan and offers the ZIP', async () => {
    const employee = (n: number, name: string) => ({
      id: `person-${n}`,
      name,
      nip: null,
      kind: 'teacher' as const,
    });
    installFakeApi({
      'GET /api/me': () => reply(meResponseSchema, principalMe()),
      'GET /api/schools/school-a/assessments': () =>
        reply(schoolAssessmentsResponseSchema, {
          period: { id: '2026', label: '2026' },
          school: { id: 'school-a', name: 'SMA Negeri 1 Contoh Bandung', npsn: '20200001' },
          document: { code: 'tahunan', label: 'Tahunan' },
          organisation: assessmentPage().organisation,
          rows: [
            {
              planId: PLAN_ID,
              employee: employee(2, 'Andi Wijaya, S.Pd.'),
              planStatus: 'approved',
              assessmentId: 'a-1',
              state: 'final',
              predikat: { code: 'baik', label: 'Baik' },
            },
            {
              planId: 'plan-3',
              employee: employee(3, 'Rina Kartika, S.Pd.'),
              planStatus: 'submitted',
              assessmentId: null,
              state: 'not_started',
              predikat: null,
            },
          ],
        }),
    });
    renderAppAt('/penilaian');
    const zip = await screen.findByRole('link', { name: 'Unduh semua (ZIP)' });
    expect(zip.getAttribute('href')).toBe(
      '/api/schools/school-a/assessments/documents.zip?periodId=2026',
    );
    const list = screen.getByRole('list', { name: 'Daftar penilaian guru' });
    const [andi, rina] = within(list).getAllByRole('listitem');
    expect(andi?.textContent).toContain('Ditetapkan');
    expect(andi?.textContent).toContain('Baik');
    expect(
      within(andi as HTMLElement)
        .getByRole('link', { name: 'Lihat Andi Wijaya, S.Pd.' })
        .getAttribute('href'),
    ).toBe(`/penilaian/${PLAN_ID}`);
    expect(rina?.textContent).toContain('Perencanaan Kinerja belum disetujui');
    expect(within(rina as HTMLElement).queryByRole('link')).toBeNull();
    expect(screen.getByRole('link', { name: 'Penilaian' })).toBeTruthy();
  });
});
