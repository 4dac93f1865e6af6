import { ALL_CATALOGUES } from '../catalogues/registry';
import { formatLongDate } from '../common/dates';
import { PLAN_TAB_LABELS, STAGE_LABELS, STAGES } from '../periods/stages';
import type { RuleSet, StageWindow } from './rule-set';

/** What changed between two rule sets, in Indonesian sentences: rules first, then dates. */
export type RuleSetChangeReport = { readonly rules: string[]; readonly dates: string[] };

const NO_RULE_CHANGES = 'Tidak ada perubahan aturan';

const catalogueTitle = (id: string) => ALL_CATALOGUES.find((c) => c.id === id)?.title.id ?? id;
const yesNo = (value: boolean, yes: string, no: string) => (value ? yes : no);
const range = (w: StageWindow) => `${formatLongDate(w.start)} s.d. ${formatLongDate(w.end)}`;
const listOf = (items: readonly string[]) => items.map((item) => `"${item}"`).join(', ');

type Rule = {
  readonly read: (r: RuleSet) => string;
  readonly sentence: (from: string, to: string) => string;
};

const CYCLE = { semester: 'semesteran', year: 'tahunan' } as const;
const COMPETENCY = { points: 'berbasis poin', indicator: 'satu indikator kompetensi' } as const;
const EVIDENCE = {
  upload: 'unggah bukti dukung (PDF)',
  none: 'tanpa unggah; dokumen tertulis',
} as const;
const PRINCIPAL_APPROVAL = {
  assessor: 'disetujui oleh penilai dari Dinas',
  automatic_on_submission: 'langsung disetujui setelah diajukan',
} as const;
const ACCOUNTABILITY = {
  shown_in_person: 'dapat ditunjukkan langsung kepada atasan',
  kept_outside_system: 'disimpan di luar sistem; atasan mengonfirmasi ketersediaannya',
} as const;

// Each rule as a readable value, so one comparison covers every rule — domain.md §8 item 1.
const RULES: readonly Rule[] = [
  { read: (r) => CYCLE[r.cycle], sentence: (a, b) => `Siklus berubah dari ${a} menjadi ${b}.` },
  { read: (r) => r.regulation, sentence: (a, b) => `Dasar aturan berubah dari ${a} menjadi ${b}.` },
  {
    read: (r) => COMPETENCY[r.competency.mode],
    sentence: (a, b) => `Pengembangan Kompetensi berubah dari ${a} menjadi ${b}.`,
  },
  {
    read: (r) => EVIDENCE[r.evidence.mode],
    sentence: (a, b) => `Bukti dukung berubah dari ${a} menjadi ${b}.`,
  },
  {
    read: (r) => PRINCIPAL_APPROVAL[r.approval.principalEmployee],
    sentence: (a, b) => `Rencana kinerja kepala sekolah kini ${b} (sebelumnya ${a}).`,
  },
  {
    read: (r) =>
      yesNo(r.approval.isActingPrincipalAutoApproval, 'otomatis disetujui', 'disetujui manual'),
    sentence: (a, b) => `Rencana di sekolah dengan Plt kepala sekolah kini ${b} (sebelumnya ${a}).`,
  },
  {
    read: (r) => yesNo(r.workBehaviour.isSupervisorExpectationRequired, 'wajib', 'tidak wajib'),
    sentence: (a, b) =>
      `Ekspektasi khusus pimpinan pada Perilaku Kerja kini ${b} (sebelumnya ${a}).`,
  },
  {
    read: (r) => yesNo(r.mainDuties.isFocusRequired, 'wajib', 'tidak wajib'),
    sentence: (a, b) => `Fokus utama tugas pokok kini ${b} (sebelumnya ${a}).`,
  },
  {
    read: (r) => yesNo(r.rhkChange.isAllowed, 'dapat diajukan', 'tidak tersedia'),
    sentence: (a, b) => `Perubahan RHK kini ${b} (sebelumnya ${a}).`,
  },
  {
    read: (r) => yesNo(r.timKinerja.isPlotted, 'diplot oleh operator', 'tidak diplot'),
    sentence: (a, b) => `Tim Kinerja kini ${b} (sebelumnya ${a}).`,
  },
  {
    read: (r) => yesNo(r.additionalDuties.isSkReferenceRequired, 'wajib', 'tidak wajib'),
    sentence: (a, b) => `Nomor SK tugas tambahan kini ${b} (sebelumnya ${a}).`,
  },
  {
    read: (r) => PLAN_TAB_LABELS[r.additionalDuties.tab].id,
    sentence: (a, b) => `Tugas tambahan kini diisi pada tab "${b}" (sebelumnya "${a}").`,
  },
  {
    read: (r) => ACCOUNTABILITY[r.accountabilityDocuments],
    sentence: (a, b) => `Dokumen akuntabilitas tugas pokok kini ${b} (sebelumnya ${a}).`,
  },
  {
    read: (r) => catalogueTitle(r.competency.catalogueId),
    sentence: (a, b) => `Katalog Pengembangan Kompetensi berganti dari "${a}" menjadi "${b}".`,
  },
  {
    read: (r) => catalogueTitle(r.additionalDuties.catalogueId),
    sentence: (a, b) => `Katalog tugas tambahan berganti dari "${a}" menjadi "${b}".`,
  },
  {
    read: (r) => catalogueTitle(r.practice.catalogueIds.teacher),
    sentence: (a, b) => `Katalog Praktik Kinerja guru berganti dari "${a}" menjadi "${b}".`,
  },
  {
    read: (r) => catalogueTitle(r.practice.catalogueIds.principal),
    sentence: (a, b) =>
      `Katalog Praktik Kinerja kepala sekolah berganti dari "${a}" menjadi "${b}".`,
  },
];

