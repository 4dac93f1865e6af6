import {
  meResponseSchema,
  practiceCycleSchema,
  practiceErrorResponseSchema,
  type ObservationRatingDto,
  type PracticeCycle,
} from '@kinerja/contract';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installFakeApi, reply, replyError, type FakeReply } from '../../../test/fake-api';
import { renderAppAt } from '../../../test/render-app';
import { observationTimings } from '../components/observation-sync';
import { observationCycle, PLAN_ID, principalMe } from '../test/execution-test-data';

const cyclePath = `/api/plans/${PLAN_ID}/practice-cycle`;
const backupKey = `kinerja.observation.${PLAN_ID}`;
type Patch = {
  version: number;
  ratings: Record<string, { rating: ObservationRatingDto | null; note: string }>;
};

const realTimings = { ...observationTimings };
beforeEach(() => {
  // Saves go out at once; automatic retries wait an hour, so only "Coba lagi" retries here.
  Object.assign(observationTimings, {
    ratingDelayMs: 0,
    typingDelayMs: 0,
    retryDelaysMs: [3_600_000],
  });
});
afterEach(() => {
  Object.assign(observationTimings, realTimings);
});

configure({ asyncUtilTimeout: 5000 });

const conflict = (current: PracticeCycle): FakeReply => ({
  status: 409,
  body: practiceErrorResponseSchema.parse({
    error: {
      code: 'PRACTICE_VERSION_CONFLICT',
      message: 'Siklus ini baru saja diubah.',
      current,
    },
  }),
});

/** The principal's API around one cycle at B; `patch` answers each autosave. */
function fakeApi(first: PracticeCycle, patch: (body: Patch, call: number) => FakeReply) {
  const patches: Patch[] = [];
  const api = installFakeApi({
    'GET /api/me': () => reply(meResponseSchema, principalMe()),
    [`GET ${cyclePath}`]: () => reply(practiceCycleSchema, first),
    [`PATCH ${cyclePath}/observation`]: (call) => {
      patches.push(call.body as Patch);
      return patch(call.body as Patch, patches.length);
    },
  });
  return { ...api, patches };
}

const item = (name: RegExp) => screen.findByRole('group', { name });
const saveState = () => screen.getByTestId('save-state');
const checked = (group: HTMLElement, name: string) =>
  within(group).getByRole<HTMLInputElement>('radio', { name }).checked;

