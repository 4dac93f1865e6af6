import { expect, it, vi } from 'vitest';
import { browserSuite, expectNoPageErrors, useBrowserAndServer } from '../harness.js';
import { visit } from '../support/page-text-scan.js';
import {
  backHome,
  download,
  mainText,
  menu,
  PEOPLE,
  switchRole,
  todo,
  WAIT,
} from '../year-2026/steps.js';
import { headlessSchoolGetsPlt } from '../year-2026/headless-school.js';
import { approve, assess, reviewFromList } from '../year-2026/page-actions.js';
import { collectFirstEvidence, downloadEKinerjaCsv, recommend } from './acts.js';
import { runTheCycles, SMA_TEACHERS, submitThePlans } from './setup-api.js';
import { everyHome, home, shot, STAGES, STEP } from './steps.js';

// Issue 11 "Done when", 2024-S1 after planning: the principal approves her teachers' plans and the
// Dinas provinsi the principal's from their homes; the operator reads the roster; the admin gives
// the school without a principal a Plt through "Impor Data Dapodik" (domain.md §1.2); Pelaksanaan (Bukti Dukung uploads — 2024 has no written execution documents to
// confirm, domain.md §3.4, §3.6 — and the Siklus), Penilaian (every teacher final by the atasan,
// the principal final by the Dinas, the pengawas' Rekomendasi) and every document downloaded from
// a page; the operator follows the e-Kinerja to-do, the Dinas and the admin read e-Kinerja. Plan
// submissions and Siklus steps other browser tests drive are set up through the API (setup-api).

vi.setConfig({ hookTimeout: 300_000 });

const RECOMMENDATION = 'Observasi menunjukkan kepemimpinan pembelajaran yang konsisten.';

