import {
  meResponseSchema,
  myPlanResponseSchema,
  planOptionsResponseSchema,
  planSchema,
  practiceOptionsResponseSchema,
  type Plan,
} from '@kinerja/contract';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { installFakeApi, makeMe, reply } from '../../../test/fake-api';
import { renderAppAt } from '../../../test/render-app';
import { makeMine, makePlan, PLAN_ID, planOptions, practiceOptions } from '../planning-test-data';

/** A PPPK teacher's fresh plan: only Jenjang Jabatan may be edited, once (domain.md §3.2). */
function freshPppkPlan(): Plan {
  const plan = makePlan();
  return {
    ...plan,
    version: 1,
    personalData: {
      ...plan.personalData,
      roster: { ...plan.personalData.roster, employmentStatus: 'pppk' },
      editableFields: ['careerLevel'],
      isConfirmed: false,
      confirmedAt: null,
    },
  };
}

describe('Perencanaan Kinerja: Mulai and Data Diri', () => {
  it('starts with "Mulai", then edits only the allowed field, saying Dapodik is not changed', async () => {
    const fresh = freshPppkPlan();
    let current: Plan | null = null;
    const api = installFakeApi({
      'GET /api/me': () => reply(meResponseSchema, makeMe()),
      'GET /api/plans/mine': () => reply(myPlanResponseSchema, makeMine(current)),
      'POST /api/plans': () => {
        current = fresh;
        return reply(planSchema, fresh, 201);
      },
      [`PUT /api/plans/${PLAN_ID}/personal-data`]: () => {
        const base = current ?? fresh;
        current = {
          ...base,
          personalData: {
            ...base.personalData,
            effective: {
              ...base.personalData.effective,
              careerLevel: 'ahli_muda',
              careerLevelLabel: 'Ahli Muda',
            },
            isEdited: true,
            isConfirmed: true,
            confirmedAt: '2026-01-10T02:01:00.000Z',
            editableFields: [],
          },
          abilities: { ...base.abilities, canEditPersonalData: false },
        };
        return reply(planSchema, current);
      },
      [`GET /api/plans/${PLAN_ID}/options`]: () => reply(planOptionsResponseSchema, planOptions),
      [`GET /api/plans/${PLAN_ID}/practice-options`]: () =>
        reply(practiceOptionsResponseSchema, practiceOptions),
    });
    renderAppAt('/rencana');
    const user = userEvent.setup();
    expect((await screen.findByTestId('planning-deadline')).textContent).toContain(
      '31 Januari 2026',
    );
    const start = screen.getByRole('button', { name: 'Mulai' });
    await user.dblClick(start);
    await screen.findByRole('heading', { name: 'Data Diri' });
    expect(api.calls.filter((call) => call.method === 'POST')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Data sudah sesuai' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Edit' }));
    expect(screen.getByText(/tidak mengubah data di Dapodik/)).toBeTruthy();
    expect(screen.queryByLabelText('Pangkat/Golongan')).toBeNull();
    expect(screen.queryByLabelText('Ruang')).toBeNull();
    await user.selectOptions(screen.getByLabelText('Jenjang Jabatan'), 'ahli_muda');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));

    await screen.findByRole('tablist');
    const edit = api.calls.find((call) => call.path.endsWith('/personal-data'));
    expect(edit?.body).toEqual({ careerLevel: 'ahli_muda' });
    await waitFor(() =>
      expect(screen.getByRole('tab', { name: 'Pelaksanaan Tugas Pokok' })).toBeTruthy(),
    );
  });
});
