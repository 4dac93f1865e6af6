import { meResponseSchema, myAssessmentsResponseSchema } from '@kinerja/contract';
import { configure, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi, makeMe, reply } from '../../../test/fake-api';
import { renderAppAt } from '../../../test/render-app';
import { ASSESSMENT_ID, assessmentPage } from '../test/assessment-test-data';

configure({ asyncUtilTimeout: 5000 });

describe('employee result (/penilaian-saya)', () => {
  it('shows the final predikat, ratings, feedback and the PDF link', async () => {
    const { assessment } = assessmentPage({
      state: 'final',
      version: 3,
      workResult: 'above_expectations',
      workBehaviour: 'meets_expectations',
      predikat: { code: 'baik', label: 'Baik', isPreview: false },
      feedback: { kolaboratif: 'Aktif di komunitas belajar sekolah' },
      notes: 'Lanjutkan refleksi mingguan.',
    });
    installFakeApi({
      'GET /api/me': () => reply(meResponseSchema, makeMe()),
      'GET /api/assessments/mine': () =>
        reply(myAssessmentsResponseSchema, { assessments: [assessment] }),
    });
    renderAppAt('/penilaian-saya');
    const heading = await screen.findByRole('heading', { name: '2026 — Tahunan' });
    const card = heading.closest('section');
    expect(card?.textContent).toContain('Baik');
    expect(card?.textContent).toContain('Di Atas Ekspektasi');
    expect(card?.textContent).toContain('Sesuai Ekspektasi');
    expect(card?.textContent).toContain('Aktif di komunitas belajar sekolah');
    expect(card?.textContent).toContain('Lanjutkan refleksi mingguan.');
    const link = screen.getByRole('link', { name: 'Unduh Dokumen Evaluasi Kinerja' });
    expect(link.getAttribute('href')).toBe(`/api/assessments/${ASSESSMENT_ID}/pdf`);
    expect(screen.getByRole('link', { name: 'Hasil Penilaian' })).toBeTruthy();
  });

  it('says the assessment is not set yet when there is none', async () => {
    installFakeApi({
      'GET /api/me': () => reply(meResponseSchema, makeMe()),
      'GET /api/assessments/mine': () => reply(myAssessmentsResponseSchema, { assessments: [] }),
    });
    renderAppAt('/penilaian-saya');
    expect(await screen.findByText(/Penilaian Kinerja Anda belum ditetapkan/)).toBeTruthy();
  });
  it('shows a result set while the page is open once the window regains focus', async () => {
    const { assessment } = assessmentPage({
      state: 'final',
      version: 3,
      workResult: 'meets_expectations',
      workBehaviour: 'meets_expectations',
      predikat: { code: 'baik', label: 'Baik', isPreview: false },
    });
    let isSet = false;
    installFakeApi({
      'GET /api/me': () => reply(meResponseSchema, makeMe()),
      'GET /api/assessments/mine': () =>
        reply(myAssessmentsResponseSchema, { assessments: isSet ? [assessment] : [] }),
    });
    renderAppAt('/penilaian-saya');
    expect(await screen.findByText(/Penilaian Kinerja Anda belum ditetapkan/)).toBeTruthy();
    isSet = true;
    window.dispatchEvent(new Event('focus'));
    const heading = await screen.findByRole('heading', { name: '2026 — Tahunan' });
    expect(heading.closest('section')?.textContent).toContain('Pejabat Penilai Kinerja');
    expect(screen.queryByText(/Penilaian Kinerja Anda belum ditetapkan/)).toBeNull();
  });
});
