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
import { assess, collectFirstEvidence, recommend } from './acts.js';
import { planTheYear, runTheCycles, SMA_TEACHERS } from './setup-api.js';
import { everyHome, home, shot, STAGES, STEP } from './steps.js';

// Issue 11 "Done when", 2024-S1 after planning: the Dinas provinsi approves the principal's plan
// from its home, Pelaksanaan (Bukti Dukung uploads — 2024 has no written execution documents to
// confirm, domain.md §3.4, §3.6 — and the Siklus), Penilaian (every teacher final by the atasan,
// the principal final by the Dinas, the pengawas' Rekomendasi) and every document downloaded from
// a page. Plans and Siklus steps other browser tests drive are set up through the API (setup-api).

vi.setConfig({ hookTimeout: 300_000 });

const RECOMMENDATION = 'Observasi menunjukkan kepemimpinan pembelajaran yang konsisten.';

browserSuite('a year in the life, 2024-S1 Pelaksanaan and Penilaian, at 360 px (issue 11)', () => {
  const app = useBrowserAndServer({
    env: () => ({ NODE_ENV: 'development', KINERJA_START_CLOCK_AT: STAGES.perencanaan }),
  });

  it(
    'Perencanaan: the Dinas provinsi approves the principal’s plan from its home',
    async () => {
      await planTheYear(app);
      const { page: dinas, due } = await home(app, 'dinasProvinsi', '1-perencanaan-ks-diajukan');
      expect(due).toContain('1 Perencanaan Kinerja Kepala Sekolah perlu disetujui');
      await todo(
        dinas,
        /Kepala Sekolah perlu disetujui/,
        'Dinas Perencanaan Kinerja Kepala Sekolah',
      );
      await dinas
        .getByRole('link', { name: `Periksa Perencanaan Kinerja ${PEOPLE.principal.name}` })
        .click();
      await dinas.getByRole('heading', { name: 'Keputusan' }).waitFor(WAIT);
      await visit(dinas, 'Dinas review of the principal’s plan');
      await dinas.getByRole('button', { name: 'Setujui', exact: true }).click();
      await dinas
        .getByRole('dialog', { name: 'Setujui Perencanaan Kinerja?' })
        .getByRole('button', { name: 'Setujui', exact: true })
        .click();
      await expect.poll(() => mainText(dinas), WAIT).toContain('disetujui');
      // The school without a principal: its teacher's plan waits, flagged on the kabupaten's home.
      const { page: kabupaten, due: kabDue } = await home(
        app,
        'dinasKabupaten',
        '1-perencanaan-tanpa-atasan',
      );
      expect(kabDue).toContain('1 Perencanaan Kinerja tanpa atasan');
      expectNoPageErrors(dinas);
      await dinas.context().close();
      await kabupaten.context().close();
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

      const plt = (await home(app, 'plt', '3-penilaian')).page;
      await switchRole(plt, 'plt', 'Plt. Kepala Sekolah sebagai Atasan');
      await todo(plt, /guru perlu dinilai/, 'Plt Penilaian from the to-do');
      await assess(plt, PEOPLE.teacherPltSchool.name);
      expectNoPageErrors(plt);
      await plt.context().close();

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
      for (const who of [...SMA_TEACHERS, 'teacherPltSchool'] as const) {
        const { page, due } = await home(app, who, '4-hasil');
        expect(due).toContain('Hasil Penilaian Kinerja sudah ditetapkan');
        await todo(page, /Hasil Penilaian Kinerja/, `${who} Hasil Penilaian from the to-do`);
        await download(page, 'Unduh Dokumen Evaluasi Kinerja');
        expectNoPageErrors(page);
        await page.context().close();
      }
      const own = (await home(app, 'principal', '4-hasil')).page;
      await switchRole(own, 'principal', 'Kepala Sekolah sebagai Pegawai');
      await backHome(own);
      await shot(own, '4-hasil-principal-pegawai');
      await todo(own, /Hasil Penilaian Kinerja/, 'principal Hasil Penilaian from the to-do');
      await download(own, 'Unduh Dokumen Evaluasi Kinerja');
      expectNoPageErrors(own);
      await own.context().close();

      const dinas = (await home(app, 'dinasProvinsi', '4-hasil')).page;
      await menu(dinas, 'Penilaian', 'Dinas Penilaian');
      await download(dinas, 'Unduh Dokumen Evaluasi Kinerja (ZIP)', 'zip');
      await dinas.context().close();
    },
    STEP,
  );
});
