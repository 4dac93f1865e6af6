import {
  executionOverviewSchema,
  meResponseSchema,
  myPlanResponseSchema,
  schoolExecutionListResponseSchema,
  writtenDocumentErrorResponseSchema,
  writtenDocumentSchema,
} from '@kinerja/contract';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installFakeApi, reply } from '../../../test/fake-api';
import { renderAppAt } from '../../../test/render-app';
import { documentTimings } from '../components/use-document-draft';
import {
  approvedMine,
  checklistDoc,
  overview,
  PLAN_ID,
  principalMe,
  reflectionDoc,
  teacherMe,
} from '../test/execution-test-data';

const docPath = `/api/plans/${PLAN_ID}/documents`;
const TEXT = 'Saya belajar merancang asesmen formatif yang memberi umpan balik.';

const realTimings = { ...documentTimings };
beforeEach(() => {
  // Only "Simpan Draf" saves in these tests; the pause-triggered autosave waits an hour.
  documentTimings.debounceMs = 3_600_000;
});
afterEach(() => {
  Object.assign(documentTimings, realTimings);
});

configure({ asyncUtilTimeout: 5000 });

function teacherApi(extra: Parameters<typeof installFakeApi>[0]) {
  return installFakeApi({
    'GET /api/me': () => reply(meResponseSchema, teacherMe()),
    'GET /api/plans/mine': () => reply(myPlanResponseSchema, approvedMine()),
    [`GET /api/plans/${PLAN_ID}/execution`]: () =>
      reply(executionOverviewSchema, overview([reflectionDoc(), checklistDoc()])),
    ...extra,
  });
}

