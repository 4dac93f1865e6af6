import {
  dinasPrincipalsResponseSchema,
  meResponseSchema,
  pengawasExecutionListResponseSchema,
  writtenDocumentSchema,
  type MeResponse,
} from '@kinerja/contract';
import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { installFakeApi, makeMe, reply } from '../../../test/fake-api';
import { renderAppAt } from '../../../test/render-app';
import { checklistDoc, PLAN_ID } from '../test/execution-test-data';

configure({ asyncUtilTimeout: 5000 });

const PERIOD = {
  id: '2025',
  label: 'Januari–Desember 2025',
  ruleSetVersion: '2025',
  startsOn: '2025-01-01',
  endsOn: '2025-12-31',
  planning: { opensOn: '2025-01-08', closesOn: '2025-01-31' },
  execution: { opensOn: '2025-02-01', closesOn: '2025-11-12' },
  assessment: { opensOn: '2025-11-13', closesOn: '2025-12-31' },
  isCurrent: false,
};

function meAs(role: 'dinas_official' | 'pengawas'): MeResponse {
  return meResponseSchema.parse({
    ...makeMe({ activePeriod: PERIOD }),
    roles: [
      {
        role,
        label: role === 'pengawas' ? 'Pengawas Sekolah' : 'Dinas Pendidikan',
        schoolId: null,
        schoolName: null,
        dinasId: role === 'pengawas' ? null : 'dinas-1',
        dinasName: role === 'pengawas' ? null : 'Dinas Pendidikan Kota Contoh',
      },
    ],
    activeRole: role,
  });
}

const principalRow = {
  employee: { id: 'ks-1', name: 'Dr. Siti Rahmawati, M.Pd.', nip: '197501012000032001' },
  school: { id: 'school-a', name: 'SMA Negeri 1 Contoh', npsn: '20200001' },
  planId: PLAN_ID,
  planStatus: 'approved' as const,
  documents: {
    competencyReflection: { state: 'sent' as const, stateLabel: 'Terkirim', sentAt: null },
    mainDutiesChecklist: {
      state: 'sent' as const,
      stateLabel: 'Terkirim',
      sentAt: '2025-03-11T02:00:00.000Z',
      isAccountabilityConfirmed: false,
    },
  },
  practice: {
    state: 'observation' as const,
    letter: 'B',
    stateLabel: 'Observasi',
    isStarted: true,
  },
};

const dinasList = (isAssessor: boolean) =>
  dinasPrincipalsResponseSchema.parse({
    period: { id: '2025', label: PERIOD.label },
    dinas: { id: 'dinas-1', name: 'Dinas Pendidikan Kota Contoh' },
    document: { code: 'tahunan', label: 'Tahunan' },
    isAssessor,
    total: 1,
    rows: [
      {
        ...principalRow,
        assessment: { id: null, state: 'not_started', predikat: null, recommendationCount: 1 },
      },
    ],
  });

