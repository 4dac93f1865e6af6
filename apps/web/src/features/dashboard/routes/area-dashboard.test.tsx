import {
  areaDashboardResponseSchema,
  meResponseSchema,
  schoolDashboardResponseSchema,
} from '@kinerja/contract';
import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { installFakeApi, reply } from '../../../test/fake-api';
import { renderAppAt } from '../../../test/render-app';
import {
  areaDashboard,
  meAs,
  regionRow,
  schoolDashboard,
  schoolRow,
} from '../test/dashboard-test-data';

// The machine running the suite may be busy: allow the first load more than the default second.
configure({ asyncUtilTimeout: 5000 });

/** The row names of the area table, top to bottom. */
const rowNames = () =>
  within(screen.getByRole('region', { name: /^Rincian per/ }))
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

/** Every address the app fetched, with its query (the fake API records only the path). */
const fetched = () => vi.mocked(fetch).mock.calls.map(([input]) => String(input as string));

describe('Dasbor Kinerja for Dinas Pendidikan', () => {
  const dinas = areaDashboard(
    { kind: 'dinas', code: 'dinas-jabar', name: 'Dinas Pendidikan Provinsi Jawa Barat' },
    [
      schoolRow('school-b', 'SMA Negeri 2 Contoh Cimahi', '20200002', 10, 9),
      schoolRow('school-a', 'SMA Negeri 1 Contoh Bandung', '20200001', 4, 1),
      schoolRow('school-c', 'SMK Negeri 3 Contoh Garut', '20200003', 8, 4),
    ],
  );

  it('lists the schools, sorts them, offers the XLSX and drills down to a school', async () => {
    installFakeApi({
      'GET /api/me': () =>
        reply(meResponseSchema, meAs('dinas_official', { dinasId: 'dinas-jabar' })),
      'GET /api/dinas/dinas-jabar/dashboard': () => reply(areaDashboardResponseSchema, dinas),
      'GET /api/schools/school-a/dashboard': () =>
        reply(schoolDashboardResponseSchema, schoolDashboard()),
    });
    renderAppAt('/dasbor');
    const user = userEvent.setup();
    await screen.findByRole('region', { name: 'Rincian per Satuan Pendidikan' });
    expect(
      screen.getByText('Dinas Pendidikan Provinsi Jawa Barat', { selector: 'strong' }),
    ).toBeTruthy();
    expect(screen.getByText('Periode: Januari–Desember 2026')).toBeTruthy();
    expect(screen.getByText('Jumlah Guru').nextElementSibling?.textContent).toBe('22');
    expect(
      screen.getByRole('img', {
        name: /^Predikat Kinerja dari 14 penilaian ditetapkan: Sangat Baik 0, Baik 14,/,
      }),
    ).toBeTruthy();

    const xlsx = screen.getByRole('link', { name: 'Unduh XLSX' });
    expect(xlsx.getAttribute('href')).toBe(
      '/api/dinas/dinas-jabar/dashboard.xlsx?periodId=2026&document=tahunan',
    );
    expect(xlsx.hasAttribute('download')).toBe(true);

    // A→Z by name first; "% Selesai" starts with the highest share, then flips.
    expect(rowNames()).toEqual([
      'SMA Negeri 1 Contoh Bandung',
      'SMA Negeri 2 Contoh Cimahi',
      'SMK Negeri 3 Contoh Garut',
    ]);
    const completion = screen.getByRole('button', { name: /% Selesai/ });
    await user.click(completion);
    expect(rowNames()).toEqual([
      'SMA Negeri 2 Contoh Cimahi',
      'SMK Negeri 3 Contoh Garut',
      'SMA Negeri 1 Contoh Bandung',
    ]);
    expect(completion.closest('th')?.getAttribute('aria-sort')).toBe('descending');
    await user.click(completion);
    expect(rowNames()[0]).toBe('SMA Negeri 1 Contoh Bandung');
    expect(completion.closest('th')?.getAttribute('aria-sort')).toBe('ascending');
    await user.click(screen.getByRole('button', { name: /^Nama/ }));
    await user.click(screen.getByRole('button', { name: /^Nama/ }));
    expect(rowNames()).toEqual([
      'SMK Negeri 3 Contoh Garut',
      'SMA Negeri 2 Contoh Cimahi',
      'SMA Negeri 1 Contoh Bandung',
    ]);

    const cimahi = screen.getByRole('row', { name: /Cimahi/ });
    expect(
      within(cimahi)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['20200002', '10', '90%', '0', '9', '0', '0', '0']);

    await user.type(screen.getByLabelText('Cari nama sekolah atau NPSN'), '20200001');
    expect(rowNames()).toEqual(['SMA Negeri 1 Contoh Bandung']);
    expect(screen.getByText('Menampilkan 1 dari 3 baris.')).toBeTruthy();

    const bandung = screen.getByRole('link', { name: 'SMA Negeri 1 Contoh Bandung' });
    expect(bandung.getAttribute('href')).toBe(
      '/dasbor/sekolah/school-a?periodId=2026&document=tahunan',
    );
    await user.click(bandung);
    await screen.findByRole('region', { name: 'Kemajuan Guru' });
    expect(fetched()).toContain('/api/schools/school-a/dashboard?periodId=2026&document=tahunan');
    // The Dinas reads the school; opening assessments is the principal's.
    expect(
      within(screen.getByRole('region', { name: 'Kemajuan Guru' })).queryByRole('link'),
    ).toBeNull();
    expect(screen.getByRole('link', { name: '← Kembali ke Dasbor' }).getAttribute('href')).toBe(
      '/dasbor',
    );
  });
});

