import type { Plan, WrittenDocument } from '@kinerja/contract';
import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  browserSuite,
  checkA11y,
  expectNoPageErrors,
  PHONE,
  screenshot,
  signIn,
  useBrowserAndServer,
} from './harness.js';
import { apiAs, fillAndSubmitPlan, type Api } from './planning-supervision-api.js';

// Issue #5 items 3, 4 and 6 at 360 px, inside the 2025 execution window (domain.md §2.3, §3.6):
// the teacher's Dokumen Pengembangan Kompetensi and Dokumen Pelaksanaan Tugas Pokok, the
// principal's confirmation of the dokumen akuntabilitas, and the whole Siklus Praktik Kinerja
// A–E between the teacher and the principal on two phones. Demo people:
// apps/server/src/modules/demo/demo-data.ts.

const TEACHER = { email: 'andi.wijaya@guru.sma.belajar.id', name: 'Andi Wijaya, S.Pd.' };
const PRINCIPAL = {
  email: 'siti.rahmawati@guru.sma.belajar.id',
  name: 'Dr. Siti Rahmawati, M.Pd.',
};
const REFLECTION =
  'Dari pelatihan asesmen formatif saya belajar memberi umpan balik yang spesifik dan segera.';
/** A tiny but well-formed PDF (the server judges uploads by their bytes). */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

const mainText = async (page: Page) => (await page.getByRole('main').textContent()) ?? '';
const textOf = async (locator: Locator) => (await locator.textContent()) ?? '';

