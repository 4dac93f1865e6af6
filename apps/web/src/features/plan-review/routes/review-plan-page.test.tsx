import {
  meResponseSchema,
  planErrorResponseSchema,
  planHistoryResponseSchema,
  planOptionsResponseSchema,
  planSchema,
  schoolPlanListResponseSchema,
} from '@kinerja/contract';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { installFakeApi, reply, replyError, type FakeReply } from '../../../test/fake-api';
import { renderAppAt } from '../../../test/render-app';
import {
  planIdOf,
  planOptions,
  principalMe,
  schoolList,
  submittedPlan,
  teacherRow,
} from '../test/review-test-data';

const planPath = `/api/plans/${planIdOf(2)}`;

/** The API around one submitted plan; `extra` answers the writes of a test. */
function fakeApi(extra: Parameters<typeof installFakeApi>[0]) {
  return installFakeApi({
    'GET /api/me': () => reply(meResponseSchema, principalMe()),
    [`GET ${planPath}`]: () => reply(planSchema, submittedPlan()),
    [`GET ${planPath}/options`]: () => reply(planOptionsResponseSchema, planOptions()),
    [`GET ${planPath}/history`]: () =>
      reply(planHistoryResponseSchema, { versions: [], decisions: [] }),
    'GET /api/schools/school-a/plans': () =>
      reply(
        schoolPlanListResponseSchema,
        schoolList([teacherRow(2, 'Andi Wijaya, S.Pd.', 'returned')]),
      ),
    ...extra,
  });
}

const errorOf = (field: HTMLElement) => {
  const id = field
    .getAttribute('aria-describedby')
    ?.split(' ')
    .find((entry) => entry.endsWith('-error'));
  return document.getElementById(id ?? '')?.textContent;
};

// The machine running the suite may be busy: allow the first load more than the default second.
configure({ asyncUtilTimeout: 5000 });

