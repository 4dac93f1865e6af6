import {
  planOptionsResponseSchema,
  rhkOverviewResponseSchema,
  type RhkOverviewResponse,
} from '@kinerja/contract';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../lib/i18n/i18n';
import { installFakeApi, replyError } from '../../../test/fake-api';
import { RhkChangeForm } from './rhk-change-form';
import { loadAllMessagePacks } from '../../../lib/i18n/message-packs';

// In the app each area's texts arrive with its pages (message-packs.ts); here all at once.
await loadAllMessagePacks();

afterEach(cleanup);

const overview: RhkOverviewResponse = rhkOverviewResponseSchema.parse({
  planId: 'p-1',
  planVersion: 3,
  isChangedByEmployee: false,
  competencyPoints: { total: 44, min: 32 },
  competency: [],
  additionalDuties: [
    {
      code: 'wali_kelas',
      title: 'Wali Kelas',
      points: null,
      count: 1,
      skReference: '',
      changedByEmployee: false,
    },
  ],
  canChange: true,
  changeBlockedReason: null,
  changeClosesBefore: '2024-06-01',
  changes: [],
});

const options = planOptionsResponseSchema.parse({
  tabs: [],
  mainDuties: { isFocusRequired: false, duties: [] },
  competency: {
    mode: 'points',
    minPoints: 32,
    recommendedMaxPoints: 128,
    maxCountPerActivity: 16,
    rhks: [],
  },
  additionalDuties: {
    tab: 'additional_duties',
    isSkReferenceRequired: false,
    duties: [
      { code: 'wali_kelas', name: 'Wali Kelas', weeklyJp: 2, legalBasis: 'Permendikbud 15/2018' },
      { code: 'guru_piket', name: 'Guru Piket', weeklyJp: 1, legalBasis: 'Permendikbud 15/2018' },
    ],
  },
  workBehaviour: {
    requiredValueCodes: [],
    minSelectedValues: 1,
    isSupervisorExpectationRequired: false,
    values: [],
  },
});

describe('Ubah Rencana Hasil Kerja: the server’s words, next to the duty (issue 14 item 6)', () => {
  it('a missing SK shows the server’s message naming the duty, not "Periksa kembali setiap tab"', async () => {
    const message = 'Isi nomor SK / Surat Tugas untuk tugas tambahan "Guru Piket".';
    const api = installFakeApi({
      'PUT /api/plans/p-1/rhk': () =>
        replyError(422, {
          code: 'PLAN_HAS_PROBLEMS',
          message: 'Perencanaan Kinerja belum lengkap. Periksa kembali setiap tab.',
          requestId: 'r-1',
          fields: [{ field: 'additionalDuties[1].skReference', message }],
        }),
    });
    render(
      <I18nProvider>
        <RhkChangeForm
          overview={overview}
          options={options}
          onSaved={() => undefined}
          onCancel={() => undefined}
        />
      </I18nProvider>,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: 'Guru Piket' }));
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Simpan' }),
    );
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    await screen.findByText(message, { selector: '.field-error' });
    expect(document.body.textContent).not.toContain('setiap tab');
    expect(alert.textContent).toBe(message);
    const field = screen.getByRole('textbox', { name: /Guru Piket/ });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    // The untouched Wali Kelas is sent as it was; the server asks nothing of it.
    const body = api.calls[0]?.body as { additionalDuties: unknown };
    expect(body.additionalDuties).toEqual([
      { code: 'wali_kelas', skReference: '' },
      { code: 'guru_piket', skReference: '' },
    ]);
  });
});
