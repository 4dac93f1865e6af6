import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app.js';
import { DAPODIK_EXPORT_COUNTS, dapodikPtkExport } from './dapodik-test-export.js';
import { importRosterFile } from './import-roster.js';
import {
  csvText,
  rosterCounts,
  SAMPLE,
  SAMPLES,
  writeTemp,
  xlsxBytes,
} from './roster-test-support.js';

const SAMPLE_EXPORT = fileURLToPath(
  new URL('../../../../../samples/roster/dapodik-ptk.csv', import.meta.url),
);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kinerja-dapodik-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('Dapodik as exported (issue 14 item 7; domain.md §1.4, §6.2, docs/ROSTER-IMPORT.md)', () => {
  const t = useTestApp();
  const npsn = SAMPLE.smaNpsn;

  it('the committed sample is the generated export', async () => {
    const generated = csvText(dapodikPtkExport({ npsn, withNpsnColumn: true }));
    expect(await readFile(SAMPLE_EXPORT, 'utf8')).toBe(generated);
  });

  it('imports the PTK export: Dapodik statuses mapped, gelar joined, tenaga kependidikan passed over', async () => {
    const { ctx } = t();
    expect((await importRosterFile(ctx, { filePath: SAMPLES.schools, actorId: null })).ok).toBe(
      true,
    );
    const result = await importRosterFile(ctx, { filePath: SAMPLE_EXPORT, actorId: null });
    expect(result).toMatchObject({
      ok: true,
      kind: 'ptk',
      rowsTotal: DAPODIK_EXPORT_COUNTS.imported,
      summary: {
        peopleCreated: DAPODIK_EXPORT_COUNTS.imported,
        principalsSet: 1,
        rowsSkipped: DAPODIK_EXPORT_COUNTS.skipped,
      },
    });
    const people = await ctx.db
      .selectFrom('people')
      .select(['name', 'employmentStatus', 'golonganRuang', 'jenisPtk', 'nip'])
      .where('nuptk', 'in', [
        '1234765432100012',
        '2345876543200022',
        '3456987654300032',
        '4567098765400042',
        '5678109876500052',
        '6789210987600062',
      ])
      .orderBy('nuptk')
      .execute();
    expect(people.map((p) => [p.name, p.employmentStatus, p.golonganRuang, p.jenisPtk])).toEqual([
      ['Drs. Rahmat Hidayat, M.M.', 'pns', 'IV/b', 'Kepala Sekolah'],
      ['Yuliana Puspitasari, S.Pd.', 'pns', 'III/c', 'Guru Mapel'],
      ['Agus Setiawan, S.Pd.', 'pns', 'III/a', 'Guru Mapel'],
      ['Nenden Sulastri, S.Psi.', 'pppk', null, 'Guru BK'],
      ['Dedi Kurniawan, S.Kom.', 'non_asn', null, 'Guru Mapel'],
      ['Siti Nurhaliza, S.Pd.', 'non_asn', null, 'Guru Mapel'],
    ]);
    const passedOver = await ctx.db
      .selectFrom('people')
      .select('id')
      .where('name', 'in', ['Wawan Hermawan', 'Ujang Supriatna'])
      .execute();
    expect(passedOver).toEqual([]);
  });

  it('an operator imports the XLSX export without an NPSN column: it is their school; again, nothing changes', async () => {
    const { ctx } = t();
    const rows = dapodikPtkExport({ npsn, withNpsnColumn: false });
    const path = await writeTemp(dir, 'daftar-ptk.xlsx', await xlsxBytes({ 'Daftar PTK': rows }));
    const result = await importRosterFile(ctx, {
      filePath: path,
      actorId: null,
      allowedNpsn: new Set([npsn]),
    });
    expect(result).toMatchObject({
      ok: true,
      summary: { peopleCreated: 0, peopleUpdated: 0, rowsSkipped: 2 },
    });
    const byAdmin = await importRosterFile(ctx, { filePath: path, actorId: null });
    expect(byAdmin.ok).toBe(false);
    if (byAdmin.ok) return;
    expect(byAdmin.errors[0]?.message).toBe(
      'Baris 6: kolom NPSN tidak ada pada judul kolom berkas Dapodik. Kolom NPSN boleh tidak ada hanya bila Operator Sekolah mengimpor data sekolahnya sendiri.',
    );
  });

  it('refuses bad rows with line numbers and Dapodik’s column names, and writes nothing', async () => {
    const { ctx } = t();
    const rows = dapodikPtkExport({ npsn, withNpsnColumn: true });
    const status = 7;
    const nip = 6;
    rows[7]![status] = 'Pegawai Kontrak';
    rows[10]![nip] = '198801012015011001';
    const before = await rosterCounts(ctx.db);
    const result = await importRosterFile(ctx, {
      filePath: await writeTemp(dir, 'ptk-salah.csv', csvText(rows)),
      actorId: null,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.line, e.field, e.message])).toEqual([
      [
        8,
        'Status Kepegawaian',
        'Baris 8: kolom Status Kepegawaian "Pegawai Kontrak" tidak dikenal; isi PNS, PPPK, NON ASN, atau Status Kepegawaian Dapodik yang tercantum di halaman Impor Data Dapodik',
      ],
      [
        11,
        'NIP',
        'Baris 11: kolom NIP hanya untuk PNS (NIP) dan PPPK (NI PPPK); kosongkan untuk NON ASN',
      ],
    ]);
    expect(await rosterCounts(ctx.db)).toEqual(before);
  });
});