describe('Pelaksanaan Kinerja (/pelaksanaan)', () => {
  it('"Kirim ke Atasan" warns that the reflection cannot be changed, then shows it locked', async () => {
    const draft = reflectionDoc({
      state: 'draft',
      version: 1,
      reflection: { text: TEXT, maxLength: 5000 },
      updatedAt: '2025-03-10T02:00:00.000Z',
    });
    const sent = reflectionDoc({
      state: 'sent',
      version: 2,
      reflection: { text: TEXT, maxLength: 5000 },
      sentAt: '2025-03-10T02:05:00.000Z',
      updatedAt: '2025-03-10T02:05:00.000Z',
    });
    const api = teacherApi({
      [`PUT ${docPath}/competency-reflection`]: () => reply(writtenDocumentSchema, draft),
      [`POST ${docPath}/competency-reflection/send`]: () => reply(writtenDocumentSchema, sent),
    });
    renderAppAt('/pelaksanaan');
    const user = userEvent.setup();
    const card = await screen.findByRole('region', { name: 'Dokumen Pengembangan Kompetensi' });
    expect(within(card).getByText('Belum diisi')).toBeTruthy();
    await user.click(within(card).getByRole('button', { name: 'Lakukan' }));

    const field = within(card).getByRole('textbox', { name: 'Refleksi hasil belajar' });
    await user.type(field, TEXT);
    await user.click(within(card).getByRole('button', { name: 'Simpan Draf' }));
    await waitFor(() =>
      expect(within(card).getByTestId('save-state').textContent).toMatch(/^Tersimpan/),
    );

    // Cancelling sends nothing.
    await user.click(within(card).getByRole('button', { name: 'Kirim ke Atasan' }));
    let dialog = screen.getByRole('dialog', { name: 'Kirim ke Atasan?' });
    expect(dialog.textContent).toContain(
      'Dokumen Pengembangan Kompetensi akan dikirim kepada Dr. Siti Rahmawati, M.Pd. untuk diperiksa.',
    );
    expect(dialog.textContent).toContain('Dokumen yang telah dikirim tidak dapat diubah kembali.');
    await user.click(within(dialog).getByRole('button', { name: 'Batal' }));
    expect(api.calls.some((call) => call.path.endsWith('/send'))).toBe(false);

    await user.click(within(card).getByRole('button', { name: 'Kirim ke Atasan' }));
    dialog = screen.getByRole('dialog', { name: 'Kirim ke Atasan?' });
    await user.click(within(dialog).getByRole('button', { name: 'Kirim ke Atasan' }));

    await waitFor(() => expect(within(card).getByText('Terkirim')).toBeTruthy());
    expect(within(card).getByRole('status').textContent).toBe(
      'Dokumen telah dikirim ke atasan dan tidak dapat diubah kembali.',
    );
    expect(within(card).queryByRole('textbox')).toBeNull();
    expect(within(card).queryByRole('button')).toBeNull();
    expect(within(card).getByText(TEXT)).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    const writes = api.calls.filter((call) => call.path.startsWith(docPath));
    expect(writes.map((call) => [call.method, call.body])).toEqual([
      ['PUT', { version: 0, text: TEXT }],
      ['POST', { version: 1 }],
    ]);
  });

  it('2024: offers "Kumpulkan Bukti Dukung" and "Ubah Rencana Hasil Kerja" instead of the documents', async () => {
    const plan2024 = overview([]);
    plan2024.plan.ruleSetVersion = '2024-S1';
    installFakeApi({
      'GET /api/me': () => reply(meResponseSchema, teacherMe()),
      'GET /api/plans/mine': () => reply(myPlanResponseSchema, approvedMine()),
      [`GET /api/plans/${PLAN_ID}/execution`]: () => reply(executionOverviewSchema, plan2024),
    });
    renderAppAt('/pelaksanaan');
    const card = await screen.findByRole('region', { name: 'Bukti Dukung' });
    expect(
      within(card).getByRole('link', { name: 'Kumpulkan Bukti Dukung' }).getAttribute('href'),
    ).toBe('/pelaksanaan/bukti');
    expect(
      within(card).getByRole('link', { name: 'Ubah Rencana Hasil Kerja' }).getAttribute('href'),
    ).toBe('/pelaksanaan/ubah-rhk');
    expect(screen.queryByRole('region', { name: 'Dokumen Pengembangan Kompetensi' })).toBeNull();
  });

  it('tells a principal as pegawai that the Siklus is led by the Pengawas Sekolah', async () => {
    const own = overview([reflectionDoc(), checklistDoc()]);
    own.plan.employee.kind = 'principal';
    installFakeApi({
      'GET /api/me': () => reply(meResponseSchema, teacherMe()),
      'GET /api/plans/mine': () => reply(myPlanResponseSchema, approvedMine()),
      [`GET /api/plans/${PLAN_ID}/execution`]: () => reply(executionOverviewSchema, own),
    });
    renderAppAt('/pelaksanaan');
    const card = await screen.findByRole('region', { name: 'Praktik Kinerja' });
    expect(card.textContent).toContain('Siklus Peningkatan Kinerja bersama Pengawas Sekolah');
    expect(card.textContent).not.toContain('bersama atasan');
  });

  it('keeps a reflection typed offline on the device, puts it back after a reload, sends it once (issue 17)', async () => {
    let isOffline = true;
    const sent: unknown[] = [];
    teacherApi({
      [`PUT ${docPath}/competency-reflection`]: (request) => {
        if (isOffline) throw new TypeError('Failed to fetch');
        sent.push(request.body);
        const { text } = request.body as { text: string };
        return reply(
          writtenDocumentSchema,
          reflectionDoc({ state: 'draft', version: 1, reflection: { text, maxLength: 5000 } }),
        );
      },
    });
    const first = renderAppAt('/pelaksanaan');
    const user = userEvent.setup();
    let card = await screen.findByRole('region', { name: 'Dokumen Pengembangan Kompetensi' });
    await user.click(within(card).getByRole('button', { name: 'Lakukan' }));
    await user.type(within(card).getByRole('textbox', { name: 'Refleksi hasil belajar' }), TEXT);
    await user.click(within(card).getByRole('button', { name: 'Simpan Draf' }));
    await waitFor(() =>
      expect(within(card).getByTestId('save-state').textContent).toBe(
        'Tersimpan di perangkat — belum terkirim',
      ),
    );
    const key = `kinerja.document.${PLAN_ID}.competency_reflection`;
    expect(window.localStorage.getItem(key)).toContain(TEXT);

    // "Sending" with the browser offline (jsdom always says online) asks to reconnect.
    const onLine = vi.spyOn(window.navigator, 'onLine', 'get').mockReturnValue(false);
    try {
      await user.click(within(card).getByRole('button', { name: 'Kirim ke Atasan' }));
      const dialog = screen.getByRole('dialog', { name: 'Kirim ke Atasan?' });
      await user.click(within(dialog).getByRole('button', { name: 'Kirim ke Atasan' }));
      expect(dialog.textContent).toContain('Perlu koneksi internet.');
      await user.click(within(dialog).getByRole('button', { name: 'Batal' }));
    } finally {
      onLine.mockRestore();
    }

    // A reload with the connection back: the typing is put back and sent once by itself.
    first.unmount();
    isOffline = false;
    renderAppAt('/pelaksanaan');
    card = await screen.findByRole('region', { name: 'Dokumen Pengembangan Kompetensi' });
    await user.click(within(card).getByRole('button', { name: 'Lakukan' }));
    expect(
      within(card).getByRole<HTMLTextAreaElement>('textbox', { name: 'Refleksi hasil belajar' })
        .value,
    ).toBe(TEXT);
    await waitFor(() =>
      expect(within(card).getByTestId('save-state').textContent).toMatch(
        /^Terkirim \d\d\.\d\d WIB$/,
      ),
    );
    expect(sent).toEqual([{ version: 0, text: TEXT }]);
    expect(window.localStorage.getItem(key)).toBeNull();
  });

  it('asks before sending kept typing when another device saved the reflection meanwhile', async () => {
    const theirs = reflectionDoc({
      state: 'draft',
      version: 3,
      reflection: { text: 'Teks dari laptop', maxLength: 5000 },
      updatedAt: '2025-03-10T02:00:00.000Z',
    });
    window.localStorage.setItem(
      `kinerja.document.${PLAN_ID}.competency_reflection`,
      JSON.stringify({ version: 2, value: TEXT }),
    );
    const api = installFakeApi({
      'GET /api/me': () => reply(meResponseSchema, teacherMe()),
      'GET /api/plans/mine': () => reply(myPlanResponseSchema, approvedMine()),
      [`GET /api/plans/${PLAN_ID}/execution`]: () =>
        reply(executionOverviewSchema, overview([theirs, checklistDoc()])),
      [`PUT ${docPath}/competency-reflection`]: (request) =>
        reply(writtenDocumentSchema, {
          ...theirs,
          version: 4,
          reflection: { text: (request.body as { text: string }).text, maxLength: 5000 },
        }),
    });
    renderAppAt('/pelaksanaan');
    const user = userEvent.setup();
    const card = await screen.findByRole('region', { name: 'Dokumen Pengembangan Kompetensi' });
    await user.click(within(card).getByRole('button', { name: 'Lanjutkan' }));
    const alert = await within(card).findByRole('alert');
    expect(alert.textContent).toContain('baru saja disimpan dari perangkat lain');
    expect(
      within(card).getByRole<HTMLTextAreaElement>('textbox', { name: 'Refleksi hasil belajar' })
        .value,
    ).toBe(TEXT);
    expect(api.calls.filter((call) => call.method === 'PUT')).toEqual([]);
    await user.click(within(alert).getByRole('button', { name: 'Pakai isian saya' }));
    await waitFor(() =>
      expect(within(card).getByTestId('save-state').textContent).toMatch(/^Terkirim/),
    );
    const puts = api.calls.filter((call) => call.method === 'PUT').map((call) => call.body);
    expect(puts).toEqual([{ version: 3, text: TEXT }]);
  });

  it('keeps the typed reflection when another device saved first, and saves it on request', async () => {
    const theirs = reflectionDoc({
      state: 'draft',
      version: 3,
      reflection: { text: 'Teks dari laptop', maxLength: 5000 },
      updatedAt: '2025-03-10T02:00:00.000Z',
    });
    let call = 0;
    const api = teacherApi({
      [`PUT ${docPath}/competency-reflection`]: (request) => {
        call += 1;
        if (call === 1) {
          return {
            status: 409,
            body: writtenDocumentErrorResponseSchema.parse({
              error: { code: 'DOCUMENT_VERSION_CONFLICT', message: 'Konflik', current: theirs },
            }),
          };
        }
        const { text } = request.body as { text: string };
        return reply(
          writtenDocumentSchema,
          reflectionDoc({ state: 'draft', version: 4, reflection: { text, maxLength: 5000 } }),
        );
      },
    });
    renderAppAt('/pelaksanaan');
    const user = userEvent.setup();
    const card = await screen.findByRole('region', { name: 'Dokumen Pengembangan Kompetensi' });
    await user.click(within(card).getByRole('button', { name: 'Lakukan' }));
    const field = within(card).getByRole('textbox', { name: 'Refleksi hasil belajar' });
    await user.type(field, TEXT);
    await user.click(within(card).getByRole('button', { name: 'Simpan Draf' }));

    const alert = await within(card).findByRole('alert');
    expect(alert.textContent).toContain('baru saja disimpan dari perangkat lain');
    expect((field as HTMLTextAreaElement).value).toBe(TEXT);
    await user.click(within(alert).getByRole('button', { name: 'Pakai isian saya' }));
    await waitFor(() =>
      expect(within(card).getByTestId('save-state').textContent).toMatch(/^Tersimpan/),
    );
    const puts = api.calls.filter((c) => c.method === 'PUT');
    expect(puts.map((c) => c.body)).toEqual([
      { version: 0, text: TEXT },
      { version: 3, text: TEXT },
    ]);
  });

  it('shows a sent checklist read-only with the principal’s confirmation', async () => {
    const confirmed = checklistDoc({
      state: 'sent',
      stateLabel: 'Terkirim',
      version: 2,
      sentAt: '2025-03-11T02:00:00.000Z',
      checklist: {
        duties: [
          {
            code: 'merencanakan_pembelajaran',
            name: 'Merencanakan pembelajaran',
            isFocus: true,
            isCompleted: true,
          },
        ],
      },
      accountability: {
        isConfirmed: true,
        confirmedAt: '2025-03-12T02:00:00.000Z',
        confirmedBy: { id: 'p-1', name: 'Dr. Siti Rahmawati, M.Pd.' },
        note: 'KSP dan daftar hadir lengkap',
        description: 'Atasan mengonfirmasi dokumen akuntabilitas tugas pokok.',
      },
      abilities: { canSaveDraft: false, canSend: false, canConfirmAccountability: false },
    });
    installFakeApi({
      'GET /api/me': () => reply(meResponseSchema, teacherMe()),
      'GET /api/plans/mine': () => reply(myPlanResponseSchema, approvedMine()),
      [`GET /api/plans/${PLAN_ID}/execution`]: () =>
        reply(executionOverviewSchema, overview([confirmed])),
    });
    renderAppAt('/pelaksanaan');
    const card = await screen.findByRole('region', { name: 'Dokumen Pelaksanaan Tugas Pokok' });
    expect(within(card).queryByRole('button')).toBeNull();
    expect(within(card).getByTestId('accountability-confirmed').textContent).toContain(
      'Dokumen akuntabilitas telah dikonfirmasi oleh Dr. Siti Rahmawati, M.Pd.',
    );
    expect(card.textContent).toContain('KSP dan daftar hadir lengkap');
    expect(card.textContent).toContain('Merencanakan pembelajaran');
    expect(
      screen.getByRole('link', { name: 'Mulai Siklus Praktik Kinerja' }).getAttribute('href'),
    ).toBe(`/pelaksanaan/siklus/${PLAN_ID}`);
  });
});

