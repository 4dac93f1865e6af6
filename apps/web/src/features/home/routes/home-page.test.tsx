import {
  homeResponseSchema,
  meResponseSchema,
  notificationListResponseSchema,
  okResponseSchema,
  type HomeResponse,
} from '@kinerja/contract';
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { installFakeApi, makeMe, reply } from '../../../test/fake-api';
import { renderAppAt } from '../../../test/render-app';

/** The whole app loads first (session, bell, page); a busy test machine may need a while. */
const FIRST_LOAD = { timeout: 5_000 };

const planning = {
  stage: 'planning' as const,
  label: 'Perencanaan Kinerja',
  opensOn: '2026-01-08',
  closesOn: '2026-01-31',
};
const execution = {
  stage: 'execution' as const,
  label: 'Pelaksanaan Kinerja',
  status: 'upcoming' as const,
  opensOn: '2026-02-01',
  closesOn: '2026-11-30',
  effectiveClosesOn: '2026-11-30',
  daysLeft: null,
  isLockedOut: false,
};
const task = {
  role: 'teacher',
  description: null,
  dueOn: null,
  planId: null,
  schoolId: null,
  dinasId: null,
  count: null,
};

function install(home: HomeResponse, me = makeMe()) {
  return installFakeApi({
    'POST /api/me/role': () => reply(okResponseSchema, { ok: true }),
    'GET /api/me': () => reply(meResponseSchema, me),
    'GET /api/home': () => reply(homeResponseSchema, home),
    'GET /api/notifications': () =>
      reply(notificationListResponseSchema, { unreadCount: 0, notifications: [] }),
  });
}

