import {
  meResponseSchema,
  myPlanResponseSchema,
  planErrorResponseSchema,
  planOptionsResponseSchema,
  planSchema,
  practiceOptionsResponseSchema,
  type Plan,
  type PlanContent,
  type PlanTab,
} from '@kinerja/contract';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  installFakeApi,
  makeMe,
  reply,
  type FakeCall,
  type FakeReply,
} from '../../../test/fake-api';
import { renderAppAt } from '../../../test/render-app';
import { draftScheduler } from '../draft/draft-sync';
import {
  completeContent,
  makeMine,
  makePlan,
  PLAN_ID,
  planOptions,
  practiceOptions,
  savedPlan,
} from '../planning-test-data';

const draftPath = `/api/plans/${PLAN_ID}/draft`;
type DraftBody = { version: number; content: PlanContent; lastTab?: PlanTab };

/** The fake API of a teacher with one plan; `onSave` answers PUT …/draft. */
function planningApi(
  plan: Plan,
  onSave: (call: FakeCall, body: DraftBody) => FakeReply | Promise<FakeReply>,
  more: Record<string, (call: FakeCall) => FakeReply | Promise<FakeReply>> = {},
) {
  return installFakeApi({
    'GET /api/me': () => reply(meResponseSchema, makeMe()),
    'GET /api/plans/mine': () => reply(myPlanResponseSchema, makeMine(plan)),
    [`GET /api/plans/${PLAN_ID}/options`]: () => reply(planOptionsResponseSchema, planOptions),
    [`GET /api/plans/${PLAN_ID}/practice-options`]: () =>
      reply(practiceOptionsResponseSchema, practiceOptions),
    [`PUT ${draftPath}`]: (call) => onSave(call, call.body as DraftBody),
    ...more,
  });
}

/** Accepts every save like the server: version + 1, content as sent. */
const acceptSave = (base: { current: Plan }) => (_call: FakeCall, body: DraftBody) => {
  base.current = savedPlan(base.current, body.content, body.lastTab ?? null);
  return reply(planSchema, base.current);
};

const drafts = (calls: FakeCall[]) =>
  calls.filter((call) => call.method === 'PUT' && call.path === draftPath);

// The autosave waits on a manual clock: tests move time on, nothing sleeps.
const realScheduler = { ...draftScheduler };
let now = 0;
let timers = new Map<number, { at: number; run: () => void }>();

beforeEach(() => {
  now = 0;
  timers = new Map();
  let next = 0;
  draftScheduler.setTimer = (run, ms) => {
    next += 1;
    timers.set(next, { at: now + ms, run });
    return next;
  };
  draftScheduler.clearTimer = (timer) => void timers.delete(timer as number);
});
afterEach(() => {
  Object.assign(draftScheduler, realScheduler);
});

/** Lets the autosave pause (or a retry wait) pass: runs every timer due within `ms`. */
async function pass(ms: number) {
  const end = now + ms;
  for (;;) {
    const due = [...timers]
      .filter(([, timer]) => timer.at <= end)
      .sort((a, b) => a[1].at - b[1].at)[0];
    if (!due) break;
    timers.delete(due[0]);
    now = due[1].at;
    await act(async () => due[1].run());
  }
  now = end;
}

