import { assessmentPageSchema, meResponseSchema } from '@kinerja/contract';
import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { installFakeApi, reply } from '../../../test/fake-api';
import { renderAppAt } from '../../../test/render-app';
import { PLAN_ID, assessmentPage, principalMe } from '../test/assessment-test-data';

const pagePath = `/api/plans/${PLAN_ID}/assessment`;

configure({ asyncUtilTimeout: 5000 });

const saved = {
  state: 'draft' as const,
  version: 2,
  workResult: 'above_expectations' as const,
  workBehaviour: 'above_expectations' as const,
  predikat: { code: 'sangat_baik' as const, label: 'Sangat Baik', isPreview: true },
};

describe('assessor page: predikat preview and "Tetapkan" warnings (issue #11 finding 10)', () => {
  it('shows the predikat of the chosen ratings before "Simpan"', async () => {
    installFakeApi({
      'GET /api/me': () => reply(meResponseSchema, principalMe()),
      [`GET ${pagePath}`]: () => reply(assessmentPageSchema, assessmentPage(saved)),
    });
    renderAppAt(`/penilaian/${PLAN_ID}`);
    const user = userEvent.setup();
    const workResult = await screen.findByRole('group', { name: 'Rating Hasil Kerja' });
    const value = () => document.querySelector('.assessment-predikat-value')?.textContent;
    expect(value()).toBe('Sangat Baik');
    await user.click(within(workResult).getByLabelText('Di Bawah Ekspektasi'));
    // §5.2: below × above = Butuh Perbaikan, computed in the browser before any save.
    expect(value()).toBe('Butuh Perbaikan');
    await user.click(screen.getByRole('button', { name: 'Tetapkan' }));
    const dialog = screen.getByRole('dialog', { name: 'Tetapkan Penilaian Kinerja?' });
    expect(dialog.textContent).toContain('Predikat: Butuh Perbaikan');
  });

  it('names the missing execution results in the "Tetapkan" dialog', async () => {
    const page = assessmentPage(saved);
    const missing = [
      { code: 'checklist_not_sent', message: 'Dokumen Pelaksanaan Tugas Pokok belum dikirim.' },
      {
        code: 'practice_cycle_not_completed',
        message: 'Siklus Peningkatan Kinerja belum selesai.',
      },
    ];
    installFakeApi({
      'GET /api/me': () => reply(meResponseSchema, principalMe()),
      [`GET ${pagePath}`]: () =>
        reply(assessmentPageSchema, { ...page, execution: { ...page.execution, missing } }),
    });
    renderAppAt(`/penilaian/${PLAN_ID}`);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Tetapkan' }));
    const dialog = screen.getByRole('dialog', { name: 'Tetapkan Penilaian Kinerja?' });
    const warning = within(dialog).getByTestId('finalize-missing');
    expect(warning.textContent).toContain('Hasil pelaksanaan belum lengkap');
    expect(warning.textContent).toContain('Dokumen Pelaksanaan Tugas Pokok belum dikirim.');
    expect(warning.textContent).toContain('Siklus Peningkatan Kinerja belum selesai.');
  });

  it('warns nothing when every execution result is there', async () => {
    installFakeApi({
      'GET /api/me': () => reply(meResponseSchema, principalMe()),
      [`GET ${pagePath}`]: () => reply(assessmentPageSchema, assessmentPage(saved)),
    });
    renderAppAt(`/penilaian/${PLAN_ID}`);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Tetapkan' }));
    const dialog = screen.getByRole('dialog', { name: 'Tetapkan Penilaian Kinerja?' });
    expect(within(dialog).queryByTestId('finalize-missing')).toBeNull();
  });

  it('warns in the dialog that the capaian is unknown and shows the basis of the Penilaian (issue 14)', async () => {
    const page = assessmentPage(saved);
    const documentWarnings = [
      {
        code: 'organisation_achievement_unknown',
        message:
          'Capaian Kinerja Organisasi belum diketahui karena penilaian Kepala Sekolah belum ditetapkan.',
      },
    ];
    installFakeApi({
      'GET /api/me': () => reply(meResponseSchema, principalMe()),
      [`GET ${pagePath}`]: () => reply(assessmentPageSchema, { ...page, documentWarnings }),
    });
    renderAppAt(`/penilaian/${PLAN_ID}`);
    const user = userEvent.setup();
    const basis = await screen.findByRole('region', { name: 'Dasar Penilaian' });
    expect(basis.textContent).toContain('Upaya Refleksi');
    expect(basis.textContent).toContain('Pengembangan Kompetensi: Variabel pertimbangan');
    await user.click(screen.getByRole('button', { name: 'Tetapkan' }));
    const dialog = screen.getByRole('dialog', { name: 'Tetapkan Penilaian Kinerja?' });
    const warning = within(dialog).getByTestId('finalize-document-warnings');
    expect(warning.textContent).toContain('Capaian Kinerja Organisasi belum diketahui');
    // A warning, not a refusal: "Tetapkan" stays available.
    const confirm = within(dialog).getByRole<HTMLButtonElement>('button', { name: 'Tetapkan' });
    expect(confirm.disabled).toBe(false);
  });
});