describe('home: what is due', () => {
  it('lists the teacher’s task with its deadline and days left, linking to Rencana', async () => {
    install({
      period: { id: '2026', label: 'Januari–Desember 2026' },
      deadlines: [
        {
          ...planning,
          status: 'closing_soon',
          effectiveClosesOn: '2026-01-31',
          daysLeft: 5,
          isLockedOut: false,
        },
        execution,
      ],
      tasks: [
        {
          ...task,
          code: 'plan_draft',
          title: 'Lengkapi dan ajukan Perencanaan Kinerja',
          description: 'Ajukan paling lambat 31 Januari 2026.',
          dueOn: '2026-01-31',
        },
      ],
      unreadNotifications: 0,
    });
    renderAppAt('/');
    const due = await screen.findByRole('region', { name: 'Yang perlu dilakukan' }, FIRST_LOAD);
    const link = await within(due).findByRole('link', {
      name: /Lengkapi dan ajukan Perencanaan Kinerja/,
    });
    expect(link.getAttribute('href')).toBe('/rencana');
    // The server's own sentence names the date; it is not repeated.
    expect(link.textContent).toContain('Ajukan paling lambat 31 Januari 2026.');
    expect(link.textContent?.split('31 Januari 2026')).toHaveLength(2);
    expect(link.textContent).toContain('5 hari lagi');
    expect(
      within(due).getByText(/Perencanaan Kinerja ditutup pada 31 Januari 2026\./),
    ).toBeTruthy();
    expect(within(due).getByText('Segera ditutup')).toBeTruthy();
    // Stages not open yet stay on the period card, not in the due list.
    expect(within(due).queryByText(/Pelaksanaan Kinerja dibuka/)).toBeNull();
    expect(screen.queryByText(/Perencanaan, pelaksanaan dan penilaian .* segera hadir/)).toBeNull();
  });

  it('shows an extension and the principal’s approvals (to Periksa) for a person with two roles', async () => {
    const me = makeMe({
      roles: [
        {
          role: 'principal_supervisor',
          label: 'Kepala Sekolah sebagai Atasan',
          schoolId: 'school-a',
          schoolName: 'SMA Negeri 1 Contoh Bandung',
          dinasId: null,
          dinasName: null,
        },
        {
          role: 'principal_employee',
          label: 'Kepala Sekolah sebagai Pegawai',
          schoolId: 'school-a',
          schoolName: 'SMA Negeri 1 Contoh Bandung',
          dinasId: null,
          dinasName: null,
        },
      ],
      activeRole: 'principal_supervisor',
    });
    const api = install(
      {
        period: { id: '2026', label: 'Januari–Desember 2026' },
        deadlines: [
          {
            ...planning,
            status: 'extended',
            effectiveClosesOn: '2026-02-07',
            daysLeft: 3,
            isLockedOut: false,
          },
        ],
        tasks: [
          {
            ...task,
            role: 'principal_supervisor',
            code: 'plans_to_approve',
            title: '2 Perencanaan Kinerja perlu disetujui',
            dueOn: '2026-01-31',
            schoolId: 'school-a',
            count: 2,
          },
          {
            ...task,
            role: 'principal_employee',
            code: 'plan_approved',
            title: 'Perencanaan Kinerja disetujui',
          },
        ],
        unreadNotifications: 0,
      },
      me,
    );
    renderAppAt('/');
    const due = await screen.findByRole('region', { name: 'Yang perlu dilakukan' }, FIRST_LOAD);
    const approvals = await within(due).findByRole('link', { name: /2 Perencanaan Kinerja/ });
    expect(approvals.getAttribute('href')).toBe('/periksa');
    // The role is named once, as the guides name it (not "Sebagai Kepala Sekolah sebagai …").
    expect(approvals.textContent).toContain('Kepala Sekolah sebagai Atasan');
    expect(approvals.textContent).not.toContain('Sebagai Kepala');
    expect(
      within(due)
        .getByRole('link', { name: /disetujui$/ })
        .getAttribute('href'),
    ).toBe('/rencana');
    expect(
      within(due).getByText(
        'Perencanaan Kinerja diperpanjang untuk Anda sampai 7 Februari 2026 (batas umum 31 Januari 2026).',
        { exact: false },
      ),
    ).toBeTruthy();
    // A to-do of the person's other role switches to that role, then opens its page (finding 6).
    within(due)
      .getByRole('link', { name: /disetujui$/ })
      .click();
    await vi.waitFor(() => expect(window.location.pathname).toBe('/rencana'));
    expect(api.calls).toContainEqual(
      expect.objectContaining({
        method: 'POST',
        path: '/api/me/role',
        body: { role: 'principal_employee' },
      }),
    );
  });

  it('tells a locked-out teacher whom to ask', async () => {
    install({
      period: { id: '2026', label: 'Januari–Desember 2026' },
      deadlines: [
        {
          ...planning,
          status: 'closed',
          effectiveClosesOn: '2026-01-31',
          daysLeft: null,
          isLockedOut: true,
        },
      ],
      tasks: [
        {
          ...task,
          code: 'plan_not_started',
          title: 'Mulai Perencanaan Kinerja',
          dueOn: '2026-01-31',
        },
      ],
      unreadNotifications: 0,
    });
    renderAppAt('/');
    const due = await screen.findByRole('region', { name: 'Yang perlu dilakukan' }, FIRST_LOAD);
    await within(due).findByText(/Perencanaan Kinerja sudah ditutup pada 31 Januari 2026/);
    expect(within(due).getByText(/Mintalah perpanjangan kepada Dinas Pendidikan/)).toBeTruthy();
    const start = within(due).getByRole('link', { name: /Mulai Perencanaan Kinerja/ });
    expect(start.textContent).toContain('Paling lambat 31 Januari 2026 Ditutup');
  });

  it('shows a pengawas in January when Pelaksanaan opens, not the Perencanaan deadline', async () => {
    // The server sends a pengawas only the stages of the pengawas' own tasks (issue #11).
    install({
      period: { id: '2026', label: 'Januari–Desember 2026' },
      deadlines: [execution],
      tasks: [],
      unreadNotifications: 0,
    });
    renderAppAt('/');
    const due = await screen.findByRole('region', { name: 'Yang perlu dilakukan' }, FIRST_LOAD);
    await within(due).findByText(/Pelaksanaan Kinerja dibuka pada 1 Februari 2026\./);
    expect(within(due).queryByText(/Perencanaan Kinerja/)).toBeNull();
  });

  it('does not tell an operator in December that Perencanaan has closed', async () => {
    install({
      period: { id: '2026', label: 'Januari–Desember 2026' },
      deadlines: [
        {
          ...planning,
          status: 'closed',
          effectiveClosesOn: '2026-01-31',
          daysLeft: null,
          isLockedOut: true,
        },
        {
          stage: 'assessment',
          label: 'Penilaian Kinerja',
          status: 'open',
          opensOn: '2026-12-01',
          closesOn: '2026-12-31',
          effectiveClosesOn: '2026-12-31',
          daysLeft: 24,
          isLockedOut: false,
        },
      ],
      tasks: [],
      unreadNotifications: 0,
    });
    renderAppAt('/');
    const due = await screen.findByRole('region', { name: 'Yang perlu dilakukan' }, FIRST_LOAD);
    await within(due).findByText(/Penilaian Kinerja ditutup pada 31 Desember 2026\./);
    expect(within(due).queryByText(/Perencanaan Kinerja/)).toBeNull();
  });
});
