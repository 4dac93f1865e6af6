import {
  meResponseSchema,
  myPlanResponseSchema,
  planOptionsResponseSchema,
  practiceOptionsResponseSchema,
  type Plan,
} from '@kinerja/contract';
import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { installFakeApi, makeMe, reply } from '../../../test/fake-api';
import { renderAppAt } from '../../../test/render-app';
import {
  completeContent,
  makeMine,
  makePlan,
  PLAN_ID,
  planOptions,
  practiceOptions,
} from '../planning-test-data';

configure({ asyncUtilTimeout: 5000 });

const BLOCKED: Plan['supervision'] = {
  mode: 'blocked',
  basis: null,
  approver: null,
  assessor: null,
  message: 'Data atasan Anda tidak ditemukan',
  hint: 'Hubungi Operator Sekolah atau Dinas Pendidikan Daerah untuk menyesuaikan data Dapodik.',
};

function api(plan: Plan) {
  installFakeApi({
    'GET /api/me': () => reply(meResponseSchema, makeMe()),
    'GET /api/plans/mine': () => reply(myPlanResponseSchema, makeMine(plan)),
    [`GET /api/plans/${PLAN_ID}/options`]: () => reply(planOptionsResponseSchema, planOptions),
    [`GET /api/plans/${PLAN_ID}/practice-options`]: () =>
      reply(practiceOptionsResponseSchema, practiceOptions),
  });
}

describe('a plan without an atasan says so, and what to do (issue #11 item 9, domain.md §7)', () => {
  it('the submit dialog does not promise an atasan', async () => {
    api(makePlan({ lastTab: 'summary', content: completeContent, supervision: BLOCKED }));
    renderAppAt('/rencana');
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'Lanjut Ajukan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ajukan Perencanaan Kinerja?' });
    expect(dialog.textContent).not.toContain('akan diajukan kepada atasan Anda');
    expect(dialog.textContent).toContain('belum ada atasan yang dapat menyetujuinya');
    expect(
      within(dialog).getByText(/Minta Operator Sekolah memperbaiki data Kepala Sekolah di Dapodik/),
    ).toBeTruthy();
  });

  it('the submitted plan explains why it waits and that it reaches the new atasan by itself', async () => {
    api(
      makePlan({
        status: 'submitted',
        statusLabel: 'Perlu disetujui',
        content: completeContent,
        submittedAt: '2026-01-12T03:00:00.000Z',
        submissionCount: 1,
        supervision: BLOCKED,
        abilities: {
          canEdit: false,
          canSubmit: false,
          canApprove: false,
          canReturn: false,
          canWriteExpectations: false,
          canDownloadPdf: true,
          canViewHistory: false,
          canConfirmPersonalData: false,
          canEditPersonalData: false,
          canConfirmTeam: false,
        },
      }),
    );
    renderAppAt('/rencana');
    const note = await screen.findByTestId('supervision-note');
    expect(note.textContent).toContain('Data atasan Anda tidak ditemukan');
    expect(note.textContent).toContain('belum memiliki Kepala Sekolah definitif atau Plt');
    expect(note.textContent).toContain('otomatis diteruskan kepada Kepala Sekolah');
  });
});
