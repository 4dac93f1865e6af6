import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  agreedPlan,
  completePracticeCycle,
  cycleApiAs,
  downloadEvaluationText,
  expectStatus,
  extendStages,
  personIdOf,
  sendAndConfirmDocuments,
  type ExecutionTexts,
} from './assessment-support.js';
import {
  browserSuite,
  checkA11y,
  DESKTOP,
  expectNoPageErrors,
  PHONE,
  screenshot,
  signIn,
  useBrowserAndServer,
  type Viewport,
} from './harness.js';
import { apiAs } from './planning-supervision-api.js';
import { mainText } from './planning-support.js';

// Issue #6 "Done when": after a full 2025 cycle (plan agreed, reflection and duty checklist sent
// and confirmed, Siklus Praktik Kinerja A–E completed — prepared through the API), the principal
// assesses a teacher on her phone: both ratings (domain.md §5.1), feedback for a BerAKHLAK value,
// "Catatan / Rekomendasi", the predikat of the §5.2 matrix, "Tetapkan" with a confirmation. The
// teacher is notified, reads the result on "Hasil Penilaian" and downloads the Dokumen Evaluasi
// Kinerja Pegawai, whose fields are those of domain.md §5.6. Demo people:
// apps/server/src/modules/demo/demo-data.ts (school A, SMA Negeri 1 Contoh Bandung).

const TEACHER = {
  email: 'andi.wijaya@guru.sma.belajar.id',
  name: 'Andi Wijaya, S.Pd.',
  nip: '199203152019031008',
};
const PRINCIPAL = {
  email: 'siti.rahmawati@guru.sma.belajar.id',
  name: 'Dr. Siti Rahmawati, M.Pd.',
  nip: '197805122003122004',
};
/** The Dinas assessor of the SMA principal: the atasan of the teacher's assessor (§5.6). */
const DINAS = { name: 'Ir. Wahyu Hidayat, M.Si.', nip: '197202021998031007' };
const ADMIN = { email: 'admin@kinerja.id' };
const SCHOOL = 'SMA Negeri 1 Contoh Bandung';

const TEXTS: ExecutionTexts = {
  reflection: 'Pelatihan asesmen formatif mengajari saya memberi umpan balik yang segera.',
  accountabilityNote: 'RPP dan daftar hadir sudah saya lihat.',
  scheduledDate: '2025-10-08',
  actionDate: '2025-10-15',
  observationNote: 'Kesepakatan kelas ditempel di dinding.',
  followUp: 'Guru mencoba restitusi pada dua pertemuan berikutnya.',
  practiceReflection: 'Murid lebih cepat memperbaiki perilaku bila diajak berdiskusi.',
  comment: 'Refleksi sudah tajam; lanjutkan pencatatan.',
};
const FEEDBACK = {
  value: 'Kompeten',
  text: 'Aktif berbagi praktik baik asesmen formatif di komunitas belajar sekolah.',
};
const NOTES = 'Pertahankan kinerja; ikuti pelatihan diferensiasi pembelajaran pada 2026.';

// A loaded two-core CI machine can take seconds per page; nothing here waits for time to pass.
/** How long a page may take to show what the server answered. */
const WAIT = { timeout: 15_000 };
/** Each browser step, and the API preparation (about 40 requests), on a busy machine. */
const STEP = 120_000;
const STEP_SETUP = 180_000;

const bell = (page: Page) => page.getByRole('button', { name: /^Notifikasi, \d+ belum dibaca$/ });

async function unread(page: Page): Promise<number> {
  const label = (await bell(page).getAttribute('aria-label')) ?? '';
  return Number(/(\d+)/.exec(label)?.[1] ?? Number.NaN);
}

const rating = (page: Page, group: string, label: string) =>
  page
    .getByRole('group', { name: group, exact: true })
    .getByRole('radio', { name: label, exact: true });

const predikatLine = (page: Page) => page.locator('.assessment-predikat');

