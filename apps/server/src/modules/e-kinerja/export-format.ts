import type { EKinerjaExport, EKinerjaRecord } from '@kinerja/contract';
import type { Db } from '../../db/database.js';
import { loadRecords, newCaches } from './sync-records.js';
import type { RecordCursor, RecordFilter } from './sync-records.repository.js';

const PAGE = 500;

/** Every record of an area, a page at a time. */
async function* allRecords(db: Db, filter: RecordFilter): AsyncGenerator<EKinerjaRecord> {
  const caches = newCaches();
  let after: RecordCursor = null;
  do {
    const page = await loadRecords(db, { filter, after, limit: PAGE, caches });
    yield* page.records;
    after = page.next;
  } while (after);
}

/** The export header (everything but the records) — docs/E-KINERJA.md. */
export type ExportHeader = Omit<EKinerjaExport, 'records'>;

/**
 * The JSON export, streamed: the header, then the records one by one, so a region of thousands of
 * people never sits in memory as one string (format "kinerja.e-kinerja.v1", docs/E-KINERJA.md).
 */
export async function* jsonExport(
  db: Db,
  options: { filter: RecordFilter; header: ExportHeader },
): AsyncGenerator<string> {
  const head = JSON.stringify({ ...options.header, records: [] });
  // The header ends in `"records":[]}`: keep everything up to the opening bracket.
  yield head.slice(0, -2);
  let first = true;
  for await (const record of allRecords(db, options.filter)) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(record)}`;
    first = false;
  }
  yield '\n]}\n';
}

/** CSV columns, one line per person and evaluation document (docs/E-KINERJA.md). */
export const CSV_COLUMNS = [
  'periode_id',
  'periode',
  'npsn',
  'satuan_pendidikan',
  'kode_provinsi',
  'kode_kabupaten_kota',
  'pegawai_id',
  'nama',
  'nip',
  'nuptk',
  'status_kepegawaian',
  'jenis_pegawai',
  'jabatan',
  'golongan_ruang',
  'skp_versi',
  'skp_disepakati_pada',
  'skp_pejabat_penilai',
  'skp_nip_pejabat_penilai',
  'rencana_hasil_kerja',
  'dokumen_penilaian',
  'periode_penilaian_mulai',
  'periode_penilaian_selesai',
  'rating_hasil_kerja',
  'rating_perilaku_kerja',
  'predikat',
  'predikat_label',
  'capaian_kinerja_organisasi',
  'ditetapkan_pada',
  'pejabat_penilai',
  'nip_pejabat_penilai',
  'angka_kredit',
] as const;

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break; a leading = + - @
 * is neutralised with an apostrophe so a spreadsheet never runs it as a formula.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvLines(record: EKinerjaRecord): string[] {
  const { pegawai, unitKerja, periode, skp } = record;
  const rhk = skp.rencanaHasilKerja.map((item) => item.uraian).join(' | ');
  const base = [
    periode.id,
    periode.label,
    unitKerja.npsn,
    unitKerja.nama,
    unitKerja.kodeProvinsi,
    unitKerja.kodeKabupatenKota,
    pegawai.id,
    pegawai.nama,
    pegawai.nip,
    pegawai.nuptk,
    pegawai.statusKepegawaian,
    pegawai.jenisPegawai,
    pegawai.jabatan,
    pegawai.golonganRuang,
    skp.versi,
    skp.disepakatiPada,
    skp.pejabatPenilai?.nama ?? null,
    skp.pejabatPenilai?.nip ?? null,
    rhk,
  ];
  const rows =
    record.penilaian.length === 0
      ? [[...base, ...Array<null>(12).fill(null)]]
      : record.penilaian.map((item) => [
          ...base,
          item.dokumen,
          item.periodePenilaian.mulai,
          item.periodePenilaian.selesai,
          item.ratingHasilKerja,
          item.ratingPerilakuKerja,
          item.predikat,
          item.predikatLabel,
          item.capaianKinerjaOrganisasi,
          item.ditetapkanPada,
          item.pejabatPenilai.nama,
          item.pejabatPenilai.nip,
          item.angkaKredit,
        ]);
  return rows.map((row) => `${row.map(csvCell).join(',')}\r\n`);
}

/** The CSV export, streamed, UTF-8 with a byte-order mark so spreadsheets read the names right. */
export async function* csvExport(db: Db, filter: RecordFilter): AsyncGenerator<string> {
  yield `\uFEFF${CSV_COLUMNS.join(',')}\r\n`;
  for await (const record of allRecords(db, filter)) yield csvLines(record).join('');
}
