import { meResponseSchema, schoolDashboardResponseSchema } from '@kinerja/contract';
import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { installFakeApi, reply, replyError } from '../../../test/fake-api';
import { renderAppAt } from '../../../test/render-app';
import { meAs, schoolDashboard } from '../test/dashboard-test-data';

// The machine running the suite may be busy: allow the first load more than the default second.
configure({ asyncUtilTimeout: 5000 });

const principal = () => meAs('principal_supervisor', { schoolId: 'school-a' });

/** The teachers' names in the table, top to bottom. */
const teacherNames = () =>
  within(screen.getByRole('region', { name: 'Kemajuan Guru' }))
    .getAllByRole('rowheader')
    .map((cell) => cell.querySelector('.dash-name')?.textContent);

describe('Dasbor Kinerja (/dasbor) for Kepala Sekolah sebagai Atasan', () => {
  it('shows the cards, both charts and the teachers, and filters by stage and name', async () => {
    installFakeApi({
      'GET /api/me': () => reply(meResponseSchema, principal()),
      'GET /api/schools/school-a/dashboard': () =>
        reply(schoolDashboardResponseSchema, schoolDashboard()),
    });
    renderAppAt('/dasbor');
    const user = userEvent.setup();
    await screen.findByRole('region', { name: 'Kemajuan Guru' });
    expect(screen.getByText('NPSN 20200001')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Dasbor Kinerja' })).toBeTruthy();
    expect(screen.getByText('Periode: Januari–Desember 2026')).toBeTruthy();
    expect(screen.getByText('Dokumen Evaluasi Kinerja: Tahunan')).toBeTruthy();
    // Only area dashboards are downloadable.
    expect(screen.queryByRole('link', { name: 'Unduh XLSX' })).toBeNull();

    const card = (name: string) => document.querySelector(`[data-card="${name}"]`)?.textContent;
    expect(screen.getByText('Jumlah Guru').nextElementSibling?.textContent).toBe('4');
    expect(card('approved')).toBe('Rencana Disetujui375% dari 4 guru');
    expect(card('executed')).toBe('Pelaksanaan Selesai250% dari 4 guru');
    expect(card('final')).toBe('Penilaian Ditetapkan125% dari 4 guru');

    expect(
      screen.getByRole('img', {
        name: 'Status Perencanaan Kinerja 4 guru: Belum mulai 1, Draf 0, Perlu disetujui 0, Dikembalikan 0, Disetujui 3.',
      }),
    ).toBeTruthy();
    expect(
      screen.getByRole('img', {
        name: 'Predikat Kinerja dari 1 penilaian ditetapkan: Sangat Baik 0, Baik 1, Butuh Perbaikan 0, Kurang 0, Sangat Kurang 0.',
      }),
    ).toBeTruthy();
    // The legend repeats the numbers in text.
    const legend = within(screen.getByRole('region', { name: 'Status Perencanaan Kinerja' }));
    expect(legend.getByText('Disetujui').parentElement?.textContent).toBe('Disetujui3(75%)');

    expect(teacherNames()).toEqual([
      'Budi Santoso, S.Pd.',
      'Andi Wijaya, S.Pd.',
      'Citra Lestari, S.Pd.',
      'Dewi Anggraini, M.Pd.',
    ]);
    const andi = screen.getByRole('row', { name: /Andi Wijaya/ });
    expect(
      within(andi)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Disetujui', 'Selesai', 'Ditetapkan', 'Baik']);
    // The principal opens a teacher's assessment from the row; "Belum mulai" has no plan to open.
    expect(
      within(andi).getByRole('link', { name: 'Andi Wijaya, S.Pd.' }).getAttribute('href'),
    ).toBe('/penilaian/plan-2');
    expect(
      within(screen.getByRole('row', { name: /Budi Santoso/ })).queryByRole('link'),
    ).toBeNull();

    const stages = screen.getByRole('group', { name: 'Filter tahap' });
    await user.click(within(stages).getByRole('button', { name: 'Perencanaan 1' }));
    expect(teacherNames()).toEqual(['Budi Santoso, S.Pd.']);
    await user.click(within(stages).getByRole('button', { name: 'Pelaksanaan 1' }));
    expect(teacherNames()).toEqual(['Dewi Anggraini, M.Pd.']);
    await user.click(within(stages).getByRole('button', { name: 'Penilaian 1' }));
    expect(teacherNames()).toEqual(['Citra Lestari, S.Pd.']);
    await user.click(within(stages).getByRole('button', { name: 'Selesai 1' }));
    expect(teacherNames()).toEqual(['Andi Wijaya, S.Pd.']);
    expect(screen.getByText('Menampilkan 1 dari 4 guru.')).toBeTruthy();

    await user.click(within(stages).getByRole('button', { name: 'Semua 4' }));
    await user.type(screen.getByLabelText('Cari nama atau NIP'), 'lestari');
    expect(teacherNames()).toEqual(['Citra Lestari, S.Pd.']);
    await user.clear(screen.getByLabelText('Cari nama atau NIP'));
    await user.type(screen.getByLabelText('Cari nama atau NIP'), 'tidak ada');
    expect(
      screen.getByText('Tidak ada guru yang sesuai dengan filter atau pencarian ini.'),
    ).toBeTruthy();

    const dasbor = within(screen.getByRole('navigation', { name: 'Navigasi utama' })).getByRole(
      'link',
      { name: 'Dasbor' },
    );
    expect(dasbor.getAttribute('aria-current')).toBe('page');
  });

  it('says when the period has no data yet', async () => {
    installFakeApi({
      'GET /api/me': () => reply(meResponseSchema, principal()),
      'GET /api/schools/school-a/dashboard': () =>
        reply(schoolDashboardResponseSchema, schoolDashboard({ rows: [] })),
    });
    renderAppAt('/dasbor');
    expect(await screen.findByText('Belum ada data pada periode ini.')).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows the error with "Coba lagi", and loads again when asked', async () => {
    let calls = 0;
    installFakeApi({
      'GET /api/me': () => reply(meResponseSchema, principal()),
      'GET /api/schools/school-a/dashboard': () =>
        ++calls === 1
          ? replyError(503, { code: 'UNAVAILABLE', message: 'Server sedang sibuk.' })
          : reply(schoolDashboardResponseSchema, schoolDashboard()),
    });
    renderAppAt('/dasbor');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Dasbor tidak dapat dimuat: Server sedang sibuk.');
    expect(screen.queryByRole('table')).toBeNull();
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findByRole('region', { name: 'Kemajuan Guru' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(calls).toBe(2);
  });

  it('tells other roles the dashboard is not theirs, and offers no "Dasbor" link', async () => {
    installFakeApi({ 'GET /api/me': () => reply(meResponseSchema, meAs('teacher')) });
    renderAppAt('/dasbor');
    expect(
      await screen.findByText(/Dasbor untuk peran Kepala Sekolah sebagai Atasan/),
    ).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Dasbor' })).toBeNull();
  });
});
