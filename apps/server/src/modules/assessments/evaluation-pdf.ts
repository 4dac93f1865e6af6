import PDFDocument from 'pdfkit';
import type { DocumentSnapshot, IdentityBlock } from './document-snapshot.js';

type Doc = PDFKit.PDFDocument;

/** Everything the Dokumen Evaluasi Kinerja Pegawai prints (domain.md §5.6, fields 1–29). */
export type EvaluationDocumentData = {
  /** (2) "SEMESTER I" / "SEMESTER II" / "AKHIR" (2024), "TAHUNAN" (2025+). */
  periodLabel: string;
  /** (4) e.g. "1 Januari 2024 s.d. 30 Juni 2024". */
  coverageLabel: string;
  snapshot: DocumentSnapshot;
  /** (20) Capaian Kinerja Organisasi, or null while the principal's assessment is not set. */
  achievementLabel: string | null;
  /** (21) Predikat Kinerja Pegawai. */
  predikatLabel: string;
  /** (22) Catatan / Rekomendasi. */
  notes: string;
  /** (23) the date the assessment was set, as "30 Juni 2024". */
  dateLabel: string;
  /** The appendix: ratings, feedback per BerAKHLAK value and angka kredit. */
  workResultRating: string;
  workBehaviourRating: string;
  feedback: ReadonlyArray<{ name: string; text: string }>;
  angkaKredit: string | null;
  /** What the Penilaian weighed (§3.9): the Praktik Kinerja dimensions and the variables' roles. */
  basis?: {
    dimensions: ReadonlyArray<{ label: string; description: string }>;
    variables: ReadonlyArray<{ label: string; roleLabel: string }>;
  };
  /**
   * The issued version: its number and the SHA-256 of the data above, printed so a copy can be
   * checked against the stored one (issue 14 item 5). Absent only before a version is issued.
   */
  fixed?: { documentNumber: string; versionNumber: number; digest: string } | null;
};

// The standard PDF fonts speak WinAnsi: keep Latin-1 and the usual typographic marks.
const WIN_ANSI_EXTRA = new Set('–—‘’“”•…€'.split(''));
const safe = (text: string): string =>
  [...text].map((ch) => (ch.charCodeAt(0) < 256 || WIN_ANSI_EXTRA.has(ch) ? ch : '?')).join('');

const LEFT = 40;
const WIDTH = 515;
const COLUMNS = [28, 190, 297] as const;
const PAD = 4;

function cellHeight(doc: Doc, texts: readonly string[]): number {
  const heights = texts.map((text, i) =>
    doc.heightOfString(safe(text || ' '), { width: COLUMNS[i]! - 2 * PAD }),
  );
  return Math.max(...heights) + 2 * PAD;
}

function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

/** One table row of three cells (No, label, value), bordered. */
function row(doc: Doc, cells: readonly [string, string, string], bold = false): void {
  doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
  const height = cellHeight(doc, cells);
  ensureRoom(doc, height);
  const top = doc.y;
  let x = LEFT;
  cells.forEach((text, i) => {
    const width = COLUMNS[i]!;
    doc.rect(x, top, width, height).stroke();
    doc.text(safe(text), x + PAD, top + PAD, { width: width - 2 * PAD });
    x += width;
  });
  doc.x = LEFT;
  doc.y = top + height;
}

/** A header row spanning label and value ("NO | PEGAWAI YANG DINILAI"). */
function headerRow(doc: Doc, title: string): void {
  doc.font('Helvetica-Bold').fontSize(9);
  const height = cellHeight(doc, ['NO', title]) + 2;
  ensureRoom(doc, height + 60);
  const top = doc.y;
  doc.rect(LEFT, top, COLUMNS[0], height).stroke();
  doc.rect(LEFT + COLUMNS[0], top, WIDTH - COLUMNS[0], height).stroke();
  doc.text('NO', LEFT + PAD, top + PAD, { width: COLUMNS[0] - 2 * PAD });
  doc.text(safe(title), LEFT + COLUMNS[0] + PAD, top + PAD, {
    width: WIDTH - COLUMNS[0] - 2 * PAD,
  });
  doc.x = LEFT;
  doc.y = top + height;
}

/** Nama, NIP, Pangkat/Gol Ruang, Jabatan, Unit kerja (fields 5–9, 10–14, 15–19). */
function identityTable(doc: Doc, title: string, block: IdentityBlock): void {
  headerRow(doc, title);
  row(doc, ['1', 'NAMA', block.name]);
  row(doc, ['2', 'NIP', block.nip ?? '']);
  row(doc, ['3', 'PANGKAT/GOL. RUANG', block.rank ?? '']);
  row(doc, ['4', 'JABATAN', block.position]);
  row(doc, ['5', 'UNIT KERJA', block.unit]);
  doc.moveDown(0.6);
}

function header(doc: Doc, data: EvaluationDocumentData): void {
  // (1) title, (2) periode, (3) Dinas, (4) periode penilaian.
  doc.font('Helvetica-Bold').fontSize(13);
  doc.text('DOKUMEN EVALUASI KINERJA PEGAWAI', LEFT, doc.y, { width: WIDTH, align: 'center' });
  doc.fontSize(11).text(safe(`PERIODE: ${data.periodLabel.toUpperCase()}`), {
    width: WIDTH,
    align: 'center',
  });
  doc.moveDown(0.8).font('Helvetica').fontSize(9);
  const top = doc.y;
  const dinas = (data.snapshot.dinasName ?? 'DINAS PENDIDIKAN').toUpperCase();
  doc.text(safe(dinas), LEFT, top, { width: 200 });
  const afterLeft = doc.y;
  doc.text(safe(`PERIODE PENILAIAN: ${data.coverageLabel.toUpperCase()}`), LEFT + 210, top, {
    width: WIDTH - 210,
    align: 'right',
  });
  doc.x = LEFT;
  doc.y = Math.max(afterLeft, doc.y) + 8;
  if (data.fixed) {
    const { documentNumber, versionNumber, digest } = data.fixed;
    const line = `NOMOR DOKUMEN: ${documentNumber} (VERSI ${versionNumber}) · KODE VERIFIKASI SHA-256: ${digest.slice(0, 16).toUpperCase()}`;
    doc.fontSize(8).text(safe(line), LEFT, doc.y, { width: WIDTH, align: 'center' });
    doc.fontSize(9).moveDown(0.6);
  }
}

