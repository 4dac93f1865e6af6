import { assessmentPageSchema, meResponseSchema } from '@kinerja/contract';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { installFakeApi, reply, type FakeReply } from '../../../test/fake-api';
import { renderAppAt } from '../../../test/render-app';
import { ASSESSMENT_ID, PLAN_ID, assessmentPage, principalMe } from '../test/assessment-test-data';

const pagePath = `/api/plans/${PLAN_ID}/assessment`;
const finalizePath = `/api/assessments/${ASSESSMENT_ID}/finalize`;

// The machine running the suite may be busy: allow the first load more than the default second.
configure({ asyncUtilTimeout: 5000 });

describe('assessor page (/penilaian/:planId)', () => {
  it('saves both ratings and the feedback, then shows the predikat the server computed', async () => {
    const api = installFakeApi({
      'GET /api/me': () => reply(meResponseSchema, principalMe()),
      [`GET ${pagePath}`]: () => reply(assessmentPageSchema, assessmentPage()),
      [`PUT ${pagePath}`]: () =>
        reply(
          assessmentPageSchema,
          assessmentPage({
            state: 'draft',
            version: 1,
            workResult: 'above_expectations',
            workBehaviour: 'meets_expectations',
            feedback: { akuntabel: 'Laporan selalu tepat waktu' },
            notes: 'Lanjutkan komunitas belajar.',
            predikat: { code: 'baik', label: 'Baik', isPreview: true },
          }),
        ),
    });
    renderAppAt(`/penilaian/${PLAN_ID}`);
    const user = userEvent.setup();
    const workResult = await screen.findByRole('group', { name: 'Rating Hasil Kerja' });
    expect(
      screen.getByText('Predikat Sangat Baik sudah diberikan kepada 3 dari 8 guru.'),
    ).toBeTruthy();
    expect(screen.getByText('Pertahankan refleksi mingguan bersama rekan sejawat.')).toBeTruthy();
    await user.click(within(workResult).getByLabelText('Di Atas Ekspektasi'));
    const behaviour = screen.getByRole('group', { name: 'Rating Perilaku Kerja' });
    await user.click(within(behaviour).getByLabelText('Sesuai Ekspektasi'));
    await user.type(screen.getByLabelText('Akuntabel'), 'Laporan selalu tepat waktu');
    await user.type(screen.getByLabelText('Catatan / Rekomendasi'), 'Lanjutkan komunitas belajar.');
    expect(screen.getByText('Ada perubahan yang belum disimpan.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Simpan' }));

    expect(await screen.findByText('Penilaian tersimpan sebagai draf.')).toBeTruthy();
    const predikat = screen.getByText('Baik', { selector: '.assessment-predikat-value' });
    expect(predikat.closest('[role="status"]')?.textContent).toContain('belum ditetapkan');
    expect(screen.queryByText('Ada perubahan yang belum disimpan.')).toBeNull();
    const saves = api.calls.filter((call) => call.method === 'PUT');
    expect(saves).toHaveLength(1);
    expect(saves[0]?.headers['x-csrf-token']).toBe('csrf-principal');
    expect(saves[0]?.body).toEqual({
      document: 'tahunan',
      version: 0,
      workResultRating: 'above_expectations',
      workBehaviourRating: 'meets_expectations',
      behaviourFeedback: {
        berorientasi_pelayanan: '',
        akuntabel: 'Laporan selalu tepat waktu',
        kompeten: '',
        harmonis: '',
        loyal: '',
        adaptif: '',
        kolaboratif: '',
      },
      notes: 'Lanjutkan komunitas belajar.',
    });
  });

  it('keeps the typed notes after a 409 and saves again on the newer version', async () => {
    let attempt = 0;
    const draft = { state: 'draft' as const, workResult: 'meets_expectations' as const };
    const api = installFakeApi({
      'GET /api/me': () => reply(meResponseSchema, principalMe()),
      [`GET ${pagePath}`]: () =>
        reply(assessmentPageSchema, assessmentPage({ ...draft, version: 1 })),
      [`PUT ${pagePath}`]: () => {
        attempt += 1;
        if (attempt === 1) {
          return {
            status: 409,
            body: {
              error: {
                code: 'ASSESSMENT_VERSION_CONFLICT',
                message: 'Penilaian sudah diubah.',
                current: assessmentPage({ ...draft, version: 2 }),
              },
            },
          };
        }
        return reply(
          assessmentPageSchema,
          assessmentPage({ ...draft, version: 3, notes: 'Tingkatkan asesmen formatif.' }),
        );
      },
    });
    renderAppAt(`/penilaian/${PLAN_ID}`);
    const user = userEvent.setup();
    const notes = await screen.findByLabelText('Catatan / Rekomendasi');
    await user.type(notes, 'Tingkatkan asesmen formatif.');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText(/baru saja diubah di perangkat atau tab lain/)).toBeTruthy();
    expect(notes).toHaveProperty('value', 'Tingkatkan asesmen formatif.');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText('Penilaian tersimpan sebagai draf.')).toBeTruthy();
    const versions = api.calls
      .filter((call) => call.method === 'PUT')
      .map((call) => (call.body as { version: number }).version);
    expect(versions).toEqual([1, 2]);
  });

  it('asks for confirmation before "Tetapkan", sends it once, then is read-only with the PDF', async () => {
    let answer: (value: FakeReply) => void = () => undefined;
    const saved = {
      state: 'draft' as const,
      version: 2,
      workResult: 'above_expectations' as const,
      workBehaviour: 'above_expectations' as const,
      predikat: { code: 'sangat_baik' as const, label: 'Sangat Baik', isPreview: true },
    };
    const api = installFakeApi({
      'GET /api/me': () => reply(meResponseSchema, principalMe()),
      [`GET ${pagePath}`]: () => reply(assessmentPageSchema, assessmentPage(saved)),
      [`POST ${finalizePath}`]: () => new Promise<FakeReply>((resolve) => (answer = resolve)),
    });
    renderAppAt(`/penilaian/${PLAN_ID}`);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Tetapkan' }));
    const dialog = screen.getByRole('dialog', { name: 'Tetapkan Penilaian Kinerja?' });
    expect(dialog.textContent).toContain('tidak dapat diubah lagi');
    expect(dialog.textContent).toContain('Predikat: Sangat Baik');
    expect(api.calls.filter((call) => call.method !== 'GET')).toHaveLength(0);

    await user.click(within(dialog).getByRole('button', { name: 'Tetapkan' }));
    const pending = within(dialog).getByRole('button', { name: 'Menetapkan…' });
    expect(pending).toHaveProperty('disabled', true);
    await user.click(pending);
    answer(
      reply(
        assessmentPageSchema,
        assessmentPage({
          ...saved,
          state: 'final',
          version: 3,
          predikat: { code: 'sangat_baik', label: 'Sangat Baik', isPreview: false },
        }),
      ),
    );

    expect(await screen.findByText('Penilaian Kinerja ditetapkan.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const link = screen.getByRole('link', { name: 'Unduh Dokumen Evaluasi Kinerja' });
    expect(link.getAttribute('href')).toBe(`/api/assessments/${ASSESSMENT_ID}/pdf`);
    expect(screen.queryByRole('button', { name: 'Simpan' })).toBeNull();
    expect(screen.queryByRole('radio')).toBeNull();
    const finals = api.calls.filter((call) => call.path === finalizePath);
    expect(finals.map((call) => call.body)).toEqual([{ version: 2, isConfirmed: true }]);
    expect(api.calls.filter((call) => call.method === 'PUT')).toHaveLength(0);
  });
  it('names where each execution document stands and counts the observation by label', async () => {
    const page = {
      ...assessmentPage(),
      execution: {
        evidence: null,
        documents: [
          {
            kind: 'competency_reflection',
            label: 'Dokumen Pengembangan Kompetensi',
            state: 'Terkirim',
            sentAt: '2026-03-10T03:00:00.000Z',
            confirmedAt: null,
          },
          {
            kind: 'main_duties_checklist',
            label: 'Dokumen Pelaksanaan Tugas Pokok',
            state: 'Terkirim',
            sentAt: '2026-03-10T03:00:00.000Z',
            confirmedAt: '2026-03-12T03:00:00.000Z',
          },
        ],
        practiceCycle: {
          state: 'completed',
          stateLabel: 'Selesai',
          observation: {
            rated: 3,
            total: 3,
            counts: { done_effective: 2, done_not_effective: 1, not_done: 0 },
          },
          generalNote: '',
          followUpAgreement: 'Restitusi dua pertemuan.',
          reflection: '',
        },
      },
    };
    installFakeApi({
      'GET /api/me': () => reply(meResponseSchema, principalMe()),
      [`GET ${pagePath}`]: () => reply(assessmentPageSchema, page),
    });
    renderAppAt(`/penilaian/${PLAN_ID}`);
    const card = await screen.findByRole('region', { name: 'Hasil Pelaksanaan Kinerja' });
    const items = within(card)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual([
      'Dokumen Pengembangan KompetensiTerkirim 10 Maret 2026',
      'Dokumen Pelaksanaan Tugas PokokTerkirim 10 Maret 2026 · dikonfirmasi atasan 12 Maret 2026',
      'Dilakukan dan Efektif: 2',
      'Dilakukan tapi Belum Efektif: 1',
      'Belum Dilakukan: 0',
    ]);
    expect(card.textContent).toContain('Observasi Kinerja: 3 dari 3 perilaku dinilai');
    expect(card.textContent).not.toMatch(/completed|done_effective/);
  });
});