function tabSentences(a: RuleSet, b: RuleSet): string[] {
  const added = b.tabs.filter((tab) => !a.tabs.includes(tab)).map((tab) => PLAN_TAB_LABELS[tab].id);
  const removed = a.tabs
    .filter((tab) => !b.tabs.includes(tab))
    .map((tab) => PLAN_TAB_LABELS[tab].id);
  return [
    ...(added.length > 0 ? [`Tab baru pada Perencanaan Kinerja: ${listOf(added)}.`] : []),
    ...(removed.length > 0 ? [`Tab yang tidak ada lagi: ${listOf(removed)}.`] : []),
  ];
}

function stageRuleSentences(a: RuleSet, b: RuleSet): string[] {
  return STAGES.flatMap((stage) => {
    const before = a.stages.find((w) => w.stage === stage);
    const after = b.stages.find((w) => w.stage === stage);
    const name = STAGE_LABELS[stage].id;
    if (!before && after) return [`Tahap baru: ${after.label.id}.`];
    if (before && !after) return [`Tahap ${before.label.id} tidak ada lagi.`];
    if (!before || !after || before.hasLockout === after.hasLockout) return [];
    return [
      after.hasLockout
        ? `Setelah batas akhir ${name}, pengisian kini dikunci kecuali diberi perpanjangan.`
        : `Setelah batas akhir ${name}, pengisian tidak lagi dikunci.`,
    ];
  });
}

function dateSentences(a: RuleSet, b: RuleSet): string[] {
  const period = `Periode: ${formatLongDate(a.startDate)} s.d. ${formatLongDate(a.endDate)} menjadi ${formatLongDate(b.startDate)} s.d. ${formatLongDate(b.endDate)}.`;
  const stages = STAGES.flatMap((stage) => {
    const before = a.stages.find((w) => w.stage === stage);
    const after = b.stages.find((w) => w.stage === stage);
    if (!before || !after || (before.start === after.start && before.end === after.end)) return [];
    return [`${after.label.id}: ${range(before)} menjadi ${range(after)}.`];
  });
  const samePeriod = a.startDate === b.startDate && a.endDate === b.endDate;
  return [...(samePeriod ? [] : [period]), ...stages];
}

/**
 * What changed from rule set `a` to rule set `b`, in words for a principal or administrator: stages
 * and their dates, tabs, rules (lockout, approval, evidence, competency mode) and catalogues —
 * domain.md §2, §3, §8 item 1.
 */
export function describeRuleSetChanges(a: RuleSet, b: RuleSet): RuleSetChangeReport {
  const rules = [
    ...stageRuleSentences(a, b),
    ...tabSentences(a, b),
    ...RULES.flatMap((rule) => {
      const [from, to] = [rule.read(a), rule.read(b)];
      return from === to ? [] : [rule.sentence(from, to)];
    }),
  ];
  return { rules: rules.length > 0 ? rules : [`${NO_RULE_CHANGES}.`], dates: dateSentences(a, b) };
}
