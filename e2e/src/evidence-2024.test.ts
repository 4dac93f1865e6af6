import type { EvidenceListResponse, MyPlanResponse, Plan } from '@kinerja/contract';
import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  browserSuite,
  checkA11y,
  expectNoPageErrors,
  PHONE,
  screenshot,
  signIn,
  useBrowserAndServer,
} from './harness.js';
import { apiAs, type Api } from './planning-supervision-api.js';

// Issue #5 items 1 and 2 at 360 px: "Kumpulkan" 2024 evidence, every bad file refused with a clear
// Indonesian message and nothing left behind, and "Ubah Rencana Hasil Kerja" with its history.
// Demo people: apps/server/src/modules/demo/demo-data.ts (school A, SMA Negeri 1).

const TEACHER = { email: 'andi.wijaya@guru.sma.belajar.id' };
const HEAD = { email: 'siti.rahmawati@guru.sma.belajar.id' };
const MAX_BYTES = 10 * 1024 * 1024;

/** PDF-looking bytes (the server judges the %PDF- signature) with distinct content per seed. */
function pdf(seed: string, size = 2048): Buffer {
  const bytes = Buffer.alloc(size, 0x20);
  bytes.write(`%PDF-1.7\n% ${seed}\n`, 0, 'latin1');
  return bytes;
}