describe('Pelaksanaan of the principal (/periksa/pelaksanaan)', () => {
  it('confirms a teacher’s dokumen akuntabilitas with a note from the list', async () => {
    const sentChecklist = checklistDoc({
      state: 'sent',
      stateLabel: 'Terkirim',
      version: 2,
      sentAt: '2025-03-11T02:00:00.000Z',
      abilities: { canSaveDraft: false, canSend: false, canConfirmAccountability: true },
    });
    let confirmed = false;
    const list = () =>
      schoolExecutionListResponseSchema.parse({
        period: { id: '2025', label: 'Januari–Desember 2025' },
        school: { id: 'school-a', name: 'SMA Negeri 1 Contoh Bandung', npsn: '20200001' },
        rows: [
          {
            employee: { id: 't-1', name: 'Andi Wijaya, S.Pd.', nip: '199203152019031008' },
            school: { id: 'school-a', name: 'SMA Negeri 1 Contoh Bandung', npsn: '20200001' },
            planId: PLAN_ID,
            planStatus: 'approved',
            documents: {
              competencyReflection: { state: 'draft', stateLabel: 'Draf', sentAt: null },
              mainDutiesChecklist: {
                state: 'sent',
                stateLabel: 'Terkirim',
                sentAt: '2025-03-11T02:00:00.000Z',
                isAccountabilityConfirmed: confirmed,
              },
            },
            practice: {
              state: 'observation',
              letter: 'B',
              stateLabel: 'B. Observasi Kinerja',
              isStarted: true,
            },
          },
        ],
      });
    const api = installFakeApi({
      'GET /api/me': () => reply(meResponseSchema, principalMe()),
      'GET /api/schools/school-a/execution': () => reply(schoolExecutionListResponseSchema, list()),
      [`GET ${docPath}/main-duties-checklist`]: () => reply(writtenDocumentSchema, sentChecklist),
      [`POST ${docPath}/main-duties-checklist/confirm`]: () => {
        confirmed = true;
        return reply(writtenDocumentSchema, {
          ...sentChecklist,
          abilities: { ...sentChecklist.abilities, canConfirmAccountability: false },
        });
      },
    });
    renderAppAt('/periksa/pelaksanaan');
    const user = userEvent.setup();
    await user.click(
      await screen.findByRole('button', {
        name: 'Periksa Dokumen Pelaksanaan Tugas Pokok Andi Wijaya, S.Pd.',
      }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Dokumen Pelaksanaan Tugas Pokok' });
    await user.type(
      await within(dialog).findByRole('textbox', { name: 'Catatan (opsional)' }),
      'KSP sudah dilihat',
    );
    await user.click(
      within(dialog).getByRole('button', { name: 'Konfirmasi dokumen akuntabilitas' }),
    );
    expect(
      (await screen.findByText('Dokumen akuntabilitas Andi Wijaya, S.Pd. telah dikonfirmasi.'))
        .textContent,
    ).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByText('Dokumen akuntabilitas dikonfirmasi')).toBeTruthy(),
    );
    const posts = api.calls.filter((call) => call.method === 'POST');
    expect(posts.map((call) => call.body)).toEqual([{ note: 'KSP sudah dilihat' }]);
    expect(
      screen.getByRole('link', { name: 'Buka Siklus Praktik Kinerja Andi Wijaya, S.Pd.' }),
    ).toBeTruthy();
  });
});
