import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app.js';
import { importRosterFile } from './import-roster.js';
import {
  csvText,
  PTK_HEADER,
  ptkRow,
  rosterCounts,
  SAMPLE,
  SAMPLES,
  SCHOOL_HEADER,
  schoolRow,
  writeTemp,
  xlsxBytes,
} from './roster-test-support.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kinerja-roster-bad-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('importRosterFile — bad files change nothing', () => {
  const t = useTestApp();

  beforeAll(async () => {
    const { ctx } = t();
    for (const filePath of [SAMPLES.schools, SAMPLES.ptk]) {
      expect(await importRosterFile(ctx, { filePath, actorId: null })).toMatchObject({ ok: true });
    }
  });

  /** Imports the file and expects it refused with exactly these [line, field] problems, nothing written. */
  async function expectRefused(
    name: string,
    content: string | Buffer,
    expected: Array<[number | null, string | null]>,
  ) {
    const { ctx } = t();
    const before = await rosterCounts(ctx.db);
    const result = await importRosterFile(ctx, {
      filePath: await writeTemp(dir, name, content),
      actorId: null,
    });
    if (result.ok) throw new Error(`${name} was imported`);
    expect(result.errors.map((e) => [e.line, e.field])).toEqual(expected);
    expect(result.errorCount).toBe(expected.length);
    for (const error of result.errors) {
      if (error.line !== null) expect(error.message.startsWith(`Baris ${error.line}: `)).toBe(true);
    }
    expect(await rosterCounts(ctx.db)).toEqual(before);
    return result.errors.map((e) => e.message);
  }

  it('reports every bad PTK row with its line, column and reason in Indonesian', async () => {
    const rows = [
      PTK_HEADER,
      ptkRow({ nip: '198001012005011001', status_kepegawaian: 'PNS', nama: 'Baris Dua Valid' }),
      ptkRow({ npsn: '' }),
      ptkRow({ nip: '19870620', status_kepegawaian: 'PNS' }),
      ptkRow({ email: 'bukan-email' }),
      ptkRow({ nip: '198001012005011001', status_kepegawaian: 'PNS' }),
      ptkRow({ status_kepegawaian: 'Honorer' }),
      ptkRow({ nip: '198001012005011002' }),
      ptkRow({ status_kepegawaian: 'PPPK', pangkat_golongan: 'III/a' }),
      ptkRow({ status_kepegawaian: 'PPPK', jenjang_jabatan: 'Ahli Super' }),
      ptkRow({ npsn: '99999999' }),
      ptkRow({ npsn: SAMPLE.smpNpsn, jenis_ptk: 'Guru Mapel', kepala_sekolah: 'plt' }),
      ptkRow({ npsn: SAMPLE.smpNpsn, jenis_ptk: 'Kepala Sekolah', kepala_sekolah: 'definitif' }),
      ptkRow({ nuptk: '' }),
      ptkRow({ nip: '198001012005011003', nuptk: SAMPLE.ratna.nuptk, status_kepegawaian: 'PNS' }),
      ptkRow({ email: SAMPLE.bambangEmail }),
      ptkRow({ jenis_ptk: 'Tenaga Administrasi Sekolah' }),
      ptkRow({ jenis_ptk: 'Kepala Sekolah' }),
    ];
    const messages = await expectRefused('ptk-salah.csv', csvText(rows), [
      [3, 'npsn'],
      [4, 'nip'],
      [5, 'email'],
      [6, 'nip'],
      [7, 'status_kepegawaian'],
      [8, 'nip'],
      [9, 'pangkat_golongan'],
      [10, 'jenjang_jabatan'],
      [11, 'npsn'],
      [13, 'kepala_sekolah'],
      [14, 'nip'],
      [15, 'nip'],
      [16, 'email'],
      [17, 'jenis_ptk'],
      [18, 'kepala_sekolah'],
    ]);
    expect(messages).toContain('Baris 4: kolom nip harus 18 digit angka (ditemukan "19870620")');
    expect(messages).toContain('Baris 3: kolom npsn wajib diisi');
    expect(messages).toContain(
      'Baris 6: kolom nip "198001012005011001" sudah dipakai di baris 2; setiap nip hanya boleh muncul sekali',
    );
    expect(messages.join('\n')).toMatch(
      /Baris 5: kolom email "bukan-email" bukan alamat email yang valid/,
    );
    expect(messages.join('\n')).toMatch(/Baris 11: sekolah dengan NPSN 99999999 belum terdaftar/);
    expect(messages.join('\n')).toMatch(
      /Baris 13: sekolah NPSN 69912345 sudah punya kepala sekolah di baris 12/,
    );
    expect(messages.join('\n')).toMatch(
      /Baris 16: kolom email "bambang\.sutrisno@guru\.sma\.belajar\.id" sudah dipakai orang lain/,
    );
  });

  it('refuses a schools file with a missing NPSN, an unknown jenjang, a bad status and bad region codes', async () => {
    const rows = [
      SCHOOL_HEADER,
      schoolRow(),
      schoolRow({ npsn: '' }),
      schoolRow({ npsn: '20288802', jenjang: 'SMU' }),
      schoolRow({ npsn: '20288803', status: 'Negri' }),
      schoolRow({ npsn: '20288804', kode_provinsi: '3', kode_kabupaten: '3373' }),
      schoolRow({ npsn: '20288805', kode_kabupaten: '3373' }),
      schoolRow({ npsn: '2028880', nama_sekolah: '' }),
      schoolRow({ npsn: '20288806', nama_kabupaten: 'Kabupaten Bandung' }),
    ];
    const messages = await expectRefused('sekolah-salah.csv', csvText(rows), [
      [3, 'npsn'],
      [4, 'jenjang'],
      [5, 'status'],
      [6, 'kode_provinsi'],
      [7, 'kode_kabupaten'],
      [8, 'npsn'],
      [8, 'nama_sekolah'],
      [9, 'nama_kabupaten'],
    ]);
    expect(messages).toContain(
      'Baris 4: kolom jenjang "SMU" tidak dikenal; pilih salah satu: PAUD, SD, SMP, SMA, SMK, SLB',
    );
    expect(messages).toContain(
      'Baris 7: kolom kode_kabupaten "3373" harus diawali kode_provinsi "32"',
    );
    expect(messages).toContain(
      'Baris 9: kolom nama_kabupaten "Kabupaten Bandung" berbeda dengan baris 2 ("Kota Bandung") untuk kode 3273 yang sama',
    );
  });

  it('refuses a file without a required column, naming it', async () => {
    const header = PTK_HEADER.filter((c) => c !== 'jenis_ptk');
    const messages = await expectRefused(
      'tanpa-kolom.csv',
      csvText([header, ptkRow().slice(0, header.length)]),
      [[1, 'jenis_ptk']],
    );
    expect(messages[0]).toMatch(/^Baris 1: kolom jenis_ptk tidak ada pada judul kolom berkas PTK/);
  });

  it('accepts headers in any order and letter case with extra columns, and semicolon separators', async () => {
    const { ctx } = t();
    const header = ['Keterangan', ...[...PTK_HEADER].reverse().map((c) => c.toUpperCase())];
    const row = ['catatan bebas', ...ptkRow().reverse()];
    const text = [header, row].map((r) => r.join(';')).join('\n');
    const result = await importRosterFile(ctx, {
      filePath: await writeTemp(dir, 'titik-koma.csv', text),
      actorId: null,
    });
    expect(result).toMatchObject({ ok: true, summary: { peopleCreated: 1 } });
  });

  it('counts lines of a quoted field that spans two lines, so later errors point at the right line', async () => {
    const text = csvText([
      PTK_HEADER,
      ptkRow({ nama: 'Nama\nDua Baris' }),
      ptkRow({ email: 'salah@' }),
    ]);
    await expectRefused('multiline.csv', text, [[4, 'email']]);
  });

  it('refuses a CSV cut off inside a quoted field', async () => {
    const full = csvText([PTK_HEADER, ptkRow(), ptkRow({ nama: 'Dra. Sri Wulandari, M.Pd.' })]);
    const cut = full.slice(0, full.indexOf('Dra. Sri') + 6);
    const messages = await expectRefused('terpotong.csv', cut, [[3, null]]);
    expect(messages[0]).toMatch(/kutip \(".*tidak ditutup — berkas terpotong atau rusak/);
  });

  it('refuses an XLSX cut in half', async () => {
    const bytes = await readFile(SAMPLES.ptkXlsx);
    const messages = await expectRefused('terpotong.xlsx', bytes.subarray(0, bytes.length / 2), [
      [null, null],
    ]);
    expect(messages[0]).toMatch(/XLSX tidak lengkap \(terpotong\) atau rusak/);
  });

  it('refuses a workbook whose sheets are not named Sekolah or PTK, naming the sheets found', async () => {
    const bytes = await xlsxBytes({ Data: [PTK_HEADER, ptkRow()], Lain: [['x']] });
    const messages = await expectRefused('lembar.xlsx', bytes, [[null, null]]);
    expect(messages[0]).toBe(
      'Lembar data tidak ditemukan: beri nama lembar "Sekolah" atau "PTK" (lembar yang ada: "Data", "Lain").',
    );
  });

  it('numbers XLSX problems by sheet row and explains an 18-digit NIP Excel rounded', async () => {
    const nip = Number('198001012005011007');
    const bytes = await xlsxBytes({
      PTK: [
        PTK_HEADER,
        null,
        ptkRow({ status_kepegawaian: 'PNS', nip: 'x' }).map((c) => (c === 'x' ? nip : c)),
      ],
    });
    const messages = await expectRefused('angka.xlsx', bytes, [[3, 'nip']]);
    expect(messages[0]).toMatch(
      /^Baris 3: kolom nip tersimpan sebagai angka di Excel sehingga digit terakhirnya hilang/,
    );
  });

  it('refuses a PTK sheet named Sekolah, an empty file, a header without rows and a binary file', async () => {
    await expectRefused('salah-lembar.xlsx', await xlsxBytes({ Sekolah: [PTK_HEADER, ptkRow()] }), [
      [null, null],
    ]);
    await expectRefused('kosong.csv', '', [[null, null]]);
    await expectRefused('judul.csv', csvText([PTK_HEADER]), [[null, null]]);
    await expectRefused(
      'gambar.csv',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
      [[null, null]],
    );
    await expectRefused(
      'asing.csv',
      csvText([
        ['nama', 'alamat'],
        ['a', 'b'],
      ]),
      // No row is a known heading (Dapodik's title rows are skipped): the file as a whole is refused.
      [[null, null]],
    );
  });

  it('refuses an unknown period', async () => {
    const { ctx } = t();
    const result = await importRosterFile(ctx, {
      filePath: SAMPLES.ptk,
      actorId: null,
      periodId: '2030',
    });
    expect(result).toMatchObject({
      ok: false,
      errors: [{ field: 'periodId', message: expect.stringMatching(/Periode "2030" tidak ada/) }],
    });
  });
});
