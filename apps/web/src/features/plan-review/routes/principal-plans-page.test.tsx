import {
  dinasPlanListResponseSchema,
  meResponseSchema,
  type DinasPlanListResponse,
  type PlanStatus,
} from '@kinerja/contract';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { installFakeApi, reply } from '../../../test/fake-api';
import { renderAppAt } from '../../../test/render-app';
import { dinasMe, planIdOf } from '../test/review-test-data';
import { PAGE_SIZE } from './principal-plans-page';

type Row = DinasPlanListResponse['plans'][number];

const labels = { submitted: 'Perlu disetujui', draft: 'Draf' } as const;

const principalRow = (n: number, status: 'submitted' | 'draft'): Row => ({
  school: {
    id: `school-${n}`,
    name: `SMA Negeri ${n} Bandung`,
    npsn: String(20200000 + n),
    jenjang: 'SMA',
  },
  employee: { id: `kepsek-${n}`, name: `Kepala Sekolah ${n}` },
  planId: planIdOf(n),
  status,
  statusLabel: labels[status],
  submittedAt: status === 'submitted' ? '2026-01-12T02:15:00.000Z' : null,
  abilities: {
    canView: true,
    canApprove: status === 'submitted',
    canReturn: status === 'submitted',
  },
});

/** The query strings the page sent to the Dinas list, in order. */
const dinasQueries = () =>
  vi
    .mocked(fetch)
    .mock.calls.map(([input]) => {
      const href =
        typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      return new URL(href, 'http://localhost');
    })
    .filter((url) => url.pathname === '/api/dinas/dinas-bandung/plans')
    .map((url) => url.search);

// The machine running the suite may be busy: allow the first load more than the default second.
configure({ asyncUtilTimeout: 5000 });

describe('principals’ plans (/periksa/kepala-sekolah) for the Dinas', () => {
  it('pages with "Muat lebih banyak" and filters by status on the server', async () => {
    const all = Array.from({ length: PAGE_SIZE + 3 }, (_, i) =>
      principalRow(i + 1, i % 2 === 0 ? 'submitted' : 'draft'),
    );
    let call = 0;
    installFakeApi({
      'GET /api/me': () => reply(meResponseSchema, dinasMe()),
      'GET /api/dinas/dinas-bandung/plans': () => {
        call += 1;
        // 1: first page, 2: "Muat lebih banyak", 3: the "Perlu disetujui" filter.
        const status: PlanStatus | null = call === 3 ? 'submitted' : null;
        const rows = status ? all.filter((row) => row.status === status) : all;
        const offset = call === 2 ? PAGE_SIZE : 0;
        return reply(dinasPlanListResponseSchema, {
          period: { id: '2026', label: 'Januari–Desember 2026' },
          dinas: { id: 'dinas-bandung', name: 'Dinas Pendidikan Kota Bandung' },
          counts: { not_started: 0, draft: 26, submitted: 27, returned: 0, approved: 0 },
          total: rows.length,
          plans: rows.slice(offset, offset + PAGE_SIZE),
        });
      },
    });
    renderAppAt('/periksa/kepala-sekolah');
    const user = userEvent.setup();
    expect(await screen.findByText('Menampilkan 50 dari 53 sekolah.')).toBeTruthy();
    expect(
      screen.getByText(/Kepala Sekolah di wilayah Dinas Pendidikan Kota Bandung/),
    ).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Muat lebih banyak' }));
    expect(await screen.findByText('Menampilkan 53 dari 53 sekolah.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Muat lebih banyak' })).toBeNull();
    expect(
      screen.getByRole('link', { name: 'Periksa Perencanaan Kinerja Kepala Sekolah 53' }),
    ).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Lihat Perencanaan Kinerja Kepala Sekolah 52' }),
    ).toBeTruthy();

    const filter = screen.getByRole('group', { name: 'Filter status' });
    await user.click(within(filter).getByRole('button', { name: 'Perlu disetujui 27' }));
    await waitFor(() => expect(screen.getByText('Menampilkan 27 dari 27 sekolah.')).toBeTruthy());
    expect(dinasQueries()).toEqual([
      '?limit=50&offset=0',
      '?limit=50&offset=50',
      '?status=submitted&limit=50&offset=0',
    ]);
  });
});