browserSuite('a year in the life, 2024-S1 Pelaksanaan and Penilaian, at 360 px (issue 11)', () => {
  const app = useBrowserAndServer({
    env: () => ({ NODE_ENV: 'development', KINERJA_START_CLOCK_AT: STAGES.perencanaan }),
  });

  it(
    'Perencanaan: the principal and the Dinas approve from their homes; a Plt from Dapodik',
    async () => {
      await submitThePlans(app);
      const { page: kepsek, due: kepsekDue } = await home(
        app,
        'principal',
        '1-perencanaan-diajukan',
      );
      expect(kepsekDue).toContain('3 Perencanaan Kinerja perlu disetujui');
      await todo(kepsek, /Perencanaan Kinerja perlu disetujui/, 'principal Periksa from the to-do');
      for (const who of SMA_TEACHERS) {
        await reviewFromList(kepsek, PEOPLE[who].name);
        await approve(kepsek, PEOPLE[who].name);
      }
      expectNoPageErrors(kepsek);
      await kepsek.context().close();

      const { page: dinas, due } = await home(app, 'dinasProvinsi', '1-perencanaan-ks-diajukan');
      expect(due).toContain('1 Perencanaan Kinerja Kepala Sekolah perlu disetujui');
      await todo(
        dinas,
        /Kepala Sekolah perlu disetujui/,
        'Dinas Perencanaan Kinerja Kepala Sekolah',
      );
      await reviewFromList(dinas, PEOPLE.principal.name);
      await dinas.getByRole('button', { name: 'Setujui', exact: true }).click();
      await dinas
        .getByRole('dialog', { name: 'Setujui Perencanaan Kinerja?' })
        .getByRole('button', { name: 'Setujui', exact: true })
        .click();
      await expect.poll(() => mainText(dinas), WAIT).toContain('disetujui');
      expectNoPageErrors(dinas);
      await dinas.context().close();

      // The operator checks the school's roster from the menu (names as Dapodik has them).
      const operator = (await home(app, 'operator', '1-perencanaan')).page;
      await menu(operator, 'Daftar PTK', 'operator Daftar PTK');
      for (const who of SMA_TEACHERS)
        await expect.poll(() => mainText(operator), WAIT).toContain(PEOPLE[who].name);
      await shot(operator, '1-perencanaan-operator-daftar-ptk');
      expectNoPageErrors(operator);
      await operator.context().close();

      // The school without a principal: its teacher's plan waits, flagged on the kabupaten's home,
      // until the admin's Dapodik import names a Plt; then the system approves it (§1.1, §1.2).
      const { page: kabupaten, due: kabDue } = await home(
        app,
        'dinasKabupaten',
        '1-perencanaan-tanpa-atasan',
      );
      expect(kabDue).toContain('1 Perencanaan Kinerja tanpa atasan');
      await kabupaten.context().close();
      await headlessSchoolGetsPlt({ app, plans: {} }, { pltPlans: false });
    },
    STEP,
  );

  it(
    'Pelaksanaan (4 Maret): every home; Bukti Dukung collected from the teacher’s to-do',
    async () => {
      await app.restart({ clock: STAGES.pelaksanaan });
      // The homes before anyone acts: the Siklus waits for its observers (domain.md §2.3).
      const homes = await everyHome(app, '2-pelaksanaan');
      expect(homes.teacherPns).toContain('Bukti Dukung belum dikumpulkan');
      expect(homes.principal).toContain('3 guru menunggu langkah Siklus dari Anda');
      expect(homes.pengawas).toContain('1 Kepala Sekolah menunggu observasi dari Anda');
      await runTheCycles(app);

      const andi = (await home(app, 'teacherPns', '2-pelaksanaan')).page;
      await todo(andi, /Bukti Dukung belum dikumpulkan/, 'teacher Bukti Dukung from the to-do');
      await collectFirstEvidence(andi);
      await shot(andi, '2-pelaksanaan-bukti-dukung-teacherPns');
      await menu(andi, 'Pelaksanaan', 'teacher Pelaksanaan');
      expectNoPageErrors(andi);
      await andi.context().close();

      // The principal and the pengawas read the Pelaksanaan lists from their menus.
      for (const who of ['principal', 'pengawas'] as const) {
        const page = (await home(app, who, '2-pelaksanaan')).page;
        await menu(page, 'Pelaksanaan', `${who} Pelaksanaan`);
        await shot(page, `2-pelaksanaan-daftar-${who}`);
        expectNoPageErrors(page);
        await page.context().close();
      }
    },
    STEP,
  );

  it(
    'Penilaian (10 Juni): every home; every teacher final by the atasan, the principal by the Dinas',
    async () => {
      await app.restart({ clock: STAGES.penilaian });
      const homes = await everyHome(app, '3-penilaian');
      expect(homes.principal).toContain('3 guru perlu dinilai');
      expect(homes.newPlt).toContain('1 guru perlu dinilai');
      expect(homes.dinasProvinsi).toContain('1 Kepala Sekolah perlu dinilai');
      expect(homes.pengawas).toContain('menunggu Rekomendasi Anda');

      const principal = (await home(app, 'principal', '3-penilaian')).page;
      await todo(principal, /guru perlu dinilai/, 'principal Penilaian from the to-do');
      for (const who of SMA_TEACHERS) {
        await assess(principal, PEOPLE[who].name);
        await menu(principal, 'Penilaian', 'principal Penilaian after Tetapkan');
      }
      await shot(principal, '3-penilaian-daftar-principal');
      await download(principal, 'Unduh semua (ZIP)', 'zip');
      expectNoPageErrors(principal);
      await principal.context().close();

      // Both Plts: the SD's and the SMP's (named by the Dapodik import in Perencanaan).
      for (const [who, teacher] of [
        ['plt', PEOPLE.teacherPltSchool],
        ['newPlt', PEOPLE.teacherNoPrincipal],
      ] as const) {
        const plt = (await home(app, who, '3-penilaian')).page;
        await switchRole(plt, who, 'Plt. Kepala Sekolah sebagai Atasan');
        await todo(plt, /guru perlu dinilai/, `${who} Penilaian from the to-do`);
        await assess(plt, teacher.name);
        expectNoPageErrors(plt);
        await plt.context().close();
      }

      // The operator: the school's final results wait for e-Kinerja (not configured here).
      const { page: operator, due: operatorDue } = await home(app, 'operator', '3-penilaian-hasil');
      expect(operatorDue).toContain('3 hasil penilaian belum terkirim ke e-Kinerja');
      // The export is the Dinas' (export.region): the operator is not told to download one.
      expect(operatorDue).toContain('Dinas Pendidikan mengunduh berkas ekspornya');
      await todo(operator, /belum terkirim ke e-Kinerja/, 'operator e-Kinerja from the to-do');
      await operator.getByLabel('Tampilkan').selectOption('pending');
      for (const who of SMA_TEACHERS)
        await expect.poll(() => mainText(operator), WAIT).toContain(PEOPLE[who].name);
      await visit(operator, 'operator e-Kinerja, Menunggu dikirim');
      await shot(operator, '3-penilaian-operator-e-kinerja');
      expectNoPageErrors(operator);
      await operator.context().close();

      const pengawas = (await home(app, 'pengawas', '3-penilaian')).page;
      await todo(pengawas, /menunggu Rekomendasi Anda/, 'pengawas Pelaksanaan from the to-do');
      await recommend(pengawas, PEOPLE.principal.name, RECOMMENDATION);
      await pengawas.context().close();

      const dinas = (await home(app, 'dinasProvinsi', '3-penilaian')).page;
      await todo(dinas, /Kepala Sekolah perlu dinilai/, 'Dinas Penilaian from the to-do');
      await expect.poll(() => mainText(dinas), WAIT).toContain(PEOPLE.principal.name);
      await assess(dinas, PEOPLE.principal.name);
      await menu(dinas, 'Penilaian', 'Dinas Penilaian after Tetapkan');
      // 2024 has no Tim Kinerja (rule-set field timKinerja): the pengawas recommended — §1.2.
      await expect.poll(() => mainText(dinas), WAIT).toContain('1 rekomendasi Pengawas');
      expect(await mainText(dinas)).not.toContain('Tim Kinerja');
      await shot(dinas, '3-penilaian-daftar-dinasProvinsi');
      expectNoPageErrors(dinas);
      await dinas.context().close();
    },
    STEP,
  );

  it(
    'documents: every employee downloads the Dokumen Evaluasi Kinerja (a real PDF) from a page',
    async () => {
      for (const who of [...SMA_TEACHERS, 'teacherPltSchool', 'teacherNoPrincipal'] as const) {
        const { page, due } = await home(app, who, '4-hasil');
        expect(due).toContain('Hasil Penilaian Kinerja sudah ditetapkan');
        await todo(page, /Hasil Penilaian Kinerja/, `${who} Hasil Penilaian from the to-do`);
        await download(page, 'Unduh Dokumen Evaluasi Kinerja');
        await menu(page, 'Perencanaan Kinerja', `${who} plan after the semester`);
        await download(page, 'Unduh PDF');
        expectNoPageErrors(page);
        await page.context().close();
      }
      const own = (await home(app, 'principal', '4-hasil')).page;
      await switchRole(own, 'principal', 'Kepala Sekolah sebagai Pegawai');
      await backHome(own);
      await shot(own, '4-hasil-principal-pegawai');
      await todo(own, /Hasil Penilaian Kinerja/, 'principal Hasil Penilaian from the to-do');
      await download(own, 'Unduh Dokumen Evaluasi Kinerja');
      await menu(own, 'Perencanaan Kinerja', 'principal plan after the semester');
      await download(own, 'Unduh PDF');
      expectNoPageErrors(own);
      await own.context().close();

      const dinas = (await home(app, 'dinasProvinsi', '4-hasil')).page;
      await menu(dinas, 'Penilaian', 'Dinas Penilaian');
      await download(dinas, 'Unduh Dokumen Evaluasi Kinerja (ZIP)', 'zip');
      // Each region's e-Kinerja export (domain.md §6.4), to upload by hand while not connected.
      expect(await downloadEKinerjaCsv(dinas, 'Dinas provinsi e-Kinerja')).toContain(
        PEOPLE.principal.name,
      );
      expectNoPageErrors(dinas);
      await dinas.context().close();
      const kabupaten = (await home(app, 'dinasKabupaten', '4-hasil')).page;
      const kabCsv = await downloadEKinerjaCsv(kabupaten, 'Dinas kabupaten e-Kinerja');
      for (const who of ['teacherPltSchool', 'teacherNoPrincipal'] as const)
        expect(kabCsv).toContain(PEOPLE[who].name);
      expectNoPageErrors(kabupaten);
      await kabupaten.context().close();

      // The admin reads the nationwide e-Kinerja log: the results wait, nothing failed.
      const admin = (await home(app, 'admin', '4-hasil')).page;
      await menu(admin, 'e-Kinerja', 'admin e-Kinerja');
      await expect.poll(() => mainText(admin), WAIT).toContain('Menunggu dikirim');
      expect(await mainText(admin)).toContain('Gagal (0)');
      await shot(admin, '4-hasil-admin-e-kinerja');
      expectNoPageErrors(admin);
      await admin.context().close();
    },
    STEP,
  );
});
