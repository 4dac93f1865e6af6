import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { AssessmentPage, Plan } from '@kinerja/contract';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { documentText } from '../../apps/server/src/modules/assessments/assessment-test-support.js';
import { agreedPlan, expectStatus, extendStages, personIdOf } from './assessment-support.js';
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
import { visit } from './support/page-text-scan.js';

// Issue 14 item 5 in the browser (domain.md §5.6): a teacher's Dokumen Evaluasi Kinerja is set while
// the principal is not assessed yet (capaian "Belum ditetapkan"). The Dinas then assesses the
// principal: the teacher's file, downloaded again, is byte-identical. The principal's page lists
// the numbered version, names the later fact and, after a confirmation, issues version 2 — a
// different file carrying the next number — and the teacher is told. Plans and ratings are set
// through the API (their own browser tests exist); the versions and the new version are the page's.
// Demo people: apps/server/src/modules/demo/demo-data.ts (school A, SMA Negeri 1).

const TEACHER = { email: 'andi.wijaya@guru.sma.belajar.id', name: 'Andi Wijaya, S.Pd.' };
const PRINCIPAL = { email: 'siti.rahmawati@guru.sma.belajar.id' };
const DINAS = { email: 'wahyu.hidayat@disdik.jabarprov.go.id' };
const ADMIN = { email: 'admin@kinerja.id' };
const WAIT = { timeout: 15_000 };
const STEP = 180_000;

/** Signs in, chooses 2025 and answers the page with its API client. */
async function signedIn(page: Page, email: string): Promise<Api> {
  await signIn(page, email);
  const api = await apiAs(page);
  expectStatus('Ganti periode', await api.post('/api/me/period', { periodId: '2025' }));
  return api;
}

/** Simpan and Tetapkan, as the assessor's page sends them (domain.md §5.1–5.2). */
async function assessAndSet(assessor: Api, planId: string, rating: string): Promise<string> {
  const draft = expectStatus(
    'simpan',
    await assessor.put<AssessmentPage>(`/api/plans/${planId}/assessment`, {
      version: 0,
      workResultRating: rating,
      workBehaviourRating: 'meets_expectations',
      behaviourFeedback: { kolaboratif: 'Aktif di komunitas belajar sekolah.' },
      notes: 'Pertahankan praktik baik.',
    }),
  );
  const set = expectStatus(
    'tetapkan',
    await assessor.post<AssessmentPage>(`/api/assessments/${draft.assessment.id}/finalize`, {
      version: draft.assessment.version,
      isConfirmed: true,
    }),
  );
  return set.assessment.id!;
}

/** "Unduh Dokumen Evaluasi Kinerja" through the browser's download: the file's bytes. */
async function download(page: Page): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Unduh Dokumen Evaluasi Kinerja', exact: true }).click(),
  ]);
  return readFile(await file.path());
}

