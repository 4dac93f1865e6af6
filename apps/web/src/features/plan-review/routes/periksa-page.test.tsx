import {
  bulkApprovePlansResponseSchema,
  meResponseSchema,
  schoolPlanListResponseSchema,
} from '@kinerja/contract';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { installFakeApi, reply } from '../../../test/fake-api';
import { renderAppAt } from '../../../test/render-app';
import { planIdOf, principalMe, schoolList, teacherRow } from '../test/review-test-data';

const rows = [
  teacherRow(1, 'Budi Santoso, S.Pd.', 'not_started'),
  teacherRow(2, 'Andi Wijaya, S.Pd.', 'submitted', '199203152019031008'),
  teacherRow(3, 'Citra Lestari, S.Pd.', 'submitted', '198805052015032002'),
  teacherRow(4, 'Dewi Anggraini, M.Pd.', 'approved'),
  teacherRow(5, 'Eko Prasetyo, S.Pd.', 'draft'),
];

const names = () =>
  within(screen.getByRole('main'))
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.review-name')?.textContent)
    .filter(Boolean);

// The machine running the suite may be busy: allow the first load more than the default second.
configure({ asyncUtilTimeout: 5000 });

describe('Periksa (/periksa) for Kepala Sekolah sebagai Atasan', () => {
  it('filters by status chip (with counts) and by name or NIP', async () => {
    installFakeApi({
      'GET /api/me': () => reply(meResponseSchema, principalMe()),
      'GET /api/schools/school-a/plans': () =>
        reply(schoolPlanListResponseSchema, schoolList(rows)),
    });
    renderAppAt('/periksa');
    const user = userEvent.setup();
    const filter = await screen.findByRole('group', { name: 'Filter status' });
    expect(
      within(filter).getByRole('button', { name: 'Semua 5' }).getAttribute('aria-pressed'),
    ).toBe('true');
    expect(names()).toHaveLength(5);

    await user.click(within(filter).getByRole('button', { name: 'Perlu disetujui 2' }));
    expect(window.location.search).toBe('?status=submitted');
    expect(names()).toEqual(['Andi Wijaya, S.Pd.', 'Citra Lestari, S.Pd.']);
    expect(screen.getByText('Menampilkan 2 dari 5 guru.')).toBeTruthy();

    await user.type(screen.getByLabelText('Cari nama atau NIP'), '19880505');
    expect(names()).toEqual(['Citra Lestari, S.Pd.']);
    expect(
      screen.getByRole('link', { name: 'Periksa Perencanaan Kinerja Citra Lestari, S.Pd.' }),
    ).toBeTruthy();

    await user.clear(screen.getByLabelText('Cari nama atau NIP'));
    await user.click(within(filter).getByRole('button', { name: 'Belum mulai 1' }));
    expect(names()).toEqual(['Budi Santoso, S.Pd.']);
    // "Belum mulai" has no plan to open and nothing to approve.
    expect(screen.queryByRole('link', { name: /Budi Santoso/ })).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();

    await user.click(within(filter).getByRole('button', { name: 'Disetujui 1' }));
    expect(
      screen.getByRole('link', { name: 'Lihat Perencanaan Kinerja Dewi Anggraini, M.Pd.' }),
    ).toBeTruthy();
  });

  it('approves the selected plans after a confirmation and shows each plan’s outcome', async () => {
    let approved = false;
    const api = installFakeApi({
      'GET /api/me': () => reply(meResponseSchema, principalMe()),
      'GET /api/schools/school-a/plans': () =>
        reply(
          schoolPlanListResponseSchema,
          schoolList(
            approved
              ? [
                  {
                    ...rows[1]!,
                    status: 'approved',
                    statusLabel: 'Disetujui',
                    abilities: { canView: true, canApprove: false, canReturn: false },
                  },
                  rows[2]!,
                ]
              : rows,
          ),
        ),
      'POST /api/schools/school-a/plans/approve': () => {
        approved = true;
        return reply(bulkApprovePlansResponseSchema, {
          approvedCount: 1,
          results: [
            { planId: planIdOf(2), ok: true, status: 'approved', code: null, message: 'Disetujui' },
            {
              planId: planIdOf(3),
              ok: false,
              status: null,
              code: 'PLAN_VERSION_CONFLICT',
              message: 'Rencana ini sudah diubah di perangkat atau tab lain.',
            },
          ],
        });
      },
    });
    renderAppAt('/periksa');
    const user = userEvent.setup();
    const approve = await screen.findByRole('button', { name: 'Setujui yang dipilih' });
    expect(approve).toHaveProperty('disabled', true);

    await user.click(screen.getByRole('checkbox', { name: 'Pilih Andi Wijaya, S.Pd.' }));
    await user.click(screen.getByRole('checkbox', { name: 'Pilih Citra Lestari, S.Pd.' }));
    expect(screen.getByText('2 rencana dipilih')).toBeTruthy();
    await user.click(approve);

    const dialog = screen.getByRole('dialog', { name: 'Setujui 2 Perencanaan Kinerja?' });
    expect(within(dialog).getByText('Andi Wijaya, S.Pd.')).toBeTruthy();
    expect(within(dialog).getByText('Citra Lestari, S.Pd.')).toBeTruthy();
    expect(api.calls.filter((call) => call.method === 'POST')).toHaveLength(0);

    const confirm = within(dialog).getByRole('button', { name: 'Setujui' });
    await user.click(confirm);
    await user.click(confirm);

    const result = await screen.findByTestId('bulk-result');
    expect(within(result).getByText('1 dari 2 rencana disetujui.')).toBeTruthy();
    const items = within(result).getAllByRole('listitem');
    expect(items[0]?.textContent).toBe('Andi Wijaya, S.Pd.: Disetujui');
    expect(items[1]?.textContent).toBe(
      'Citra Lestari, S.Pd.: Gagal — Rencana ini sudah diubah di perangkat atau tab lain.',
    );
    expect(screen.queryByRole('dialog')).toBeNull();

    const posts = api.calls.filter((call) => call.method === 'POST');
    expect(posts).toEqual([
      expect.objectContaining({
        path: '/api/schools/school-a/plans/approve',
        body: { planIds: [planIdOf(2), planIdOf(3)] },
      }),
    ]);
    expect(posts[0]?.headers['x-csrf-token']).toBe('csrf-principal');
    // The list is read again: the failed plan can still be chosen, the approved one not.
    await waitFor(() =>
      expect(screen.queryByRole('checkbox', { name: 'Pilih Andi Wijaya, S.Pd.' })).toBeNull(),
    );
    const citra = screen.getByRole('checkbox', { name: 'Pilih Citra Lestari, S.Pd.' });
    expect(citra).toHaveProperty('checked', false);
  });

  it('explains a Plt school, where submitted plans are approved automatically', async () => {
    installFakeApi({
      'GET /api/me': () => reply(meResponseSchema, principalMe()),
      'GET /api/schools/school-a/plans': () =>
        reply(schoolPlanListResponseSchema, schoolList([rows[3]!], 'automatic')),
    });
    renderAppAt('/periksa');
    expect((await screen.findByTestId('approval-mode')).textContent).toContain(
      'disetujui otomatis oleh sistem',
    );
    expect(screen.queryByRole('button', { name: 'Setujui yang dipilih' })).toBeNull();
  });
});
