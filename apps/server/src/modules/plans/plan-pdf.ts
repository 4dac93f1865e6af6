import {
  competencyActivityLines,
  competencyActivityText,
  competencyPoints,
  findByCode,
  competencyIndicatorsFor,
  mainDutiesFor,
  practiceIndicatorsFor,
  PLAN_TAB_LABELS,
  requireCatalogue,
  type PlanTab,
} from '@kinerja/domain';
import PDFDocument from 'pdfkit';
import { presentPersonalData } from './plan-personal-data.js';
import { domainDraft, type PlanScope } from '../plan-context/plan-scope.js';
import { presentSupervision } from './plans.presenter.js';
import { approvalLabel, formatInstantId, isApprovalBasis, statusLabel } from './plan-text.js';

type Doc = PDFKit.PDFDocument;

// The standard PDF fonts speak WinAnsi: keep Latin-1 and the usual typographic marks, replace the rest.
const WIN_ANSI_EXTRA = new Set('–—‘’“”•…€'.split(''));
const safe = (text: string): string =>
  [...text].map((ch) => (ch.charCodeAt(0) < 256 || WIN_ANSI_EXTRA.has(ch) ? ch : '?')).join('');

function heading(doc: Doc, text: string): void {
  doc.moveDown(0.6).font('Helvetica-Bold').fontSize(12).text(safe(text)).moveDown(0.2);
  doc.font('Helvetica').fontSize(10);
}

function line(doc: Doc, label: string, value: string): void {
  doc.font('Helvetica-Bold').text(safe(`${label}: `), { continued: true });
  doc.font('Helvetica').text(safe(value));
}

function bullet(doc: Doc, text: string): void {
  doc.text(safe(`• ${text}`), { indent: 12 });
}

function writeIdentity(doc: Doc, scope: PlanScope): void {
  const data = presentPersonalData({
    employee: scope.employee,
    confirmedAt: scope.row.personalDataConfirmedAt,
  });
  heading(doc, 'A. Identitas Pegawai');
  line(doc, 'Nama', data.roster.name);
  line(doc, 'NIP', data.roster.nip ?? '-');
  const rank = data.effective.golonganRuang
    ? `${data.effective.pangkat ?? '-'}, ${data.effective.golonganRuang}`
    : '-';
  line(doc, 'Pangkat/Gol. Ruang', rank);
  line(doc, 'Jenjang Jabatan', data.effective.careerLevelLabel ?? '-');
  line(doc, 'Satuan Pendidikan', `${scope.employee.schoolName} (NPSN ${scope.employee.npsn})`);
  line(doc, 'Jenis Pegawai', scope.row.employeeKind === 'teacher' ? 'Guru' : 'Kepala Sekolah');
}

function writeMainDuties(doc: Doc, scope: PlanScope): void {
  const { dutyCodes, focusCode } = scope.content.mainDuties;
  const duties = mainDutiesFor(scope.catalogues, scope.row.employeeKind);
  const name = (code: string) => findByCode(duties, code)?.name ?? code;
  for (const code of dutyCodes) bullet(doc, name(code));
  if (dutyCodes.length === 0) doc.text('-');
  line(doc, 'Fokus utama', focusCode ? name(focusCode) : '-');
}

function writePractice(doc: Doc, scope: PlanScope): void {
  const catalogue = practiceIndicatorsFor(scope.ruleSet, scope.catalogues, scope.row.employeeKind);
  const code = scope.content.practiceIndicatorCode;
  const indicator = code ? findByCode(catalogue, code) : undefined;
  line(doc, 'Sub indikator', indicator?.name.value ?? code ?? '-');
  if (indicator?.description.value) doc.text(safe(indicator.description.value));
  for (const target of indicator?.targets.value ?? []) bullet(doc, target.text);
}

function writeCompetency(doc: Doc, scope: PlanScope): void {
  const rule = scope.ruleSet.competency;
  if (rule.mode === 'points') {
    const catalogue = requireCatalogue(scope.catalogues.competencyRhks, rule.catalogueId);
    // Lines and total from the domain's sum; activities repeat — domain.md §4.5.
    const rhkCodes = scope.content.competencyRhkCodes;
    for (const entry of competencyActivityLines({ rhkCodes, catalogue })) {
      bullet(doc, competencyActivityText(entry));
    }
    const total = competencyPoints({ rhkCodes, catalogue });
    line(doc, 'Total poin', `${total} (minimal ${rule.minPoints})`);
    return;
  }
  const kind = scope.row.employeeKind;
  const catalogue = competencyIndicatorsFor(scope.ruleSet, scope.catalogues, kind);
  const code = scope.content.competencyIndicatorCode;
  const group = catalogue?.items.find((item) =>
    item.indicators.value?.some((i) => i.code === code),
  );
  const indicator = group?.indicators.value?.find((item) => item.code === code);
  line(
    doc,
    'Indikator kompetensi',
    indicator ? `${indicator.name} (${group?.name.value ?? ''})` : (code ?? '-'),
  );
}