describe('review page (/periksa/:planId)', () => {
  it('asks for a note before returning: the server’s field error shows on "Catatan"', async () => {
    const api = fakeApi({
      [`POST ${planPath}/return`]: (call) => {
        const note = (call.body as { note: string }).note;
        if (note.trim() === '') {
          return replyError(400, {
            code: 'VALIDATION_FAILED',
            message:
              'Data tidak valid — note: catatan wajib diisi: tulis apa yang perlu diperbaiki',
            fields: [
              { field: 'note', message: 'catatan wajib diisi: tulis apa yang perlu diperbaiki' },
            ],
          });
        }
        return reply(
          planSchema,
          submittedPlan({ status: 'returned', statusLabel: 'Dikembalikan', returnNote: note }),
        );
      },
    });
    renderAppAt(`/periksa/${planIdOf(2)}`);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Kembalikan' }));
    const dialog = screen.getByRole('dialog', { name: 'Kembalikan Perencanaan Kinerja' });
    await user.click(within(dialog).getByRole('button', { name: 'Kembalikan' }));

    const note = within(dialog).getByLabelText('Catatan');
    await waitFor(() => expect(note.getAttribute('aria-invalid')).toBe('true'));
    expect(errorOf(note)).toBe('catatan wajib diisi: tulis apa yang perlu diperbaiki');
    expect(within(dialog).getByRole('alert').textContent).toBe('Periksa isian yang ditandai.');

    await user.type(note, 'Perjelas perilaku pada nilai Akuntabel.');
    await user.click(within(dialog).getByRole('button', { name: 'Kembalikan' }));

    await waitFor(() => expect(window.location.pathname).toBe('/periksa'));
    expect(
      (
        await screen.findByText(
          'Perencanaan Kinerja Andi Wijaya, S.Pd. dikembalikan dengan catatan.',
        )
      ).getAttribute('role'),
    ).toBe('status');
    const returns = api.calls.filter((call) => call.path === `${planPath}/return`);
    expect(returns.map((call) => call.body)).toEqual([
      { version: 3, note: '' },
      { version: 3, note: 'Perjelas perilaku pada nilai Akuntabel.' },
    ]);
  });

  it('keeps the typed expectations when a save fails, and after a conflict reloads the plan', async () => {
    let attempt = 0;
    const api = fakeApi({
      [`PUT ${planPath}/supervisor-expectations`]: () => {
        attempt += 1;
        if (attempt === 1)
          return replyError(500, { code: 'INTERNAL', message: 'Terjadi kesalahan pada server.' });
        if (attempt === 2) {
          // Someone else wrote meanwhile: 409 with the server copy (version 4).
          const current = submittedPlan({
            version: 4,
            supervisorExpectations: {
              akuntabel: { text: 'Hadir tepat waktu', writtenAt: '2026-01-12T03:00:00.000Z' },
            },
          });
          return {
            status: 409,
            body: planErrorResponseSchema.parse({
              error: {
                code: 'PLAN_VERSION_CONFLICT',
                message: 'Rencana ini sudah diubah di perangkat atau tab lain.',
                current,
              },
            }),
          };
        }
        return reply(
          planSchema,
          submittedPlan({
            version: 5,
            supervisorExpectations: {
              berorientasi_pelayanan: {
                text: 'Layani orang tua murid dengan ramah',
                writtenAt: '2026-01-12T03:05:00.000Z',
              },
              akuntabel: { text: 'Hadir tepat waktu', writtenAt: '2026-01-12T03:00:00.000Z' },
            },
          }),
        );
      },
    });
    renderAppAt(`/periksa/${planIdOf(2)}`);
    const user = userEvent.setup();
    const form = await screen.findByRole('group', { name: 'Ekspektasi Khusus Pimpinan' });
    const pelayanan = await within(form).findByLabelText('Berorientasi Pelayanan');
    await user.type(pelayanan, 'Layani orang tua murid dengan ramah');
    expect(screen.getByText('Ada perubahan yang belum disimpan.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText('Terjadi kesalahan pada server.')).toBeTruthy();
    expect(pelayanan).toHaveProperty('value', 'Layani orang tua murid dengan ramah');

    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(
      await screen.findByText(/Rencana ini baru saja diubah di perangkat atau tab lain/),
    ).toBeTruthy();
    // The typed text stays; the untouched value takes what the other device wrote.
    expect(pelayanan).toHaveProperty('value', 'Layani orang tua murid dengan ramah');
    expect(within(form).getByLabelText('Akuntabel')).toHaveProperty('value', 'Hadir tepat waktu');

    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText('Ekspektasi Khusus Pimpinan tersimpan.')).toBeTruthy();
    const saves = api.calls.filter((call) => call.path === `${planPath}/supervisor-expectations`);
    expect(saves.map((call) => (call.body as { version: number }).version)).toEqual([3, 3, 4]);
    expect(saves[2]?.body).toEqual({
      version: 4,
      expectations: { berorientasi_pelayanan: 'Layani orang tua murid dengan ramah' },
    });
    expect(screen.queryByText('Ada perubahan yang belum disimpan.')).toBeNull();
  });

  it('approves once, with the typed expectations, and goes back to the list', async () => {
    let answer: (value: FakeReply) => void = () => undefined;
    // 2026: the employee entered the agreed expectation for one value; it is shown to start from.
    const agreed = submittedPlan();
    agreed.content.workBehaviour.berorientasi_pelayanan = {
      behaviourCode: 'bp_a',
      supervisorExpectation: 'Ramah kepada orang tua murid',
    };
    const api = fakeApi({
      [`GET ${planPath}`]: () => reply(planSchema, agreed),
      [`POST ${planPath}/approve`]: () => new Promise<FakeReply>((resolve) => (answer = resolve)),
    });
    renderAppAt(`/periksa/${planIdOf(2)}`);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Akuntabel'), 'Laporan tepat waktu');
    expect(screen.getByLabelText('Berorientasi Pelayanan')).toHaveProperty(
      'value',
      'Ramah kepada orang tua murid',
    );
    await user.click(screen.getByRole('button', { name: 'Setujui' }));
    const dialog = screen.getByRole('dialog', { name: 'Setujui Perencanaan Kinerja?' });
    await user.click(within(dialog).getByRole('button', { name: 'Setujui' }));
    expect(within(dialog).getByRole('button', { name: 'Menyetujui…' })).toHaveProperty(
      'disabled',
      true,
    );
    await user.click(within(dialog).getByRole('button', { name: 'Menyetujui…' }));
    answer(reply(planSchema, submittedPlan({ status: 'approved', statusLabel: 'Disetujui' })));

    expect(
      await screen.findByText('Perencanaan Kinerja Andi Wijaya, S.Pd. disetujui.'),
    ).toBeTruthy();
    expect(window.location.pathname).toBe('/periksa');
    const approvals = api.calls.filter((call) => call.path === `${planPath}/approve`);
    expect(approvals.map((call) => call.body)).toEqual([
      {
        version: 3,
        supervisorExpectations: { akuntabel: 'Laporan tepat waktu' },
      },
    ]);
  });
});
