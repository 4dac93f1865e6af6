import {
  angkaKreditResponseSchema,
  eKinerjaOutboxResponseSchema,
  eKinerjaOutboxRowSchema,
  meResponseSchema,
  type EKinerjaOutboxRow,
} from '@kinerja/contract';
import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { installFakeApi, makeMe, reply, replyError } from '../../../test/fake-api';
import { renderAppAt } from '../../../test/render-app';

configure({ asyncUtilTimeout: 5000 });

const operatorMe = () =>
  meResponseSchema.parse({
    ...makeMe(),
    roles: [
      {
        role: 'school_operator',
        label: 'Operator Sekolah',
        schoolId: 'school-a',
        schoolName: 'SMA Negeri 1 Contoh Bandung',
        dinasId: null,
        dinasName: null,
      },
    ],
    activeRole: 'school_operator',
  });

const failedRow = (overrides: Partial<EKinerjaOutboxRow> = {}): EKinerjaOutboxRow =>
  eKinerjaOutboxRowSchema.parse({
    id: 7,
    topic: 'assessment.final',
    kind: 'Predikat (Penilaian Kinerja ditetapkan)',
    detail: null,
    idempotencyKey: 'kinerja:assessment.final:a-1',
    status: 'failed',
    statusLabel: 'Gagal',
    attempts: 5,
    createdAt: '2026-12-01T02:00:00.000Z',
    nextAttemptAt: null,
    deliveredAt: null,
    failedAt: '2026-12-01T03:00:00.000Z',
    lastErrorCode: 'UNOR_NOT_MATCHED',
    lastError: 'Unor pegawai belum padan di e-Kinerja. Dihentikan setelah 5 percobaan.',
    employee: { id: 't-1', name: 'Andi Wijaya, S.Pd.', nip: '199203152019031008' },
    school: { id: 'school-a', name: 'SMA Negeri 1 Contoh Bandung', npsn: '20200001' },
    periodId: '2026',
    canRetry: true,
    ...overrides,
  });