/** /penilaian → the teacher's row → the assessor's page. */
async function openAssessorPage(page: Page, viewport: Viewport, action: string): Promise<void> {
  await page.goto('/penilaian');
  const link = page.getByRole('link', { name: `${action} ${TEACHER.name}`, exact: true });
  await link.waitFor();
  await checkA11y(page, `/penilaian (${viewport.name})`);
  await screenshot(page, `penilaian-list-${action.toLowerCase()}`, viewport);
  await link.click();
  await page.waitForURL('**/penilaian/*');
  await page.getByRole('heading', { name: 'Hasil Pelaksanaan Kinerja' }).waitFor();
}

browserSuite('Penilaian Kinerja 2025 after a full cycle (20 November 2025)', () => {
  const app = useBrowserAndServer({
    // Noon WIB: the pages show dates on the device's calendar, 20 November from UTC−5 to UTC+14.
    env: () => ({ NODE_ENV: 'development', KINERJA_START_CLOCK_AT: '2025-11-20T12:00:00+07:00' }),
  });
  let teacher: Page;
  let principal: Page;
  let desk: Page;
  /** The teacher's unread notifications before "Tetapkan" (planning and execution left some). */
  let unreadBefore = Number.NaN;

  it(
    'prepares the 2025 cycle through the API: plan agreed, documents confirmed, Siklus A–E completed',
    async () => {
      teacher = await app.newPage(PHONE);
      await signIn(teacher, TEACHER.email);
      const guru = await apiAs(teacher);
      principal = await app.newPage(PHONE);
      await signIn(principal, PRINCIPAL.email);
      const kepsek = await cycleApiAs(principal);
      const adminPage = await app.newPage(PHONE);
      await signIn(adminPage, ADMIN.email);
      // Planning (January) and execution (until 12 November) are closed: the admin reopens both.
      await extendStages(await apiAs(adminPage), {
        personId: await personIdOf(guru),
        periodId: '2025',
        stages: ['planning', 'execution'],
        until: '2025-12-31',
      });
      await adminPage.context().close();
      for (const api of [guru, kepsek]) {
        expectStatus('Ganti periode', await api.post('/api/me/period', { periodId: '2025' }));
      }
      const plan = await agreedPlan(guru, kepsek, '2025');
      await sendAndConfirmDocuments(guru, kepsek, { planId: plan.id, texts: TEXTS });
      await completePracticeCycle(guru, kepsek, { planId: plan.id, texts: TEXTS });

      // Nothing is set yet: the teacher's "Hasil Penilaian" says so.
      await teacher.goto('/penilaian-saya');
      await expect
        .poll(() => mainText(teacher), WAIT)
        .toContain('Penilaian Kinerja Anda belum ditetapkan.');
      // The bell says 0 until its first load: wait for the count the server gives.
      const feed = await guru.get<{ unreadCount: number }>('/api/notifications?limit=1');
      unreadBefore = expectStatus('notifications', feed).unreadCount;
      await expect.poll(() => unread(teacher), WAIT).toBe(unreadBefore);
      expectNoPageErrors(teacher);
    },
    STEP_SETUP,
  );

  it(
    'the principal rates, writes feedback and notes, sees the predikat follow the §5.2 matrix (phone)',
    async () => {
      await openAssessorPage(principal, PHONE, 'Nilai');
      const main = principal.getByRole('main');
      // What Pelaksanaan produced, as labels.
      await expect.poll(() => mainText(principal), WAIT).toContain(TEXTS.followUp);
      const execution = main.getByRole('region', { name: 'Hasil Pelaksanaan Kinerja' });
      const executionText = (await execution.textContent()) ?? '';
      // Sent today, and the checklist confirmed by the principal (§3.6); the cycle closed (§2.3).
      expect(executionText).toContain(
        'Dokumen Pengembangan KompetensiTerkirim 20 November 2025Dokumen Pelaksanaan Tugas PokokTerkirim 20 November 2025 · dikonfirmasi atasan 20 November 2025',
      );
      expect(executionText).toContain('Siklus Praktik KinerjaSelesai');
      const observed = /Observasi Kinerja: (\d+) dari (\d+) perilaku dinilai/.exec(executionText);
      expect(observed?.[1]).toBe(observed?.[2]);
      expect(executionText).toContain(`Dilakukan dan Efektif: ${observed?.[1]}`);
      expect(executionText).toContain('Belum Dilakukan: 0');
      expect(executionText).toContain(TEXTS.practiceReflection);
      expect(executionText).not.toMatch(/\b(sent|draft|completed|main_duties_checklist)\b/);
      expect(await predikatLine(principal).textContent()).toContain(
        'Predikat muncul setelah kedua rating dipilih dan disimpan.',
      );
      await checkA11y(principal, 'assessor page, empty (phone)');

      // Di Atas × Di Atas → Sangat Baik (§5.2).
      await rating(principal, 'Rating Hasil Kerja', 'Di Atas Ekspektasi').check();
      await rating(principal, 'Rating Perilaku Kerja', 'Di Atas Ekspektasi').check();
      await main.getByRole('textbox', { name: FEEDBACK.value, exact: true }).fill(FEEDBACK.text);
      await main.getByRole('textbox', { name: 'Catatan / Rekomendasi', exact: true }).fill(NOTES);
      expect(await mainText(principal)).toContain('Ada perubahan yang belum disimpan.');
      await main.getByRole('button', { name: 'Simpan', exact: true }).click();
      await expect
        .poll(() => mainText(principal), WAIT)
        .toContain('Penilaian tersimpan sebagai draf.');
      await expect.poll(() => predikatLine(principal).textContent(), WAIT).toContain('Sangat Baik');

      // Di Atas × Sesuai → Baik (§5.2): the predikat follows the saved ratings.
      await rating(principal, 'Rating Perilaku Kerja', 'Sesuai Ekspektasi').check();
      await main.getByRole('button', { name: 'Simpan', exact: true }).click();
      await expect
        .poll(() => predikatLine(principal).textContent(), WAIT)
        .toBe('Predikat KinerjaBaik (mengikuti rating yang tersimpan; belum ditetapkan)');
      await checkA11y(principal, 'assessor page, draft (phone)');
      await screenshot(principal, 'penilaian-draft', PHONE);

      // The same draft on a laptop, for the desktop screenshots of the draft and the dialog.
      desk = await app.newPage(DESKTOP);
      await signIn(desk, PRINCIPAL.email);
      expectStatus(
        'Ganti periode',
        await (await apiAs(desk)).post('/api/me/period', { periodId: '2025' }),
      );
      await openAssessorPage(desk, DESKTOP, 'Nilai');
      await expect.poll(() => predikatLine(desk).textContent(), WAIT).toContain('Baik');
      await checkA11y(desk, 'assessor page, draft (desktop)');
      await screenshot(desk, 'penilaian-draft', DESKTOP);
      await desk.getByRole('button', { name: 'Tetapkan', exact: true }).click();
      const deskDialog = desk.getByRole('dialog', { name: 'Tetapkan Penilaian Kinerja?' });
      await deskDialog.waitFor();
      await screenshot(desk, 'penilaian-tetapkan-dialog', DESKTOP, { fullPage: false });
      await deskDialog.getByRole('button', { name: 'Batal', exact: true }).click();
      await expect.poll(() => deskDialog.count(), WAIT).toBe(0);
      expectNoPageErrors(desk);
      expectNoPageErrors(principal);
    },
    STEP,
  );

  it(
    '"Tetapkan" asks first, then the assessment is final and locked (phone)',
    async () => {
      const main = principal.getByRole('main');
      await main.getByRole('button', { name: 'Tetapkan', exact: true }).click();
      const dialog = principal.getByRole('dialog', { name: 'Tetapkan Penilaian Kinerja?' });
      await dialog.waitFor();
      const dialogText = (await dialog.textContent()) ?? '';
      expect(dialogText).toContain(`Penilaian Kinerja ${TEACHER.name} akan menjadi final`);
      expect(dialogText).toContain('Predikat: Baik');
      await checkA11y(principal, 'Tetapkan dialog (phone)');
      await screenshot(principal, 'penilaian-tetapkan-dialog', PHONE, { fullPage: false });
      await dialog.getByRole('button', { name: 'Tetapkan', exact: true }).click();
      await expect.poll(() => mainText(principal), WAIT).toContain('Penilaian Kinerja ditetapkan.');
      expect(await dialog.count()).toBe(0);

      const result = main.getByRole('region', { name: 'Hasil Penilaian' });
      const text = (await result.textContent()) ?? '';
      expect(text).toContain('Baik');
      expect(text).toContain('Di Atas Ekspektasi');
      expect(text).toContain('Sesuai Ekspektasi');
      expect(text).toContain(FEEDBACK.text);
      expect(text).toContain(NOTES);
      expect(text).toContain(`oleh ${PRINCIPAL.name}`);
      // Final: nothing left to type or choose, and the badge says so.
      expect(await main.getByRole('radio').count()).toBe(0);
      expect(await main.getByRole('textbox').count()).toBe(0);
      expect(await main.getByRole('button', { name: 'Simpan', exact: true }).count()).toBe(0);
      expect(await main.locator('.assessment-header').textContent()).toContain('Ditetapkan');
      await checkA11y(principal, 'assessor page, final (phone)');
      await screenshot(principal, 'penilaian-final', PHONE);

      // The list shows the predikat; the laptop page, reloaded, is final too.
      await principal.goto('/penilaian');
      const row = principal.getByRole('listitem').filter({ hasText: TEACHER.name });
      await expect.poll(() => row.textContent(), WAIT).toContain('Ditetapkan');
      expect(await row.textContent()).toContain('Baik');
      await screenshot(principal, 'penilaian-list-final', PHONE);
      await openAssessorPage(desk, DESKTOP, 'Lihat');
      await expect.poll(() => mainText(desk), WAIT).toContain(NOTES);
      expect(await desk.getByRole('main').getByRole('radio').count()).toBe(0);
      await checkA11y(desk, 'assessor page, final (desktop)');
      await screenshot(desk, 'penilaian-final', DESKTOP);
      expectNoPageErrors(principal);
      expectNoPageErrors(desk);
      await desk.context().close();
      await principal.context().close();
    },
    STEP,
  );

  it(
    'the teacher is notified, reads "Hasil Penilaian" and downloads the Dokumen Evaluasi Kinerja (phone)',
    async () => {
      // The bell picks the new notification up when the window regains focus.
      await teacher.evaluate(() => window.dispatchEvent(new Event('focus')));
      await expect.poll(() => unread(teacher), WAIT).toBe(unreadBefore + 1);
      await bell(teacher).click();
      const panel = teacher.getByRole('region', { name: 'Notifikasi' });
      const notice = panel.getByRole('link', { name: /Penilaian Kinerja telah ditetapkan/ });
      await expect.poll(() => notice.isVisible(), WAIT).toBe(true);
      expect(await notice.textContent()).toContain(`${PRINCIPAL.name} telah menetapkan`);
      expect(await notice.textContent()).toContain('dengan predikat Baik');
      await notice.click();
      await teacher.waitForURL('**/penilaian-saya');

      const result = teacher.getByRole('region', { name: 'Januari–Desember 2025 — Tahunan' });
      await result.waitFor({ timeout: WAIT.timeout });
      expect(await result.textContent()).toContain('Baik');
      const text = (await result.textContent()) ?? '';
      expect(text).toContain('Rating Hasil KerjaDi Atas Ekspektasi');
      expect(text).toContain('Rating Perilaku KerjaSesuai Ekspektasi');
      expect(text).toContain(`${FEEDBACK.value}${FEEDBACK.text}`);
      expect(text).toContain(NOTES);
      // §5.4: Baik is 100 % of the Ahli Pertama coefficient 12,5 for a full year.
      expect(text).toContain('Angka Kredit12,5 (Ahli Pertama)');
      expect(text).toContain(`Pejabat Penilai Kinerja${PRINCIPAL.name}`);
      expect(text).toContain('Periode penilaian: 1 Januari 2025 s.d. 31 Desember 2025');
      expect(text).toContain(`Ditetapkan oleh ${PRINCIPAL.name} pada 20 November 2025`);
      await checkA11y(teacher, '/penilaian-saya (phone)');
      await screenshot(teacher, 'penilaian-saya', PHONE);

      // Dokumen Evaluasi Kinerja Pegawai, Perdirjen 7607 layout (domain.md §5.6, fields 1–29).
      const pdf = await downloadEvaluationText(teacher);
      expect(pdf).toContain('DOKUMEN EVALUASI KINERJA PEGAWAI PERIODE: TAHUNAN');
      expect(pdf).toContain('DINAS PENDIDIKAN PROVINSI JAWA BARAT');
      expect(pdf).toContain('PERIODE PENILAIAN: 1 JANUARI 2025 S.D. 31 DESEMBER 2025');
      expect(pdf).toContain(
        `PEGAWAI YANG DINILAI 1 NAMA ${TEACHER.name} 2 NIP ${TEACHER.nip} 3 PANGKAT/GOL. RUANG Penata Muda, III/a 4 JABATAN Guru Ahli Pertama 5 UNIT KERJA ${SCHOOL}`,
      );
      expect(pdf).toContain(
        `PEJABAT PENILAI KINERJA 1 NAMA ${PRINCIPAL.name} 2 NIP ${PRINCIPAL.nip} 3 PANGKAT/GOL. RUANG Pembina Tingkat I, IV/b 4 JABATAN Kepala Sekolah 5 UNIT KERJA ${SCHOOL}`,
      );
      expect(pdf).toContain(
        `ATASAN PEJABAT PENILAI KINERJA 1 NAMA ${DINAS.name} 2 NIP ${DINAS.nip} 3 PANGKAT/GOL. RUANG Pembina Tingkat I, IV/b 4 JABATAN Kepala Bidang Pembinaan SMA 5 UNIT KERJA Dinas Pendidikan Provinsi Jawa Barat`,
      );
      // (20) The school's capaian is the principal's own Rating Hasil Kerja, not set yet (§5.3).
      expect(pdf).toContain(
        `EVALUASI KINERJA 1 CAPAIAN KINERJA ORGANISASI Belum ditetapkan 2 PREDIKAT KINERJA PEGAWAI Baik 3 CATATAN/REKOMENDASI ${NOTES}`,
      );
      // (23)–(29) Place and date, then the signature blocks.
      expect(pdf).toContain('Kabupaten Bandung, 20 November 2025');
      expect(pdf).toContain(
        `Pegawai yang Dinilai ${TEACHER.name} NIP. ${TEACHER.nip} Pejabat Penilai Kinerja ${PRINCIPAL.name} NIP. ${PRINCIPAL.nip} Atasan Pejabat Penilai Kinerja ${DINAS.name} NIP. ${DINAS.nip}`,
      );
      expect(pdf).toContain(
        'RATING HASIL KERJA Di Atas Ekspektasi 2 RATING PERILAKU KERJA Sesuai Ekspektasi 3 PREDIKAT KINERJA PEGAWAI Baik 4 ANGKA KREDIT 12,5 (100% × koefisien 12,5 Ahli Pertama × 12/12 bulan)',
      );
      expect(pdf).toContain(`${FEEDBACK.value} ${FEEDBACK.text}`);
      expectNoPageErrors(teacher);
      await teacher.context().close();
    },
    STEP,
  );

  it(
    '"Hasil Penilaian" on a laptop',
    async () => {
      const page = await app.newPage(DESKTOP);
      await signIn(page, TEACHER.email);
      await page.goto('/penilaian-saya');
      await expect.poll(() => mainText(page), WAIT).toContain(NOTES);
      await checkA11y(page, '/penilaian-saya (desktop)');
      await screenshot(page, 'penilaian-saya', DESKTOP);
      expectNoPageErrors(page);
      await page.context().close();
    },
    STEP,
  );
});