describe('Perencanaan Kinerja (/rencana)', () => {
  it('resumes on the last tab, saves a change after the pause and shows "Tersimpan HH.MM"', async () => {
    const server = { current: makePlan({ lastTab: 'practice' }) };
    const api = planningApi(server.current, acceptSave(server));
    renderAppAt('/rencana');
    const user = userEvent.setup({ delay: null });

    const tab = await screen.findByRole('tab', { name: 'Praktik Kinerja' });
    expect(tab.getAttribute('aria-selected')).toBe('true');
    expect(document.querySelector('.plan-rapor-score')?.textContent).toBe(
      'Rapor Pendidikan Satdik: 42,5',
    );
    await user.click(screen.getByRole('radio', { name: 'Penerapan Disiplin Positif' }));

    // Kept on the device at once, sent only after the pause.
    expect(screen.getByTestId('save-status').textContent).toBe('Menyimpan…');
    expect(window.localStorage.getItem(`kinerja.planDraft.${PLAN_ID}.2`)).toContain(
      'penerapan_disiplin_positif',
    );
    await pass(500);
    expect(drafts(api.calls)).toHaveLength(0);
    await pass(400);

    await waitFor(() =>
      expect(screen.getByTestId('save-status').textContent).toMatch(/^Tersimpan \d{2}\.\d{2} WIB$/),
    );
    const [save] = drafts(api.calls);
    expect(drafts(api.calls)).toHaveLength(1);
    expect(save?.body).toMatchObject({
      version: 2,
      lastTab: 'practice',
      content: { practiceIndicatorCode: 'penerapan_disiplin_positif' },
    });
    expect(save?.headers['idempotency-key']).toMatch(/^[0-9a-f]{32}$/);
    expect(save?.headers['x-csrf-token']).toBe('csrf-token-from-me');
    expect(window.localStorage.length).toBe(0);
    // The tab's problem count follows the server's answer.
    expect(tab.getAttribute('aria-describedby')).toBeNull();
  });

  it('saves at once on a tab change, remembering the tab', async () => {
    const server = { current: makePlan({ lastTab: 'practice' }) };
    const api = planningApi(server.current, acceptSave(server));
    renderAppAt('/rencana');
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('radio', { name: 'Penerapan Disiplin Positif' }));
    await user.click(screen.getByRole('tab', { name: 'Pengembangan Kompetensi' }));
    await waitFor(() => expect(drafts(api.calls)).toHaveLength(1));
    expect(drafts(api.calls)[0]?.body).toMatchObject({
      lastTab: 'competency',
      content: { practiceIndicatorCode: 'penerapan_disiplin_positif' },
    });
    expect(screen.getByRole('heading', { level: 2, name: 'Pengembangan Kompetensi' })).toBeTruthy();
  });

  it('retries a save that failed on the network with the same Idempotency-Key', async () => {
    const server = { current: makePlan({ lastTab: 'main_duties' }) };
    let failures = 1;
    const accept = acceptSave(server);
    const api = planningApi(server.current, (call, body) => {
      if (failures > 0) {
        failures -= 1;
        throw new TypeError('Failed to fetch');
      }
      return accept(call, body);
    });
    renderAppAt('/rencana');
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('checkbox', { name: /Wali Kelas/ }));
    await user.type(screen.getByRole('textbox', { name: /Nomor SK \/ Surat Tugas/ }), '800/12');
    await pass(800);

    await waitFor(() =>
      expect(screen.getByTestId('save-status').textContent).toBe(
        'Tersimpan di perangkat — belum terkirim',
      ),
    );
    // What was typed stays on screen and on the device while offline.
    expect(
      screen.getByRole<HTMLInputElement>('textbox', { name: /Nomor SK \/ Surat Tugas/ }).value,
    ).toBe('800/12');
    expect(window.localStorage.getItem(`kinerja.planDraft.${PLAN_ID}.2`)).toContain('800/12');

    await pass(1000);
    // Typing kept on the device and sent later says so (issue 17): "Terkirim HH.MM".
    await waitFor(() =>
      expect(screen.getByTestId('save-status').textContent).toMatch(/^Terkirim \d{2}\.\d{2} WIB$/),
    );
    const [first, second] = drafts(api.calls);
    expect(drafts(api.calls)).toHaveLength(2);
    expect(second?.headers['idempotency-key']).toBe(first?.headers['idempotency-key']);
    expect(second?.body).toEqual(first?.body);
    expect((second?.body as DraftBody).content.additionalDuties).toEqual([
      { code: 'wali_kelas', skReference: '800/12' },
    ]);
  });

  it('on a version conflict keeps the typed text and saves it on top with "Pakai isian saya"', async () => {
    const mine = makePlan({ lastTab: 'work_behaviour' });
    // Another device saved version 3 with a different expectation.
    const theirs = savedPlan(
      mine,
      {
        ...mine.content,
        workBehaviour: {
          berorientasi_pelayanan: {
            behaviourCode: 'berorientasi_pelayanan_b',
            supervisorExpectation: 'Teks dari laptop',
          },
        },
      },
      'work_behaviour',
    );
    const server = { current: theirs };
    let isFirst = true;
    const accept = acceptSave(server);
    const api = planningApi(mine, (call, body) => {
      if (isFirst) {
        isFirst = false;
        return {
          status: 409,
          body: planErrorResponseSchema.parse({
            error: {
              code: 'PLAN_VERSION_CONFLICT',
              message: 'Rencana ini sudah diubah di perangkat atau tab lain.',
              current: theirs,
            },
          }),
        };
      }
      return accept(call, body);
    });
    renderAppAt('/rencana');
    const user = userEvent.setup({ delay: null });
    const box = await screen.findByRole('textbox', {
      name: 'Ekspektasi Khusus Pimpinan untuk Berorientasi Pelayanan',
    });
    await user.type(box, 'Teks dari ponsel');
    await pass(800);

    const alert = await screen.findByRole('alert', {
      name: 'Rencana ini diubah di perangkat lain',
    });
    expect(screen.getByTestId('save-status').textContent).toBe(
      'Belum tersimpan — pilih versi yang dipakai',
    );
    expect((box as HTMLTextAreaElement).value).toBe('Teks dari ponsel');
    // Typing goes on during the conflict; nothing is sent until the person chooses.
    await user.type(box, '!');
    await pass(2000);
    expect(drafts(api.calls)).toHaveLength(1);

    await user.click(within(alert).getByRole('button', { name: 'Pakai isian saya' }));
    await waitFor(() => expect(drafts(api.calls)).toHaveLength(2));
    expect(drafts(api.calls)[1]?.body).toMatchObject({
      version: 3,
      content: {
        workBehaviour: {
          berorientasi_pelayanan: { supervisorExpectation: 'Teks dari ponsel!' },
        },
      },
    });
    await waitFor(() =>
      expect(
        screen.queryByRole('alert', { name: 'Rencana ini diubah di perangkat lain' }),
      ).toBeNull(),
    );
    expect(screen.getByTestId('save-status').textContent).toMatch(/^Tersimpan /);
  });

  it('"Pakai versi terbaru" shows the other device’s text and drops the local copy', async () => {
    const mine = makePlan({ lastTab: 'work_behaviour' });
    const theirs = savedPlan(
      mine,
      {
        ...mine.content,
        workBehaviour: {
          berorientasi_pelayanan: {
            behaviourCode: 'berorientasi_pelayanan_b',
            supervisorExpectation: 'Teks dari laptop',
          },
        },
      },
      'work_behaviour',
    );
    const api = planningApi(mine, () => ({
      status: 409,
      body: planErrorResponseSchema.parse({
        error: { code: 'PLAN_VERSION_CONFLICT', message: 'Konflik', current: theirs },
      }),
    }));
    renderAppAt('/rencana');
    const user = userEvent.setup({ delay: null });
    const box = await screen.findByRole('textbox', { name: /Ekspektasi Khusus Pimpinan/ });
    await user.type(box, 'Teks dari ponsel');
    await pass(800);
    await user.click(await screen.findByRole('button', { name: 'Pakai versi terbaru' }));

    expect((box as HTMLTextAreaElement).value).toBe('Teks dari laptop');
    expect(
      screen.getByRole<HTMLInputElement>('radio', { name: 'Ramah, cekatan, solutif' }).checked,
    ).toBe(true);
    expect(window.localStorage.length).toBe(0);
    expect(drafts(api.calls)).toHaveLength(1);
  });

  it('offers back typing kept on the device after a reload, and saves it', async () => {
    const server = { current: makePlan({ lastTab: 'practice' }) };
    window.localStorage.setItem(
      `kinerja.planDraft.${PLAN_ID}.2`,
      JSON.stringify({
        planId: PLAN_ID,
        version: 2,
        content: { ...server.current.content, practiceIndicatorCode: 'keteraturan_suasana_kelas' },
        tab: 'practice',
        storedAt: '2026-01-10T02:08:00.000Z',
      }),
    );
    const api = planningApi(server.current, acceptSave(server));
    renderAppAt('/rencana');
    const user = userEvent.setup({ delay: null });
    await screen.findByRole('heading', { name: 'Ada isian yang belum tersimpan' });
    await user.click(screen.getByRole('button', { name: 'Pulihkan isian' }));
    expect(
      screen.getByRole<HTMLInputElement>('radio', { name: 'Keteraturan Suasana Kelas' }).checked,
    ).toBe(true);
    await pass(800);
    await waitFor(() => expect(drafts(api.calls)).toHaveLength(1));
    expect(drafts(api.calls)[0]?.body).toMatchObject({
      content: { practiceIndicatorCode: 'keteraturan_suasana_kelas' },
    });
  });

  it('"Lanjut Ajukan" → "Cek Ulang" goes to the first tab with problems', async () => {
    const server = { current: makePlan({ lastTab: 'summary' }) };
    planningApi(server.current, acceptSave(server));
    renderAppAt('/rencana');
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'Lanjut Ajukan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ajukan Perencanaan Kinerja?' });
    expect(within(dialog).getByText(/Masih ada 4 isian/)).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Ajukan' })).toHaveProperty('disabled', true);
    expect(within(dialog).getByRole('button', { name: 'Simpan Draf' })).toBeTruthy();

    await user.click(within(dialog).getByRole('button', { name: 'Cek Ulang' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() =>
      expect(
        screen.getByRole('tab', { name: 'Pelaksanaan Tugas Pokok' }).getAttribute('aria-selected'),
      ).toBe('true'),
    );
  });

  it('"Ajukan" saves the last typing first, submits once, then shows the status', async () => {
    const server = { current: makePlan({ lastTab: 'summary', content: completeContent }) };
    let answer: (value: FakeReply) => void = () => undefined;
    const api = planningApi(server.current, acceptSave(server), {
      [`POST /api/plans/${PLAN_ID}/submit`]: () =>
        new Promise<FakeReply>((resolve) => (answer = resolve)),
    });
    renderAppAt('/rencana');
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'Lanjut Ajukan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ajukan Perencanaan Kinerja?' });
    expect(within(dialog).getByText(/Dr\. Siti Rahmawati/)).toBeTruthy();
    const submit = within(dialog).getByRole('button', { name: 'Ajukan' });
    await user.click(submit);
    await user.click(submit);
    expect(submit).toHaveProperty('disabled', true);
    await waitFor(() =>
      expect(api.calls.filter((call) => call.path.endsWith('/submit'))).toHaveLength(1),
    );
    expect(api.calls.find((call) => call.path.endsWith('/submit'))?.body).toEqual({ version: 2 });

    answer(
      reply(planSchema, {
        ...server.current,
        status: 'submitted',
        statusLabel: 'Perlu disetujui',
        submittedAt: '2026-01-10T02:20:00.000Z',
        submissionCount: 1,
        abilities: { ...server.current.abilities, canEdit: false, canSubmit: false },
      }),
    );
    expect((await screen.findByTestId('plan-notice')).textContent).toBe(
      'Perencanaan Kinerja berhasil diajukan.',
    );
    expect(screen.getByText('Perlu disetujui')).toBeTruthy();
    expect(screen.queryByRole('tablist')).toBeNull();
    expect(screen.getByRole('link', { name: 'Unduh PDF' }).getAttribute('href')).toBe(
      `/api/plans/${PLAN_ID}/pdf`,
    );
    expect(api.calls.filter((call) => call.path.endsWith('/submit'))).toHaveLength(1);
  });
});
