import type { AreaDashboardResponse, StageCounts } from '@kinerja/contract';
import ExcelJS from 'exceljs';
import { slug } from '../assessments/evaluation-document.js';

const AREA_COLUMN: Record<AreaDashboardResponse['area']['kind'], string> = {
  dinas: 'Sekolah',
  province: 'Kabupaten/Kota',
  nation: 'Provinsi',
};

/**
 * The second column names each row: a school by its NPSN, a kabupaten/kota or a province by its
 * Kode Wilayah — those have no NPSN, so an NPSN column there was always empty (issue #11 item 7).
 */
const CODE_COLUMN: Record<AreaDashboardResponse['area']['kind'], string> = {
  dinas: 'NPSN',
  province: 'Kode Kabupaten/Kota',
  nation: 'Kode Provinsi',
};

/** The count columns after the area's name and code, in the order of the stages (domain.md §3.10). */
const COUNT_COLUMNS: Array<{ header: string; value: (c: StageCounts) => number }> = [
  { header: 'Jumlah Guru', value: (c) => c.teachers },
  { header: 'Belum Mulai', value: (c) => c.planning.not_started },
  { header: 'Draf', value: (c) => c.planning.draft },
  { header: 'Perlu Disetujui', value: (c) => c.planning.submitted },
  { header: 'Dikembalikan', value: (c) => c.planning.returned },
  { header: 'Disetujui', value: (c) => c.planning.approved },
  { header: 'Pelaksanaan Selesai', value: (c) => c.executionCompleted },
  { header: 'Penilaian Ditetapkan', value: (c) => c.assessment.final },
  { header: 'Sangat Baik', value: (c) => c.predikat.sangat_baik },
  { header: 'Baik', value: (c) => c.predikat.baik },
  { header: 'Butuh Perbaikan', value: (c) => c.predikat.butuh_perbaikan },
  { header: 'Kurang', value: (c) => c.predikat.kurang },
  { header: 'Sangat Kurang', value: (c) => c.predikat.sangat_kurang },
  { header: 'Persentase Selesai', value: (c) => c.completionPercent },
];

/** The header row of an area export: area name, NPSN or Kode Wilayah, then the counts. */
export const dashboardHeaders = (kind: AreaDashboardResponse['area']['kind']): string[] => [
  AREA_COLUMN[kind],
  CODE_COLUMN[kind],
  ...COUNT_COLUMNS.map((column) => column.header),
];

/**
 * An area dashboard as one XLSX sheet: a title row (area, period, document), the frozen header,
 * one row per school/kabupaten/province with numbers as numbers, and a totals row.
 */
export async function dashboardWorkbook(dashboard: AreaDashboardResponse): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kinerja';
  const sheet = workbook.addWorksheet('Dasbor', {
    views: [{ state: 'frozen', ySplit: 2 }],
  });
  const headers = dashboardHeaders(dashboard.area.kind);
  sheet.addRow([
    `Dasbor Kinerja — ${dashboard.area.name} — ${dashboard.period.label} — ${dashboard.document.label}`,
  ]).font = { bold: true, size: 13 };
  sheet.addRow(headers).font = { bold: true };
  for (const row of dashboard.rows) {
    const code = dashboard.area.kind === 'dinas' ? (row.npsn ?? '') : row.code;
    sheet.addRow([row.name, code, ...COUNT_COLUMNS.map((c) => c.value(row.counts))]);
  }
  const totals = sheet.addRow([
    'Jumlah',
    '',
    ...COUNT_COLUMNS.map((c) => c.value(dashboard.totals)),
  ]);
  totals.font = { bold: true };
  sheet.getColumn(1).width = 40;
  sheet.getColumn(2).width = 12;
  for (let i = 3; i <= headers.length; i++) sheet.getColumn(i).width = 14;
  sheet.getColumn(headers.length).numFmt = '0.0';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** "dasbor-kinerja-2026-tahunan-dinas-pendidikan-kota-bandung.xlsx": ASCII only, safe in a header. */
export const dashboardFileName = (dashboard: AreaDashboardResponse): string =>
  `dasbor-kinerja-${slug(dashboard.period.id)}-${dashboard.document.code}-${slug(dashboard.area.name)}.xlsx`;