function evaluation(doc: Doc, data: EvaluationDocumentData): void {
  // (20) capaian organisasi, (21) predikat, (22) catatan/rekomendasi.
  headerRow(doc, 'EVALUASI KINERJA');
  row(doc, ['1', 'CAPAIAN KINERJA ORGANISASI', data.achievementLabel ?? 'Belum ditetapkan']);
  row(doc, ['2', 'PREDIKAT KINERJA PEGAWAI', data.predikatLabel]);
  row(doc, ['3', 'CATATAN/REKOMENDASI', data.notes === '' ? '-' : data.notes]);
}

/** A signature block: role, room to sign, name and NIP (24–26, 27–29, and the atasan's). */
function signature(doc: Doc, x: number, top: number, role: string, block: IdentityBlock): void {
  const width = WIDTH / 3 - 8;
  doc.font('Helvetica').fontSize(9).text(safe(role), x, top, { width, align: 'center' });
  const nameTop = top + 62;
  doc
    .font('Helvetica-Bold')
    .text(safe(block.name || '......................................'), x, nameTop, {
      width,
      align: 'center',
      underline: block.name !== '',
    });
  doc
    .font('Helvetica')
    .text(safe(`NIP. ${block.nip ?? '-'}`), x, doc.y, { width, align: 'center' });
}

function signatures(doc: Doc, data: EvaluationDocumentData): void {
  ensureRoom(doc, 140);
  doc.moveDown(1).font('Helvetica').fontSize(9);
  const place = data.snapshot.place === '' ? '' : `${data.snapshot.place}, `;
  // (23) tempat, tanggal.
  doc.text(safe(`${place}${data.dateLabel}`), LEFT, doc.y, { width: WIDTH, align: 'right' });
  doc.moveDown(0.6);
  const top = doc.y;
  const third = WIDTH / 3;
  const { snapshot } = data;
  signature(doc, LEFT, top, 'Pegawai yang Dinilai', snapshot.employee);
  signature(doc, LEFT + third, top, 'Pejabat Penilai Kinerja', snapshot.assessor);
  signature(
    doc,
    LEFT + 2 * third,
    top,
    'Atasan Pejabat Penilai Kinerja',
    snapshot.assessorSuperior,
  );
  doc.x = LEFT;
}

/** The three Praktik Kinerja dimensions and, for 2024, the variables and their roles (§3.9). */
function basisTable(doc: Doc, basis: NonNullable<EvaluationDocumentData['basis']>): void {
  headerRow(doc, 'DIMENSI PRAKTIK KINERJA');
  basis.dimensions.forEach((item, index) => {
    row(doc, [String(index + 1), item.label, item.description]);
  });
  doc.moveDown(0.6);
  if (basis.variables.length === 0) return;
  headerRow(doc, 'VARIABEL PENETAPAN PREDIKAT KINERJA');
  basis.variables.forEach((item, index) => {
    row(doc, [String(index + 1), item.label, item.roleLabel]);
  });
  doc.moveDown(0.6);
}

function appendix(doc: Doc, data: EvaluationDocumentData): void {
  doc.addPage();
  doc.font('Helvetica-Bold').fontSize(11).text('LAMPIRAN: RATING DAN UMPAN BALIK', LEFT, doc.y, {
    width: WIDTH,
    align: 'center',
  });
  doc.moveDown(0.8);
  headerRow(doc, 'PENILAIAN');
  row(doc, ['1', 'RATING HASIL KERJA', data.workResultRating]);
  row(doc, ['2', 'RATING PERILAKU KERJA', data.workBehaviourRating]);
  row(doc, ['3', 'PREDIKAT KINERJA PEGAWAI', data.predikatLabel]);
  row(doc, ['4', 'ANGKA KREDIT', data.angkaKredit ?? '-']);
  doc.moveDown(0.6);
  if (data.basis) basisTable(doc, data.basis);
  headerRow(doc, 'UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG (PERILAKU KERJA)');
  data.feedback.forEach((item, index) => {
    row(doc, [String(index + 1), item.name, item.text === '' ? '-' : item.text]);
  });
}

/** The Dokumen Evaluasi Kinerja Pegawai in the Perdirjen 7607 layout, as PDF bytes (domain.md §5.6). */
export function renderEvaluationPdf(
  data: EvaluationDocumentData,
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: LEFT,
    compress: options.compress ?? true,
    info: { Title: 'Dokumen Evaluasi Kinerja Pegawai', Author: 'Kinerja' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  header(doc, data);
  identityTable(doc, 'PEGAWAI YANG DINILAI', data.snapshot.employee);
  identityTable(doc, 'PEJABAT PENILAI KINERJA', data.snapshot.assessor);
  identityTable(doc, 'ATASAN PEJABAT PENILAI KINERJA', data.snapshot.assessorSuperior);
  evaluation(doc, data);
  signatures(doc, data);
  appendix(doc, data);
  doc.end();
  return done;
}