function expectOk<T>(what: string, answer: { status: number; body: T }): T {
  if (answer.status !== 200) {
    throw new Error(`${what}: HTTP ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  return answer.body;
}

/** Opens a main-navigation link from the phone menu. */
async function openFromMenu(page: Page, link: string): Promise<void> {
  await page.getByRole('button', { name: 'Menu' }).click();
  await page
    .getByRole('navigation', { name: 'Navigasi utama' })
    .getByRole('link', { name: link, exact: true })
    .click();
}

/** Clicks a one-way step's button and confirms it in the dialog that asks first. */
async function finishStep(
  page: Page,
  scope: Locator,
  button: string,
  dialogTitle: string,
  mustSay?: string,
): Promise<void> {
  await scope.getByRole('button', { name: button, exact: true }).first().click();
  const dialog = page.getByRole('dialog', { name: dialogTitle });
  await expect.poll(() => dialog.isVisible()).toBe(true);
  if (mustSay) expect(await dialog.textContent()).toContain(mustSay);
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await expect.poll(() => dialog.count()).toBe(0);
}

const step = (page: Page, name: string) => page.getByRole('region', { name });

browserSuite('Pelaksanaan Kinerja 2025 on phones (10 March 2025)', () => {
  const app = useBrowserAndServer({
    env: () => ({ NODE_ENV: 'development', KINERJA_START_CLOCK_AT: '2025-03-10T09:00:00+07:00' }),
  });
  let teacher: Page;
  let principal: Page;
  let teacherApi: Api;
  let planId = '';

  it('the teacher writes and sends the reflection and the duty checklist; both are locked afterwards', async () => {
    teacher = await app.newPage(PHONE);
    await signIn(teacher, TEACHER.email);
    teacherApi = await apiAs(teacher);
    expectOk('Ganti periode', await teacherApi.post('/api/me/period', { periodId: '2025' }));
    // Planning is the planning pages' own test: here the 2025 plan is made and approved by API.
    const submitted = await fillAndSubmitPlan(teacherApi, '2025');
    planId = submitted.id;
    principal = await app.newPage(PHONE);
    await signIn(principal, PRINCIPAL.email);
    const principalApi = await apiAs(principal);
    expectOk('Ganti periode', await principalApi.post('/api/me/period', { periodId: '2025' }));
    const approved = expectOk(
      'approve',
      await principalApi.post<Plan>(`/api/plans/${planId}/approve`, {
        version: submitted.version,
      }),
    );
    expect(approved.status).toBe('approved');

    await teacher.goto('/');
    await openFromMenu(teacher, 'Pelaksanaan');
    await teacher.waitForURL('**/pelaksanaan');
    const reflection = step(teacher, 'Dokumen Pengembangan Kompetensi');
    await expect.poll(() => textOf(reflection)).toContain('Belum diisi');
    expect(await mainText(teacher)).toContain('Dr. Siti Rahmawati, M.Pd.');
    await checkA11y(teacher, '/pelaksanaan (phone)');

    await reflection.getByRole('button', { name: 'Lakukan' }).click();
    await reflection.getByLabel('Refleksi hasil belajar').fill(REFLECTION);
    await reflection.getByRole('button', { name: 'Simpan Draf' }).click();
    await expect
      .poll(() => reflection.getByTestId('save-state').textContent(), { timeout: 15_000 })
      .toMatch(/^Tersimpan/);
    await checkA11y(teacher, 'reflection editor (phone)');
    await screenshot(teacher, 'pelaksanaan-reflection', PHONE);
    await finishStep(
      teacher,
      reflection,
      'Kirim ke Atasan',
      'Kirim ke Atasan?',
      'Dokumen yang telah dikirim tidak dapat diubah kembali.',
    );
    await expect.poll(() => textOf(reflection)).toContain('Terkirim');
    expect(await reflection.getByRole('textbox').count()).toBe(0);
    expect(await textOf(reflection)).toContain(REFLECTION);
    // The server refuses any change too.
    const sent = expectOk(
      'reflection',
      await teacherApi.get<WrittenDocument>(`/api/plans/${planId}/documents/competency-reflection`),
    );
    const refused = await teacherApi.put<{ error: { code: string } }>(
      `/api/plans/${planId}/documents/competency-reflection`,
      { version: sent.version, text: 'diubah' },
    );
    expect([refused.status, refused.body.error.code]).toEqual([409, 'DOCUMENT_LOCKED']);

    const checklist = step(teacher, 'Dokumen Pelaksanaan Tugas Pokok');
    await checklist.getByRole('button', { name: 'Lakukan' }).click();
    await checklist.getByRole('checkbox').first().check();
    await checkA11y(teacher, 'checklist editor (phone)');
    await finishStep(teacher, checklist, 'Kirim ke Atasan', 'Kirim ke Atasan?');
    await expect.poll(() => textOf(checklist)).toContain('Menunggu konfirmasi atasan');
    expect(await checklist.getByRole('checkbox').count()).toBe(0);
    await screenshot(teacher, 'pelaksanaan-sent', PHONE);
    expectNoPageErrors(teacher);
  });

  it('the principal reads the reflection and confirms the dokumen akuntabilitas with a note', async () => {
    await principal.goto('/');
    await openFromMenu(principal, 'Pelaksanaan');
    await principal.waitForURL('**/periksa/pelaksanaan');
    await expect
      .poll(() => mainText(principal))
      .toContain('1 Dokumen Pelaksanaan Tugas Pokok menunggu konfirmasi Anda.');
    await checkA11y(principal, '/periksa/pelaksanaan (phone)');
    await screenshot(principal, 'periksa-pelaksanaan', PHONE);

    await principal
      .getByRole('button', { name: `Baca Dokumen Pengembangan Kompetensi ${TEACHER.name}` })
      .click();
    const reading = principal.getByRole('dialog', { name: 'Dokumen Pengembangan Kompetensi' });
    await expect.poll(() => textOf(reading)).toContain(REFLECTION);
    await reading.getByRole('button', { name: 'Tutup' }).click();

    await principal
      .getByRole('button', { name: `Periksa Dokumen Pelaksanaan Tugas Pokok ${TEACHER.name}` })
      .click();
    const dialog = principal.getByRole('dialog', { name: 'Dokumen Pelaksanaan Tugas Pokok' });
    const note = dialog.getByLabel('Catatan (opsional)');
    await expect.poll(() => note.isVisible()).toBe(true);
    await note.fill('RPP dan daftar hadir sudah saya lihat.');
    await checkA11y(principal, 'accountability confirmation (phone)');
    await dialog.getByRole('button', { name: 'Konfirmasi dokumen akuntabilitas' }).click();
    await expect
      .poll(() => mainText(principal))
      .toContain(`Dokumen akuntabilitas ${TEACHER.name} telah dikonfirmasi.`);
    // The list reloads: the row now says so, and nothing waits any more.
    await expect.poll(() => mainText(principal)).toContain('Dokumen akuntabilitas dikonfirmasi');
    expect(await mainText(principal)).not.toContain('menunggu konfirmasi Anda');

    await teacher.reload();
    const checklist = step(teacher, 'Dokumen Pelaksanaan Tugas Pokok');
    await expect
      .poll(() => textOf(checklist))
      .toContain(`Dokumen akuntabilitas telah dikonfirmasi oleh ${PRINCIPAL.name}`);
    expect(await textOf(checklist)).toContain('RPP dan daftar hadir sudah saya lihat.');
    expectNoPageErrors(principal);
    expectNoPageErrors(teacher);
  });

  it('A. Diskusi Persiapan by the teacher, B. Observasi Kinerja by the principal on her phone', async () => {
    await teacher.getByRole('link', { name: 'Mulai Siklus Praktik Kinerja' }).click();
    await teacher.waitForURL(`**/pelaksanaan/siklus/${planId}`);
    const a = step(teacher, 'A. Diskusi Persiapan');
    await expect.poll(() => a.isVisible()).toBe(true);
    const targets = a.getByRole('checkbox');
    if ((await targets.count()) > 0) await targets.first().check();
    else await a.getByLabel('Perilaku fokus 1').fill('Memberi penguatan positif');
    await a.getByLabel('Tanggal', { exact: true }).fill('2025-03-12');
    await a.getByLabel('Jam', { exact: true }).fill('08:30');
    await a
      .getByLabel('Perilaku spesifik yang ingin dipelajari/ditampilkan saat observasi')
      .fill('Menyepakati aturan kelas bersama murid di awal pelajaran.');
    await a.getByLabel('Upaya untuk mencapai target').fill('Berlatih bersama rekan sejawat.');
    await a.getByRole('button', { name: 'Simpan', exact: true }).click();
    await expect.poll(() => textOf(a)).toContain('Tersimpan.');
    await a
      .getByLabel('Unggah Modul Ajar')
      .setInputFiles({ name: 'Modul Ajar 7A.pdf', mimeType: 'application/pdf', buffer: PDF });
    await a.getByRole('button', { name: 'Unggah', exact: true }).click();
    await expect.poll(() => textOf(a)).toContain('Modul Ajar 7A.pdf');
    await checkA11y(teacher, 'cycle A (phone)');
    await screenshot(teacher, 'siklus-a', PHONE);
    await finishStep(
      teacher,
      a,
      'Selesai Diskusi Persiapan',
      'Selesaikan Diskusi Persiapan?',
      'tidak dapat diubah lagi',
    );
    const waiting = step(teacher, 'B. Observasi Kinerja');
    await expect.poll(() => textOf(waiting)).toContain('Observasi Kinerja dilakukan oleh');
    expect(await textOf(waiting)).toContain('12 Maret 2025 pukul 08.30');

    await principal.goto('/periksa/pelaksanaan');
    await principal
      .getByRole('link', { name: `Buka Siklus Praktik Kinerja ${TEACHER.name}` })
      .click();
    await principal.waitForURL(`**/pelaksanaan/siklus/${planId}`);
    const b = step(principal, 'B. Observasi Kinerja');
    // The behaviours' fieldsets (the <details> of each target are groups too).
    const items = b.locator('fieldset.exec-obs-item');
    await expect.poll(() => items.count()).toBeGreaterThan(0);
    const count = await items.count();
    const choices = ['Dilakukan dan Efektif', 'Dilakukan tapi Belum Efektif', 'Belum Dilakukan'];
    for (let index = 0; index < count; index += 1) {
      await items
        .nth(index)
        .getByRole('radio', { name: choices[index % 3], exact: true })
        .check();
    }
    await items.nth(0).getByLabel('Catatan perilaku 1').fill('Kesepakatan kelas ditempel.');
    const progress = principal.getByTestId('observation-progress');
    await expect.poll(() => progress.textContent()).toBe(`${count} dari ${count} perilaku dinilai`);
    await expect
      // The note is saved a second after the last keystroke.
      .poll(() => principal.getByTestId('save-state').textContent(), { timeout: 15_000 })
      .toMatch(/^Tersimpan/);
    await checkA11y(principal, 'cycle B observation (phone)');
    await screenshot(principal, 'siklus-b-observasi', PHONE);

    // A reload in the classroom loses nothing.
    await principal.reload();
    const again = step(principal, 'B. Observasi Kinerja').locator('fieldset.exec-obs-item');
    await expect.poll(() => again.count()).toBe(count);
    expect(
      await again.nth(0).getByRole('radio', { name: choices[0], exact: true }).isChecked(),
    ).toBe(true);
    expect(await again.nth(0).getByLabel('Catatan perilaku 1').inputValue()).toBe(
      'Kesepakatan kelas ditempel.',
    );
    await finishStep(
      principal,
      step(principal, 'B. Observasi Kinerja'),
      'Selesai observasi',
      'Selesai observasi?',
      'tidak dapat diubah lagi',
    );
    await expect.poll(() => step(principal, 'C. Diskusi Tindak Lanjut').isVisible()).toBe(true);
    expectNoPageErrors(principal);
    expectNoPageErrors(teacher);
  });

  it('C. Diskusi Tindak Lanjut, D. Upaya Tindak Lanjut and E. Refleksi Tindak Lanjut to the end', async () => {
    const c = step(principal, 'C. Diskusi Tindak Lanjut');
    await c
      .getByLabel('Tindak lanjut yang disepakati')
      .fill('Guru mencoba restitusi pada dua pertemuan berikutnya; kepala sekolah mendampingi.');
    await checkA11y(principal, 'cycle C (phone)');
    await finishStep(
      principal,
      c,
      'Selesai Diskusi Tindak Lanjut',
      'Selesaikan Diskusi Tindak Lanjut?',
    );
    await expect
      .poll(() => textOf(step(principal, 'D. Upaya Tindak Lanjut')))
      .toContain('mencatat upaya tindak lanjut');

    await teacher.reload();
    const d = step(teacher, 'D. Upaya Tindak Lanjut');
    await expect.poll(() => textOf(d)).toContain('Guru mencoba restitusi');
    await finishStep(
      teacher,
      d,
      'Konfirmasi hasil diskusi',
      'Konfirmasi hasil Diskusi Tindak Lanjut?',
    );
    await expect.poll(() => textOf(d)).toContain(`Dikonfirmasi oleh ${TEACHER.name}`);
    await d.getByLabel('Tanggal upaya 1').fill('2025-03-10');
    await d
      .getByLabel('Uraian upaya 1')
      .fill('Menerapkan restitusi saat murid terlambat mengumpulkan tugas.');
    await d.getByRole('button', { name: 'Simpan', exact: true }).click();
    await checkA11y(teacher, 'cycle D (phone)');
    await finishStep(teacher, d, 'Selesai Upaya Tindak Lanjut', 'Selesaikan Upaya Tindak Lanjut?');

    const e = step(teacher, 'E. Refleksi Tindak Lanjut');
    await e
      .getByLabel('Refleksi tindak lanjut')
      .fill('Murid lebih cepat memperbaiki perilaku bila diajak berdiskusi.');
    await checkA11y(teacher, 'cycle E (phone)');
    await finishStep(
      teacher,
      e,
      'Kirim refleksi',
      'Kirim refleksi tindak lanjut?',
      'Refleksi yang telah dikirim tidak dapat diubah kembali.',
    );
    await expect.poll(() => textOf(e)).toContain('Dikirim');
    expect(await e.getByLabel('Refleksi tindak lanjut').count()).toBe(0);

    await principal.reload();
    const pe = step(principal, 'E. Refleksi Tindak Lanjut');
    await expect.poll(() => textOf(pe)).toContain('Murid lebih cepat memperbaiki perilaku');
    await pe.getByLabel('Komentar atasan').fill('Refleksi sudah tajam; lanjutkan pencatatan.');
    await pe.getByRole('button', { name: 'Simpan komentar' }).click();
    await finishStep(
      principal,
      pe,
      'Selesaikan siklus',
      'Selesaikan Siklus Praktik Kinerja?',
      'Hasil siklus dipakai pada Penilaian Kinerja.',
    );
    await expect.poll(() => principal.getByTestId('cycle-completed').isVisible()).toBe(true);

    await teacher.reload();
    await expect.poll(() => teacher.getByTestId('cycle-completed').isVisible()).toBe(true);
    const done = teacher.locator('details', { hasText: 'B. Observasi Kinerja' });
    await done.locator('summary').click();
    await expect.poll(() => textOf(done)).toContain('Kesepakatan kelas ditempel.');
    await checkA11y(teacher, 'completed cycle (phone)');
    await screenshot(teacher, 'siklus-selesai', PHONE);
    expectNoPageErrors(teacher);
    expectNoPageErrors(principal);
    await teacher.context().close();
    await principal.context().close();
  });
});