describe('e-Kinerja and Angka Kredit pages (issue #11 item 8)', () => {
  it('the operator sees a failed record with its Indonesian reason and sends it again', async () => {
    let retried = false;
    const api = installFakeApi({
      'GET /api/me': () => reply(meResponseSchema, operatorMe()),
      'GET /api/e-kinerja/outbox': () =>
        reply(eKinerjaOutboxResponseSchema, {
          isConfigured: true,
          counts: { pending: retried ? 1 : 0, retrying: 0, failed: retried ? 0 : 1, delivered: 0 },
          total: 1,
          rows: [
            retried
              ? failedRow({ status: 'pending', statusLabel: 'Menunggu dikirim', canRetry: false })
              : failedRow(),
          ],
        }),
      'POST /api/e-kinerja/outbox/7/retry': () => {
        retried = true;
        return reply(
          eKinerjaOutboxRowSchema,
          failedRow({ status: 'pending', statusLabel: 'Menunggu dikirim', canRetry: false }),
        );
      },
    });
    renderAppAt('/');
    const user = userEvent.setup();
    const nav = await screen.findByRole('navigation', { name: 'Navigasi utama' });
    await user.click(within(nav).getByRole('link', { name: 'e-Kinerja' }));
    const row = await screen.findByTestId('outbox-7');
    expect(within(row).getByText('Gagal')).toBeTruthy();
    expect(within(row).getByText(/Unor pegawai belum padan/)).toBeTruthy();
    expect(row.textContent).not.toContain('UNOR_NOT_MATCHED');
    await user.click(
      within(row).getByRole('button', {
        name: 'Coba lagi kirim Predikat (Penilaian Kinerja ditetapkan) Andi Wijaya, S.Pd.',
      }),
    );
    expect(
      await screen.findByText('Data Andi Wijaya, S.Pd. dijadwalkan untuk dikirim ulang.'),
    ).toBeTruthy();
    expect(
      await within(await screen.findByTestId('outbox-7')).findByText('Menunggu dikirim'),
    ).toBeTruthy();
    expect(api.calls.filter((call) => call.method === 'POST')).toHaveLength(1);
    // The operator exports nothing (export.school is the head's and the Dinas's): no links.
    expect(screen.queryByRole('link', { name: 'Unduh CSV' })).toBeNull();
    // ... nor is the operator told to download one (issue 11: no dead ends).
    expect(document.querySelector('main')?.textContent).not.toMatch(/unduh/i);
  });

  it('shows a changed SKP and a periodic assessment with what they carry (issue 14 items 4, 6)', async () => {
    const rows = [
      failedRow({
        id: 8,
        topic: 'plan.rhk_changed',
        kind: 'SKP (Rencana Hasil Kerja diubah)',
        detail: 'Perubahan ke-1 (Ubah Rencana Hasil Kerja)',
        status: 'pending',
        statusLabel: 'Menunggu dikirim',
        lastError: null,
        canRetry: false,
      }),
      failedRow({
        id: 9,
        topic: 'assessment.periodic',
        kind: 'Penilaian periodik',
        detail: 'Triwulan I 2026 (Januari–Maret) — penilaian triwulanan',
        status: 'pending',
        statusLabel: 'Menunggu dikirim',
        lastError: null,
        canRetry: false,
      }),
    ];
    installFakeApi({
      'GET /api/me': () => reply(meResponseSchema, operatorMe()),
      'GET /api/e-kinerja/outbox': () =>
        reply(eKinerjaOutboxResponseSchema, {
          isConfigured: true,
          counts: { pending: 2, retrying: 0, failed: 0, delivered: 0 },
          total: 2,
          rows,
        }),
    });
    renderAppAt('/e-kinerja');
    const changed = await screen.findByTestId('outbox-8');
    expect(changed.textContent).toContain('SKP (Rencana Hasil Kerja diubah)');
    expect(within(changed).getByText('Perubahan ke-1 (Ubah Rencana Hasil Kerja)')).toBeTruthy();
    const periodic = screen.getByTestId('outbox-9');
    expect(
      within(periodic).getByText('Triwulan I 2026 (Januari–Maret) — penilaian triwulanan'),
    ).toBeTruthy();
    expect(periodic.textContent).not.toMatch(/assessment\.periodic|2026-/);
  });

  it('a refused retry shows the server’s message', async () => {
    installFakeApi({
      'GET /api/me': () => reply(meResponseSchema, operatorMe()),
      'GET /api/e-kinerja/outbox': () =>
        reply(eKinerjaOutboxResponseSchema, {
          isConfigured: true,
          counts: { pending: 0, retrying: 0, failed: 1, delivered: 0 },
          total: 1,
          rows: [failedRow()],
        }),
      'POST /api/e-kinerja/outbox/7/retry': () =>
        replyError(409, {
          code: 'E_KINERJA_ALREADY_DELIVERED',
          message: 'Data ini sudah diterima e-Kinerja; tidak perlu dikirim ulang.',
          requestId: 'r-1',
        }),
    });
    renderAppAt('/e-kinerja');
    const user = userEvent.setup();
    const row = await screen.findByTestId('outbox-7');
    await user.click(within(row).getByRole('button', { name: /^Coba lagi kirim/ }));
    expect(
      await within(row).findByText('Data ini sudah diterima e-Kinerja; tidak perlu dikirim ulang.'),
    ).toBeTruthy();
  });

  it('the teacher reads the cumulative angka kredit and what is left to the next golongan', async () => {
    installFakeApi({
      'GET /api/me': () => reply(meResponseSchema, makeMe()),
      'GET /api/angka-kredit/mine': () =>
        reply(angkaKreditResponseSchema, {
          person: { id: 't-1', name: 'Andi Wijaya, S.Pd.', nip: null, employmentStatus: 'pns' },
          careerLevel: { code: 'ahli_pertama', label: 'Ahli Pertama' },
          golonganRuang: 'III/a',
          pangkat: 'Penata Muda',
          entries: [
            {
              assessmentId: 'a-1',
              periodId: '2025',
              periodLabel: 'Januari–Desember 2025',
              document: { code: 'tahunan', label: 'Tahunan' },
              predikat: { code: 'baik', label: 'Baik' },
              careerLevel: { code: 'ahli_pertama', label: 'Ahli Pertama' },
              months: 12,
              percentage: 100,
              coefficient: 12.5,
              angkaKredit: 12.5,
              isCounted: true,
              finalizedAt: '2025-11-20T05:00:00.000Z',
            },
          ],
          total: 12.5,
          withinCareerLevel: 12.5,
          promotion: {
            next: 'III/b',
            threshold: 50,
            remaining: 37.5,
            isEligible: false,
            isCareerLevelPromotion: false,
            yearsAtBaik: 3,
          },
          notes: [],
        }),
    });
    renderAppAt('/');
    const user = userEvent.setup();
    const nav = await screen.findByRole('navigation', { name: 'Navigasi utama' });
    await user.click(within(nav).getByRole('link', { name: 'Angka Kredit' }));
    expect(
      await screen.findByRole('heading', { name: 'Menuju golongan/ruang III/b' }),
    ).toBeTruthy();
    expect(screen.getByText('12,5 dari 50 Angka Kredit')).toBeTruthy();
    expect(screen.getByText('Kurang 37,5 Angka Kredit.')).toBeTruthy();
    expect(screen.getByText('Predikat Baik · 12 bulan · 100% × koefisien 12,5')).toBeTruthy();
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('12.5');
  });
});