describe('observation autosave (/pelaksanaan/siklus/:planId, step B)', () => {
  it('saves a rating by itself, keeps it on the device while the server is down, and retries', async () => {
    const api = fakeApi(observationCycle(5), (body, call) =>
      call === 1
        ? replyError(503, { code: 'UNAVAILABLE', message: 'Server sedang sibuk.' })
        : reply(practiceCycleSchema, observationCycle(6, body.ratings)),
    );
    renderAppAt(`/pelaksanaan/siklus/${PLAN_ID}`);
    const user = userEvent.setup();
    const first = await item(/Refleksi dinamika kelas/);
    await user.click(within(first).getByRole('radio', { name: 'Dilakukan dan Efektif' }));

    await waitFor(() =>
      expect(saveState().textContent).toContain('Belum tersimpan — mencoba lagi'),
    );
    const kept = JSON.parse(window.localStorage.getItem(backupKey) ?? '{}') as {
      items: Record<string, { local: { rating: string } }>;
    };
    expect(kept.items.refleksi_dinamika_kelas?.local.rating).toBe('done_effective');
    expect(screen.getByTestId('observation-progress').textContent).toBe(
      '1 dari 3 perilaku dinilai',
    );

    await user.click(screen.getByRole('button', { name: 'Coba lagi' }));
    await waitFor(() => expect(saveState().textContent).toMatch(/^Tersimpan \d\d\.\d\d WIB$/));
    expect(window.localStorage.getItem(backupKey)).toBeNull();
    const sent = { refleksi_dinamika_kelas: { rating: 'done_effective', note: '' } };
    expect(api.patches).toEqual([
      { version: 5, ratings: sent },
      { version: 5, ratings: sent },
    ]);
    expect(checked(first, 'Dilakukan dan Efektif')).toBe(true);
  });

  it('keeps the rating typed here when another device rated the same behaviour, until the observer chooses', async () => {
    const theirs = observationCycle(6, {
      penguatan_positif: { rating: 'done_effective', note: 'dari tablet' },
    });
    const api = fakeApi(observationCycle(5), (body, call) =>
      call === 1 ? conflict(theirs) : reply(practiceCycleSchema, observationCycle(7, body.ratings)),
    );
    renderAppAt(`/pelaksanaan/siklus/${PLAN_ID}`);
    const user = userEvent.setup();
    const second = await item(/Penguatan positif/);
    await user.click(within(second).getByRole('radio', { name: 'Belum Dilakukan' }));

    const panel = await screen.findByRole('alert', {
      name: 'Penilaian diubah juga di perangkat lain',
    });
    expect(panel.textContent).toContain('Penilaian Anda: Belum Dilakukan');
    expect(panel.textContent).toContain('Perangkat lain: Dilakukan dan Efektif — “dari tablet”');
    // The rating typed here stays on screen and on the device.
    expect(checked(second, 'Belum Dilakukan')).toBe(true);
    expect(window.localStorage.getItem(backupKey)).toContain('not_done');
    expect(saveState().textContent).toBe('Belum tersimpan — diubah juga di perangkat lain.');
    expect(api.patches).toHaveLength(1);

    await user.click(within(panel).getByRole('button', { name: 'Pakai penilaian saya' }));
    await waitFor(() => expect(saveState().textContent).toMatch(/^Tersimpan/));
    expect(api.patches[1]).toEqual({
      version: 6,
      ratings: { penguatan_positif: { rating: 'not_done', note: '' } },
    });
    expect(screen.queryByRole('alert', { name: /perangkat lain/ })).toBeNull();
    expect(checked(second, 'Belum Dilakukan')).toBe(true);
  });

  it('merges without asking when the other device rated a different behaviour', async () => {
    const other = { restitusi: { rating: 'done_not_effective' as const, note: '' } };
    const api = fakeApi(observationCycle(5), (body, call) =>
      call === 1
        ? conflict(observationCycle(6, other))
        : reply(practiceCycleSchema, observationCycle(7, { ...other, ...body.ratings })),
    );
    renderAppAt(`/pelaksanaan/siklus/${PLAN_ID}`);
    const user = userEvent.setup();
    const first = await item(/Refleksi dinamika kelas/);
    await user.click(within(first).getByRole('radio', { name: 'Dilakukan tapi Belum Efektif' }));
    await waitFor(() => expect(saveState().textContent).toMatch(/^Tersimpan/));
    expect(api.patches.map((patch) => patch.version)).toEqual([5, 6]);
    expect(screen.queryByRole('alert', { name: /perangkat lain/ })).toBeNull();
    const third = await item(/Restitusi/);
    expect(checked(third, 'Dilakukan tapi Belum Efektif')).toBe(true);
    expect(screen.getByTestId('observation-progress').textContent).toBe(
      '2 dari 3 perilaku dinilai',
    );
  });

  it('puts back ratings kept on the device after a reload and saves them', async () => {
    window.localStorage.setItem(
      backupKey,
      JSON.stringify({
        planId: PLAN_ID,
        version: 5,
        items: {
          restitusi: {
            base: { rating: null, note: '' },
            local: { rating: 'done_effective', note: 'murid memperbaiki kesalahan' },
          },
        },
        generalNote: null,
        storedAt: '2025-03-10T02:00:00.000Z',
      }),
    );
    const api = fakeApi(observationCycle(5), (body) =>
      reply(practiceCycleSchema, observationCycle(6, body.ratings)),
    );
    renderAppAt(`/pelaksanaan/siklus/${PLAN_ID}`);
    expect((await screen.findByText(/dipulihkan dari perangkat ini/)).textContent).toBeTruthy();
    await waitFor(() => expect(saveState().textContent).toMatch(/^Tersimpan/));
    expect(api.patches).toEqual([
      {
        version: 5,
        ratings: { restitusi: { rating: 'done_effective', note: 'murid memperbaiki kesalahan' } },
      },
    ]);
    expect(window.localStorage.getItem(backupKey)).toBeNull();
  });

  it('"Selesai observasi" asks first, then moves on to the follow-up discussion', async () => {
    const all = {
      refleksi_dinamika_kelas: { rating: 'done_effective' as const, note: '' },
      penguatan_positif: { rating: 'done_not_effective' as const, note: '' },
      restitusi: { rating: 'not_done' as const, note: '' },
    };
    const rated = observationCycle(7, all);
    const finished = practiceCycleSchema.parse({
      ...rated,
      version: 8,
      state: 'follow_up_discussion',
      stateLabel: 'C. Diskusi Tindak Lanjut',
      steps: rated.steps.map((step) =>
        step.step === 'observation'
          ? {
              ...step,
              status: 'done',
              finishedAt: '2025-03-10T03:00:00.000Z',
              finishedBy: step.finishedBy ?? rated.observer.people[0],
            }
          : step.step === 'follow_up_discussion'
            ? { ...step, status: 'current' }
            : step,
      ),
      abilities: {
        ...rated.abilities,
        canRecordObservation: false,
        canFinishObservation: false,
        canWriteFollowUp: true,
      },
    });
    const api = installFakeApi({
      'GET /api/me': () => reply(meResponseSchema, principalMe()),
      [`GET ${cyclePath}`]: () => reply(practiceCycleSchema, rated),
      [`POST ${cyclePath}/observation/finish`]: () => reply(practiceCycleSchema, finished),
    });
    renderAppAt(`/pelaksanaan/siklus/${PLAN_ID}`);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Selesai observasi' }));
    const dialog = screen.getByRole('dialog', { name: 'Selesai observasi?' });
    expect(dialog.textContent).toContain('dikunci dan tidak dapat diubah lagi');
    await user.click(within(dialog).getByRole('button', { name: 'Selesai observasi' }));

    expect(
      await screen.findByRole('textbox', { name: 'Tindak lanjut yang disepakati' }),
    ).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(api.calls.filter((call) => call.method === 'POST').map((call) => call.body)).toEqual([
      { version: 7 },
    ]);
  });

  it('offline, "Selesai observasi" asks to reconnect and sends nothing (issue 17)', async () => {
    const rated = observationCycle(7, {
      refleksi_dinamika_kelas: { rating: 'done_effective', note: '' },
      penguatan_positif: { rating: 'done_not_effective', note: '' },
      restitusi: { rating: 'not_done', note: '' },
    });
    const api = installFakeApi({
      'GET /api/me': () => reply(meResponseSchema, principalMe()),
      [`GET ${cyclePath}`]: () => reply(practiceCycleSchema, rated),
    });
    renderAppAt(`/pelaksanaan/siklus/${PLAN_ID}`);
    const user = userEvent.setup();
    const finish = await screen.findByRole('button', { name: 'Selesai observasi' });
    // The browser's own word that there is no network at all (jsdom always says online).
    const onLine = vi.spyOn(window.navigator, 'onLine', 'get').mockReturnValue(false);
    try {
      await user.click(finish);
      const dialog = screen.getByRole('dialog', { name: 'Selesai observasi?' });
      await user.click(within(dialog).getByRole('button', { name: 'Selesai observasi' }));
      expect(dialog.textContent).toContain('Perlu koneksi internet.');
      expect(screen.getByRole('dialog', { name: 'Selesai observasi?' })).toBe(dialog);
    } finally {
      onLine.mockRestore();
    }
    expect(api.calls.filter((call) => call.method === 'POST')).toEqual([]);
  });
});