browserSuite('a final Dokumen Evaluasi Kinerja stays as set; a new version only on request', () => {
  const app = useBrowserAndServer({
    env: () => ({ NODE_ENV: 'development', KINERJA_START_CLOCK_AT: '2025-11-20T12:00:00+07:00' }),
  });

  it(
    'keeps the file after the principal is assessed, then issues version 2 from the page (phone)',
    async () => {
      const teacher = await app.newPage(PHONE);
      const guru = await signedIn(teacher, TEACHER.email);
      const principal = await app.newPage(PHONE);
      const kepsek = await signedIn(principal, PRINCIPAL.email);
      const adminPage = await app.newPage(PHONE);
      const admin = await signedIn(adminPage, ADMIN.email);
      const dinasPage = await app.newPage(PHONE);
      const dinas = await signedIn(dinasPage, DINAS.email);
      // Planning (January) is closed on 20 November: the admin reopens it for both (§2.4).
      for (const api of [guru, kepsek]) {
        await extendStages(admin, {
          personId: await personIdOf(api),
          periodId: '2025',
          stages: ['planning', 'execution'],
          until: '2025-12-31',
        });
      }
      const teacherPlan = await agreedPlan(guru, kepsek, '2025');
      expectStatus(
        'Sebagai Pegawai',
        await kepsek.post('/api/me/role', { role: 'principal_employee' }),
      );
      const ownPlan = await fillAndSubmitPlan(kepsek, '2025');
      expectStatus(
        'Setujui (Dinas)',
        await dinas.post<Plan>(`/api/plans/${ownPlan.id}/approve`, { version: ownPlan.version }),
      );
      expectStatus(
        'Sebagai Atasan',
        await kepsek.post('/api/me/role', { role: 'principal_supervisor' }),
      );

      // Set while the principal's own Rating Hasil Kerja is unknown (§5.3): "Belum ditetapkan".
      await assessAndSet(kepsek, teacherPlan.id, 'meets_expectations');
      await teacher.goto('/penilaian-saya');
      const setFile = await download(teacher);
      expect(documentText(setFile)).toMatch(/CAPAIAN KINERJA ORGANISASI\nBelum ditetapkan/);

      // A later fact: the Dinas assesses the principal (capaian "Baik"). The same file, byte for byte.
      await assessAndSet(dinas, ownPlan.id, 'meets_expectations');
      await teacher.reload();
      expect((await download(teacher)).equals(setFile)).toBe(true);

      // The principal's page: version 1, the later fact, and "Terbitkan versi baru" asking first.
      await principal.goto(`/penilaian/${teacherPlan.id}`);
      const card = principal.getByRole('region', { name: 'Versi Dokumen Evaluasi Kinerja' });
      await card.waitFor(WAIT);
      const versions = card.getByTestId('document-version');
      expect(await versions.count()).toBe(1);
      const v1 = (await versions.first().textContent()) ?? '';
      expect(v1).toContain('Versi 1 (berlaku)');
      expect(v1).toMatch(/Nomor dokumenDEK\/2025\/\d{6}\/V1/);
      expect(v1).toContain('Diterbitkan20 November 2025');
      expect(v1).toContain('AlasanDitetapkan');
      // The hash of the stored file is the hash of the bytes the teacher downloaded.
      expect(v1).toContain(createHash('sha256').update(setFile).digest('hex'));
      expect(await card.getByTestId('document-later-facts').textContent()).toBe(
        'Capaian Kinerja Organisasi: Belum ditetapkan → Baik',
      );
      await visit(principal, 'versi dokumen (kepala sekolah)');
      await checkA11y(principal, 'document versions (phone)');
      await screenshot(principal, 'dokumen-versi-1', PHONE);

      await card.getByRole('button', { name: 'Terbitkan versi baru', exact: true }).click();
      const dialog = principal.getByRole('dialog', { name: 'Terbitkan versi baru dokumen?' });
      await dialog.waitFor(WAIT);
      const asked = (await dialog.textContent()) ?? '';
      expect(asked).toContain(`Versi 2 Dokumen Evaluasi Kinerja ${TEACHER.name}`);
      expect(asked).toContain('Versi 1 tetap tersimpan apa adanya.');
      expect(asked).toContain(`${TEACHER.name} akan diberi tahu.`);
      expect(asked).toContain('Capaian Kinerja Organisasi: Belum ditetapkan → Baik');
      await checkA11y(principal, 'Terbitkan versi baru dialog (phone)');
      await screenshot(principal, 'dokumen-versi-dialog', PHONE, { fullPage: false });
      await dialog.getByRole('button', { name: 'Terbitkan versi 2', exact: true }).click();
      await principal
        .getByText(/^Versi 2 diterbitkan dengan nomor DEK\/2025\/\d{6}\/V2\.$/)
        .waitFor(WAIT);
      expect(await dialog.count()).toBe(0);
      expect(await versions.count()).toBe(2);
      expect(await versions.first().textContent()).toContain('Versi 2 (berlaku)');
      expect(await versions.first().textContent()).toContain('AlasanVersi baru diterbitkan');
      expect(await card.textContent()).toContain(
        'Tidak ada fakta yang berubah sejak versi terakhir',
      );
      await visit(principal, 'versi dokumen 2 (kepala sekolah)');
      await screenshot(principal, 'dokumen-versi-2', PHONE);

      // Version 2 is another file, with the next number and today's capaian; the teacher is told.
      const reissued = await download(principal);
      expect(reissued.equals(setFile)).toBe(false);
      const text = documentText(reissued);
      expect(text).toMatch(/CAPAIAN KINERJA ORGANISASI\nBaik/);
      expect(text).toMatch(/NOMOR DOKUMEN: DEK\/2025\/\d{6}\/V2 \(VERSI 2\)/);
      await teacher.reload();
      expect((await download(teacher)).equals(reissued)).toBe(true);
      await teacher.getByRole('button', { name: /^Notifikasi/ }).click();
      const told = teacher
        .getByRole('region', { name: 'Notifikasi' })
        .getByRole('link', { name: /Dokumen Evaluasi Kinerja diterbitkan versi baru/ });
      await told.waitFor(WAIT);
      expect(await told.textContent()).toMatch(
        /menerbitkan versi 2 \(nomor DEK\/2025\/\d{6}\/V2\)/,
      );
      for (const page of [teacher, principal]) expectNoPageErrors(page);
      for (const page of [teacher, principal, adminPage, dinasPage]) await page.context().close();
    },
    STEP,
  );
});