function writeAdditionalDuties(doc: Doc, scope: PlanScope): void {
  const rule = scope.ruleSet.additionalDuties;
  const catalogue = requireCatalogue(scope.catalogues.additionalDuties, rule.catalogueId);
  const duties = scope.content.additionalDuties;
  if (duties.length === 0) doc.text('Tidak ada tugas tambahan.');
  for (const duty of duties) {
    const name = findByCode(catalogue, duty.code)?.name ?? duty.code;
    bullet(doc, `${name}${duty.skReference ? ` — SK/Surat Tugas: ${duty.skReference}` : ''}`);
  }
}

function writeWorkBehaviour(doc: Doc, scope: PlanScope): void {
  const draft = domainDraft(scope);
  for (const value of scope.catalogues.berakhlak.items) {
    const choice = draft.workBehaviour[value.code];
    const behaviour = value.behaviours.find((b) => b.code === choice?.behaviourCode);
    doc.font('Helvetica-Bold').text(safe(value.name)).font('Helvetica');
    doc.text(safe(`Perilaku: ${behaviour?.text ?? '-'}`), { indent: 12 });
    const expectation = choice?.supervisorExpectation ?? '';
    doc.text(safe(`Ekspektasi Khusus Pimpinan: ${expectation === '' ? '-' : expectation}`), {
      indent: 12,
    });
  }
}

const SECTIONS: Partial<Record<PlanTab, (doc: Doc, scope: PlanScope) => void>> = {
  main_duties: writeMainDuties,
  practice: writePractice,
  competency: writeCompetency,
  work_behaviour: writeWorkBehaviour,
};

function writePlan(doc: Doc, scope: PlanScope): void {
  heading(doc, 'B. Rencana Kinerja');
  for (const tab of scope.ruleSet.tabs) {
    const write = SECTIONS[tab];
    // 2024 has its own Tugas Tambahan tab; from 2025 they are declared with the main duties.
    const hasDuties = tab === scope.ruleSet.additionalDuties.tab;
    if (!write && !hasDuties) continue;
    doc.moveDown(0.3).font('Helvetica-Bold').text(safe(PLAN_TAB_LABELS[tab].id)).font('Helvetica');
    write?.(doc, scope);
    if (!hasDuties) continue;
    if (write) doc.font('Helvetica-Bold').text('Tugas Tambahan').font('Helvetica');
    writeAdditionalDuties(doc, scope);
  }
}

function writeApproval(doc: Doc, scope: PlanScope): void {
  const { row } = scope;
  heading(doc, 'C. Persetujuan');
  line(doc, 'Status', statusLabel(row.status, 'id'));
  if (row.submittedAt) line(doc, 'Diajukan', formatInstantId(row.submittedAt));
  if (row.status === 'approved' && row.approvedAt) {
    const basis = isApprovalBasis(row.approvalBasis) ? row.approvalBasis : null;
    doc.text(
      safe(approvalLabel({ basis, approverName: row.approvedByName, approvedAt: row.approvedAt })),
    );
  } else {
    doc.text('Belum disetujui.');
  }
  const supervision = presentSupervision(scope, 'id');
  line(doc, 'Pejabat Penilai Kinerja', supervision.assessor?.name ?? '-');
}

/** "Unduh PDF": the plan with identity, every choice and the approval block, as PDF bytes. */
export function renderPlanPdf(
  scope: PlanScope,
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    compress: options.compress ?? true,
    info: { Title: 'Perencanaan Kinerja' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('Helvetica-Bold').fontSize(15).text('PERENCANAAN KINERJA', { align: 'center' });
  doc
    .font('Helvetica')
    .fontSize(11)
    .text(safe(`Periode ${scope.employee.periodLabel}`), { align: 'center' });
  doc.fontSize(10);
  writeIdentity(doc, scope);
  writePlan(doc, scope);
  writeApproval(doc, scope);
  doc.end();
  return done;
}