function expectOk<T>(what: string, answer: { status: number; body: T }, status = 200): T {
  if (answer.status !== status) {
    throw new Error(`${what}: HTTP ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  return answer.body;
}

/** Mulai, data diri, the content of plan-test-support's validContent('2024-S1'), Ajukan, Setujui. */
async function approvedPlan(teacher: Api, head: Api): Promise<Plan> {
  const mine = expectOk('mine', await teacher.get<MyPlanResponse>('/api/plans/mine'));
  let plan =
    mine.plan ??
    expectOk('start', await teacher.post<Plan>('/api/plans', { periodId: '2024-S1' }), 201);
  plan = expectOk(
    'confirm',
    await teacher.post<Plan>(`/api/plans/${plan.id}/personal-data/confirm`),
  );
  const values = [
    'berorientasi_pelayanan',
    'akuntabel',
    'kompeten',
    'harmonis',
    'loyal',
    'adaptif',
    'kolaboratif',
  ];
  plan = expectOk(
    'draft',
    await teacher.put<Plan>(`/api/plans/${plan.id}/draft`, {
      version: plan.version,
      content: {
        mainDuties: { dutyCodes: [], focusCode: null },
        practiceIndicatorCode: 'penerapan_disiplin_positif',
        competencyRhkCodes: ['pelatihan_mandiri', 'penggerak_komunitas_belajar'],
        competencyIndicatorCode: null,
        additionalDuties: [{ code: 'wali_kelas', skReference: 'SK 421/012/2024' }],
        workBehaviour: Object.fromEntries(
          values.map((v) => [v, { behaviourCode: `${v}_a`, supervisorExpectation: '' }]),
        ),
      },
    }),
  );
  plan = expectOk(
    'submit',
    await teacher.post<Plan>(`/api/plans/${plan.id}/submit`, { version: plan.version }),
  );
  return expectOk(
    'approve',
    await head.post<Plan>(`/api/plans/${plan.id}/approve`, { version: plan.version }),
  );
}

const slotCard = (page: Page, code: string) => page.locator(`section[data-slot="${code}"]`).first();

async function slotText(page: Page, code: string): Promise<string> {
  return (await slotCard(page, code).textContent()) ?? '';
}

/** Opens "Unggah Dokumen" of a competency slot, fills the certificate, picks a file and sends. */
async function tryUpload(
  page: Page,
  code: string,
  file: string | { name: string; mimeType: string; buffer: Buffer },
) {
  const card = slotCard(page, code);
  await card.getByRole('button', { name: /^(Unggah Dokumen|Ubah)$/ }).click();
  await card.getByLabel('Jenis dokumen').selectOption('certificate');
  await card.getByLabel('Tanggal terbit').fill('2024-02-01');
  await card.getByLabel('Berkas PDF').setInputFiles(file);
  await card.getByRole('button', { name: 'Unggah Dokumen', exact: true }).click();
}

/** How long a poll waits for a server action's outcome (an upload: hashing plus three requests). */
const UPLOAD_WAIT = { timeout: 15_000 };

async function expectSlotAlert(page: Page, code: string, pattern: RegExp) {
  const alert = slotCard(page, code).getByRole('alert');
  await expect.poll(async () => (await alert.textContent()) ?? '', UPLOAD_WAIT).toMatch(pattern);
}

/** After a reload the slot is still "Belum diisi", with no file. */
async function expectSlotEmptyAfterReload(page: Page, code: string) {
  await page.reload();
  await expect.poll(() => slotText(page, code)).toContain('Belum diisi');
  expect(await slotText(page, code)).not.toContain('Berkas:');
}

/** Sends half of a PDF body to the upload route, then cuts the connection (node:http). */
async function cutOffUpload(baseUrl: string, page: Page, planId: string, slotId: string) {
  const cookies = await page.context().cookies();
  const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const me = (await (await page.request.get('/api/me')).json()) as { csrfToken: string };
  const total = 2 * 1024 * 1024;
  const url = new URL(
    `/api/plans/${planId}/evidence/${slotId}/file?kind=certificate&issuedOn=2024-02-01`,
    baseUrl,
  );
  await new Promise<void>((resolve) => {
    const req = httpRequest(url, {
      method: 'PUT',
      headers: {
        cookie,
        'x-csrf-token': me.csrfToken,
        'content-type': 'application/pdf',
        'content-length': String(total),
        'x-file-name': encodeURIComponent('terputus.pdf'),
      },
    });
    req.on('error', () => resolve());
    req.on('close', () => resolve());
    req.write(pdf('cut', total / 2), () => {
      // Half the declared body is on the wire: drop the connection as a failing network would.
      setTimeout(() => req.destroy(), 200);
    });
  });
}

browserSuite('2024 evidence and RHK change in Pelaksanaan Kinerja (5 March 2024)', () => {
  const app = useBrowserAndServer({
    env: () => ({ NODE_ENV: 'development', KINERJA_START_CLOCK_AT: '2024-03-05T09:00:00+07:00' }),
  });
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kinerja-evidence-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('collects a PDF, refuses every bad file without leaving anything, and changes the RHKs (phone)', async () => {
    const headPage = await app.newPage(PHONE);
    await signIn(headPage, HEAD.email);
    const page = await app.newPage(PHONE);
    await signIn(page, TEACHER.email);
    const teacher = await apiAs(page);
    const plan = await approvedPlan(teacher, await apiAs(headPage));
    expect(plan.status).toBe('approved');

    await page.goto('/pelaksanaan/bukti');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Kumpulkan Bukti Dukung');
    await expect.poll(() => slotText(page, 'pelatihan_mandiri')).toContain('Belum diisi');
    await checkA11y(page, 'evidence page (phone)');

    // A valid PDF: upload with its certificate, then "Kumpulkan" after the confirmation.
    await tryUpload(page, 'pelatihan_mandiri', {
      name: 'sertifikat-pelatihan.pdf',
      mimeType: 'application/pdf',
      buffer: pdf('valid'),
    });
    await expect
      .poll(() => slotText(page, 'pelatihan_mandiri'), UPLOAD_WAIT)
      .toContain('Berkas: sertifikat-pelatihan.pdf');
    expect(await slotText(page, 'pelatihan_mandiri')).toContain(
      'Sertifikat, terbit 1 Februari 2024',
    );
    await slotCard(page, 'pelatihan_mandiri').getByRole('button', { name: 'Kumpulkan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Kumpulkan bukti dukung?' });
    await expect.poll(() => dialog.textContent()).toContain('tidak dapat diubah kembali');
    await checkA11y(page, 'collect dialog (phone)');
    await dialog.getByRole('button', { name: 'Kumpulkan' }).click();
    await expect
      .poll(() => slotText(page, 'pelatihan_mandiri'), UPLOAD_WAIT)
      .toContain('Sudah dikumpulkan pada');
    expect(
      await slotCard(page, 'pelatihan_mandiri')
        .getByRole('button', { name: /Ubah|Unggah/ })
        .count(),
    ).toBe(0);
    await screenshot(page, 'evidence-collected', PHONE);

    const bad = 'penggerak_komunitas_belajar';
    // A text file renamed .pdf: judged by its bytes.
    await tryUpload(page, bad, {
      name: 'bukan-pdf.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('Ini hanya teks biasa, bukan dokumen PDF.\n'),
    });
    await expectSlotAlert(page, bad, /PDF/);
    await checkA11y(page, 'slot with an error (phone)');
    await expectSlotEmptyAfterReload(page, bad);

    // An empty file.
    await tryUpload(page, bad, {
      name: 'kosong.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.alloc(0),
    });
    await expectSlotAlert(page, bad, /kosong/i);
    await expectSlotEmptyAfterReload(page, bad);

    // 10 MB + 1 byte, from a file on disk.
    const big = join(dir, 'terlalu-besar.pdf');
    await writeFile(big, pdf('big', MAX_BYTES + 1));
    await tryUpload(page, bad, big);
    await expectSlotAlert(page, bad, /melebihi batas 10,0 MB/);
    await expectSlotEmptyAfterReload(page, bad);

    // An upload cut off half way (at the HTTP level), then the page shows the slot unchanged.
    const list = expectOk(
      'evidence',
      await teacher.get<EvidenceListResponse>(`/api/plans/${plan.id}/evidence`),
    );
    const slotId = list.slots.find((s) => s.code === bad)!.id;
    await cutOffUpload(app.baseUrl(), page, plan.id, slotId);
    await expectSlotEmptyAfterReload(page, bad);
    const after = expectOk(
      'evidence',
      await teacher.get<EvidenceListResponse>(`/api/plans/${plan.id}/evidence`),
    );
    expect(after.slots.find((s) => s.id === slotId)).toMatchObject({ state: 'empty', file: null });

    // "Ubah Rencana Hasil Kerja": "Sudah diskusi" first, the running total, "Simpan" → "Simpan".
    await page.getByRole('link', { name: 'Ubah Rencana Hasil Kerja' }).click();
    await page.waitForURL('**/pelaksanaan/ubah-rhk');
    await expect.poll(() => page.getByTestId('rhk-current').textContent()).toContain('Wali kelas');
    await page.getByRole('button', { name: 'Ubah Rencana Hasil Kerja' }).click();
    const discuss = page.getByRole('dialog', { name: 'Sudah berdiskusi dengan atasan?' });
    expect(await discuss.getByRole('button', { name: 'Lanjut' }).isDisabled()).toBe(true);
    await discuss.getByRole('checkbox', { name: 'Sudah diskusi' }).check();
    await checkA11y(page, 'discussion dialog (phone)');
    await discuss.getByRole('button', { name: 'Lanjut' }).click();
    const mandiri = page.getByRole('spinbutton', { name: /pelatihan mandiri/i });
    await expect.poll(() => mandiri.inputValue()).toBe('1');
    await page.getByRole('button', { name: /^Kurangi satu: Peserta pelatihan mandiri/ }).click();
    await expect
      .poll(() => page.getByRole('main').textContent())
      .toContain('Total poin: 36 (minimal 32)');
    await checkA11y(page, 'RHK change form (phone)');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Simpan perubahan Rencana Hasil Kerja?' });
    await confirm.getByRole('button', { name: 'Simpan', exact: true }).click();
    await expect
      .poll(() => page.getByRole('main').textContent())
      .toContain('Perubahan Rencana Hasil Kerja tersimpan.');
    const history = page.getByTestId('rhk-history');
    expect(await history.textContent()).toContain('Dihapus — tidak dihitung lagi');
    expect(await history.textContent()).toMatch(/pelatihan mandiri/i);
    expect(await history.textContent()).toContain('Poin: 44 → 36');
    expect(await page.getByTestId('rhk-current').textContent()).not.toMatch(/pelatihan mandiri/i);
    await checkA11y(page, 'RHK history (phone)');
    await screenshot(page, 'rhk-change-history', PHONE);

    // The collected evidence of the removed RHK stays, marked as no longer counting.
    await page.getByRole('link', { name: 'Kumpulkan Bukti Dukung' }).click();
    await page.waitForURL('**/pelaksanaan/bukti');
    const historySection = page.getByRole('region', { name: 'Riwayat (tidak dihitung lagi)' });
    await expect.poll(() => historySection.textContent()).toContain('tidak dihitung lagi sejak');
    expect(await historySection.textContent()).toContain('sertifikat-pelatihan.pdf');
    expectNoPageErrors(page);
  });

  it('resumes an upload cut at 50 % where it stopped, and stores the very file (phone)', async () => {
    const page = await app.newPage(PHONE, { serviceWorker: true });
    await signIn(page, TEACHER.email);
    const teacher = await apiAs(page);
    await page.goto('/pelaksanaan/bukti');
    const code = 'penggerak_komunitas_belajar';
    await expect.poll(() => slotText(page, code)).toContain('Belum diisi');

    // 2 MB: eight chunks of 256 KB (CHUNK_BYTES); the connection drops as the fifth one starts.
    const chunk = 256 * 1024;
    const half = 4 * chunk;
    const file = pdf('bersambung', 8 * chunk);
    const offsets: number[] = [];
    let cut = false;
    await page.route(
      (url) => /^\/api\/uploads\/[^/]+\/chunk$/.test(url.pathname),
      async (route) => {
        const offset = Number(new URL(route.request().url()).searchParams.get('offset'));
        offsets.push(offset);
        if (offset === half && !cut) {
          cut = true;
          await page.context().setOffline(true);
          await route.abort('internetdisconnected');
          return;
        }
        await route.continue();
      },
    );
    await tryUpload(page, code, {
      name: 'bukti-besar.pdf',
      mimeType: 'application/pdf',
      buffer: file,
    });
    await expect
      .poll(() => slotText(page, code), UPLOAD_WAIT)
      .toContain(
        'Koneksi terputus di 50%. Unggahan dilanjutkan dari sini begitu tersambung kembali.',
      );
    expect(offsets.slice(0, 5)).toEqual([0, chunk, 2 * chunk, 3 * chunk, half]);

    // Back online: it goes on from 1 MB, never from the start, and the slot gets the file.
    await page.context().setOffline(false);
    await expect.poll(() => slotText(page, code), UPLOAD_WAIT).toContain('Berkas: bukti-besar.pdf');
    const afterCut = offsets.slice(5);
    expect(afterCut.length).toBeGreaterThanOrEqual(4);
    expect(afterCut.every((offset) => offset >= half)).toBe(true);
    expect([...new Set(offsets)]).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((n) => n * chunk));

    // The stored file is byte for byte the one on the phone.
    const plan = expectOk('mine', await teacher.get<MyPlanResponse>('/api/plans/mine')).plan!;
    const list = expectOk(
      'evidence',
      await teacher.get<EvidenceListResponse>(`/api/plans/${plan.id}/evidence`),
    );
    const stored = list.slots.find((slot) => slot.code === code)?.file;
    expect(stored?.sizeBytes).toBe(file.length);
    const served = await page.request.get(stored!.url);
    expect(served.status()).toBe(200);
    const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
    expect(sha256(await served.body())).toBe(sha256(file));
    expectNoPageErrors(page);
    await page.context().close();
  });
});