describe('the principals’ Pelaksanaan for the Dinas and the pengawas (issue #11 items 1, 2)', () => {
  it('the Dinas assessor confirms the principal’s Dokumen Pelaksanaan Tugas Pokok', async () => {
    const docPath = `/api/plans/${PLAN_ID}/documents/main-duties-checklist`;
    const sent = checklistDoc({
      state: 'sent',
      stateLabel: 'Terkirim',
      version: 2,
      sentAt: '2025-03-11T02:00:00.000Z',
      abilities: { canSaveDraft: false, canSend: false, canConfirmAccountability: true },
    });
    const api = installFakeApi({
      'GET /api/me': () => reply(meResponseSchema, meAs('dinas_official')),
      'GET /api/dinas/dinas-1/principals': () =>
        reply(dinasPrincipalsResponseSchema, dinasList(true)),
      [`GET ${docPath}`]: () => reply(writtenDocumentSchema, sent),
      [`POST ${docPath}/confirm`]: () =>
        reply(writtenDocumentSchema, {
          ...sent,
          abilities: { ...sent.abilities, canConfirmAccountability: false },
        }),
    });
    renderAppAt('/periksa/pelaksanaan');
    const user = userEvent.setup();
    expect(
      await screen.findByText('1 Dokumen Pelaksanaan Tugas Pokok menunggu konfirmasi Anda.'),
    ).toBeTruthy();
    await user.click(
      screen.getByRole('button', {
        name: 'Periksa Dokumen Pelaksanaan Tugas Pokok Dr. Siti Rahmawati, M.Pd.',
      }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Dokumen Pelaksanaan Tugas Pokok' });
    await user.click(
      await within(dialog).findByRole('button', { name: 'Konfirmasi dokumen akuntabilitas' }),
    );
    expect(
      await screen.findByText(
        'Dokumen akuntabilitas Dr. Siti Rahmawati, M.Pd. telah dikonfirmasi.',
      ),
    ).toBeTruthy();
    expect(api.calls.filter((call) => call.method === 'POST')).toHaveLength(1);
    expect(
      screen
        .getByRole('link', { name: 'Buka Penilaian Kinerja Dr. Siti Rahmawati, M.Pd.' })
        .getAttribute('href'),
    ).toBe(`/penilaian/${PLAN_ID}`);
  });

  it('the pengawas reads (no confirmation asked of them) and reaches the recommendation', async () => {
    installFakeApi({
      'GET /api/me': () => reply(meResponseSchema, meAs('pengawas')),
      'GET /api/pengawas/execution': () =>
        reply(pengawasExecutionListResponseSchema, {
          period: { id: '2025', label: PERIOD.label },
          rows: [principalRow],
        }),
    });
    renderAppAt('/periksa/pelaksanaan');
    expect(
      await screen.findByText(
        '1 Dokumen Pelaksanaan Tugas Pokok Kepala Sekolah menunggu konfirmasi Pejabat Penilai Kinerja Dinas.',
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/menunggu konfirmasi Anda/)).toBeNull();
    expect(screen.queryByRole('button', { name: /^Periksa Dokumen/ })).toBeNull();
    expect(
      screen.getByRole('button', {
        name: 'Baca Dokumen Pelaksanaan Tugas Pokok Dr. Siti Rahmawati, M.Pd.',
      }),
    ).toBeTruthy();
    expect(
      screen
        .getByRole('link', { name: 'Beri Rekomendasi Penilaian untuk Dr. Siti Rahmawati, M.Pd.' })
        .getAttribute('href'),
    ).toBe(`/penilaian/${PLAN_ID}`);
  });

  it('the Dinas menu reaches Penilaian of principals, one tap to the form, with the ZIP', async () => {
    installFakeApi({
      'GET /api/me': () => reply(meResponseSchema, meAs('dinas_official')),
      'GET /api/dinas/dinas-1/principals': () =>
        reply(dinasPrincipalsResponseSchema, dinasList(true)),
    });
    renderAppAt('/');
    const user = userEvent.setup();
    const nav = await screen.findByRole('navigation', { name: /menu utama|navigasi utama/i });
    await user.click(within(nav).getByRole('link', { name: 'Penilaian' }));
    expect(
      await screen.findByRole('heading', { name: 'Penilaian Kinerja Kepala Sekolah' }),
    ).toBeTruthy();
    const row = await screen.findByTestId('principal-assessment-ks-1');
    // 2025 plots no Tim Kinerja (rule-set field timKinerja): the pengawas recommended.
    expect(within(row).getByText('1 rekomendasi Pengawas')).toBeTruthy();
    expect(
      within(row)
        .getByRole('link', { name: 'Nilai Dr. Siti Rahmawati, M.Pd.' })
        .getAttribute('href'),
    ).toBe(`/penilaian/${PLAN_ID}`);
    expect(
      screen
        .getByRole('link', { name: 'Unduh Dokumen Evaluasi Kinerja (ZIP)' })
        .getAttribute('href'),
    ).toBe('/api/dinas/dinas-1/assessments/documents.zip?periodId=2025');
  });
});