describe('Dasbor Kinerja for Admin', () => {
  const period = { id: '2024-S2', label: 'Juli–Desember 2024' };
  const akhir = { code: 'akhir' as const, label: 'Akhir' };
  const semester2 = { code: 'semester_2' as const, label: 'Semester II' };
  const nation = (document: typeof akhir | typeof semester2) =>
    areaDashboard(
      { kind: 'nation', code: 'ID', name: 'Indonesia' },
      [
        regionRow('province', '33', 'Jawa Tengah', 30, 6),
        regionRow('province', '32', 'Jawa Barat', 40, document.code === 'akhir' ? 10 : 20),
      ],
      document,
      period,
    );

  it('shows the provinces, switches Semester II / Akhir and drills down to a province', async () => {
    installFakeApi({
      'GET /api/me': () => reply(meResponseSchema, meAs('admin')),
      'GET /api/dashboards/provinces': () => {
        const isSemester = fetched().at(-1)?.includes('document=semester_2');
        return reply(areaDashboardResponseSchema, nation(isSemester ? semester2 : akhir));
      },
      'GET /api/dashboards/provinces/32': () =>
        reply(
          areaDashboardResponseSchema,
          areaDashboard(
            { kind: 'province', code: '32', name: 'Jawa Barat' },
            [
              regionRow('regency', '3273', 'Kota Bandung', 25, 15),
              regionRow('regency', '3205', 'Kabupaten Garut', 15, 5),
            ],
            semester2,
            period,
          ),
        ),
    });
    renderAppAt('/dasbor');
    const user = userEvent.setup();
    await screen.findByRole('region', { name: 'Rincian per Provinsi' });
    expect(screen.getByRole('row', { name: /Jawa Barat/ }).textContent).toContain('25%');

    const document = screen.getByLabelText('Dokumen Evaluasi Kinerja');
    expect(
      within(document)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Semester II', 'Akhir']);
    expect((document as HTMLSelectElement).value).toBe('akhir');
    await user.selectOptions(document, 'semester_2');
    expect(window.location.search).toBe('?document=semester_2');
    expect(fetched()).toContain('/api/dashboards/provinces?document=semester_2');
    await screen.findByText('50%');
    expect(screen.getByRole('link', { name: 'Unduh XLSX' }).getAttribute('href')).toBe(
      '/api/dashboards/provinces.xlsx?periodId=2024-S2&document=semester_2',
    );

    await user.click(screen.getByRole('link', { name: 'Jawa Barat' }));
    expect(window.location.pathname).toBe('/dasbor/provinsi/32');
    await screen.findByRole('region', { name: 'Rincian per Kabupaten/Kota' });
    expect(fetched()).toContain(
      '/api/dashboards/provinces/32?periodId=2024-S2&document=semester_2',
    );
    expect(screen.getByText('Jawa Barat', { selector: 'strong' })).toBeTruthy();
    expect(rowNames()).toEqual(['Kabupaten Garut', 'Kota Bandung']);
    // Kabupaten/kota rows are the deepest level here: no links.
    expect(
      within(screen.getByRole('region', { name: 'Rincian per Kabupaten/Kota' })).queryByRole(
        'link',
      ),
    ).toBeNull();
    expect(screen.getByRole('link', { name: 'Unduh XLSX' }).getAttribute('href')).toBe(
      '/api/dashboards/provinces/32.xlsx?periodId=2024-S2&document=semester_2',
    );
  });
});
