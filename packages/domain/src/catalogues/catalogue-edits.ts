import type { AdditionalDuty } from './additional-duty';
import type { CompetencyGroup, CompetencyIndicator } from './competency-indicators-2025';
import type { CompetencyRhk, EvidenceKind } from './competency-rhk-2024';
import type { PracticeIndicator } from './practice-indicators-teacher';
import type { RubricTarget } from './practice-rubrics';
import { SCHOOL_LEVEL_LABELS, type SchoolLevel } from './school-levels';
import { gap, known, type Confidence, type Sourced } from './sourced';

// What an administrator's edit of a catalogue entry makes of it (issue 13 item 3): every value
// carries the source the administrator names and its marker (domain.md §0); a value left empty
// stays a gap, "belum ada sumber" — never a guess (§8.1).

/** Where an administrator's value comes from. */
export type EditProvenance = { readonly source: string; readonly confidence: Confidence };

const NO_SOURCE = 'belum ada sumber';

function sourced<T>(value: T | null, provenance: EditProvenance): Sourced<T> {
  return value === null ? gap({ source: NO_SOURCE }) : known(value, provenance);
}

/** A Praktik Kinerja indicator as edited; no targets keeps the targets a gap — §4.1, §4.2. */
export function editPracticeIndicator(
  current: PracticeIndicator,
  input: EditProvenance & {
    name: string;
    description: string | null;
    targets: readonly RubricTarget[];
  },
): PracticeIndicator {
  return {
    ...current,
    name: known(input.name, input),
    description: sourced(input.description, input),
    targets: sourced(input.targets.length > 0 ? input.targets : null, input),
  };
}

/** A tugas tambahan as edited (or added) with its jenjang and legal basis — §4.4. */
export function editAdditionalDuty(
  input: EditProvenance & {
    code: string;
    name: string;
    schoolLevels: readonly SchoolLevel[];
    weeklyJp: number | null;
    legalBasis: string;
  },
): AdditionalDuty {
  return {
    code: input.code,
    name: input.name,
    schoolLevels: [...input.schoolLevels],
    weeklyJp: sourced(input.weeklyJp, input),
    legalBasis: input.legalBasis,
    confidence: input.confidence,
    source: input.source,
  };
}

/** A competence group with its indicator list replaced — §4.5. */
export function editCompetencyGroup(
  current: CompetencyGroup,
  input: EditProvenance & { indicators: readonly CompetencyIndicator[] },
): CompetencyGroup {
  return { ...current, indicators: sourced(input.indicators, input) };
}

/**
 * A 2024 competency RHK as edited (§4.5 point table): its role, conversion, kinds of evidence and
 * points; a value left empty stays a gap (row 6's conversion and points are not in the sources).
 */
export function editCompetencyRhk(
  current: CompetencyRhk,
  input: EditProvenance & {
    role: string;
    conversion: string | null;
    evidenceKinds: readonly EvidenceKind[];
    points: number | null;
  },
): CompetencyRhk {
  return {
    ...current,
    role: input.role,
    conversion: sourced(input.conversion, input),
    evidenceKinds: sourced(input.evidenceKinds.length > 0 ? [...input.evidenceKinds] : null, input),
    points: sourced(input.points, input),
  };
}

/** The evidence kinds of §3.4 as the guides name them. */
export const EVIDENCE_KIND_LABELS: Readonly<Record<EvidenceKind, string>> = {
  certificate: 'Sertifikat',
  surat_keterangan_selesai_topik: 'Surat Keterangan Selesai Topik',
  relevant_document: 'Dokumen relevan',
  report: 'Laporan',
};

/** One value of an entry as a person reads it, with its marker and source. */
export type EntryField = {
  readonly key: string;
  readonly label: string;
  /** Null: the sources give nothing ("belum ada sumber"). */
  readonly text: string | null;
  readonly marker: Confidence | null;
  readonly source: string;
};

function field(key: string, label: string, value: Sourced<string>): EntryField {
  return value.isGap
    ? { key, label, text: null, marker: null, source: value.source }
    : { key, label, text: value.value, marker: value.confidence, source: value.source };
}

function targetsText(targets: readonly RubricTarget[]): string {
  return targets
    .map(
      (target, index) =>
        `${index + 1}. ${target.text}\nDianjurkan: ${target.recommended.join('; ')}\nDihindari: ${target.avoided.join('; ')}`,
    )
    .join('\n');
}

function mapSourced<T>(value: Sourced<T>, show: (value: T) => string): Sourced<string> {
  return value.isGap ? value : { ...value, value: show(value.value) };
}

/** The fields of a Praktik Kinerja indicator. */
export function practiceIndicatorFields(item: PracticeIndicator): EntryField[] {
  return [
    field('name', 'Nama indikator', item.name),
    field('description', 'Deskripsi', item.description),
    field('targets', 'Target perilaku', mapSourced(item.targets, targetsText)),
  ];
}

/** The fields of a tugas tambahan. */
export function additionalDutyFields(item: AdditionalDuty): EntryField[] {
  const provenance = { source: item.source, confidence: item.confidence };
  const levels = item.schoolLevels.map((level) => SCHOOL_LEVEL_LABELS[level].id).join(', ');
  return [
    field('name', 'Nama tugas tambahan', known(item.name, provenance)),
    field('schoolLevels', 'Jenjang', known(levels, provenance)),
    field(
      'weeklyJp',
      'Ekuivalensi JP per minggu',
      mapSourced(item.weeklyJp, (jp) => `${jp} JP`),
    ),
    field('legalBasis', 'Dasar hukum', known(item.legalBasis, provenance)),
  ];
}

/** The fields of a competence group. */
export function competencyGroupFields(item: CompetencyGroup): EntryField[] {
  const list = (indicators: readonly CompetencyIndicator[]) =>
    indicators.map((indicator) => indicator.name).join('\n');
  return [
    field('name', 'Kompetensi', item.name),
    field('indicators', 'Indikator', mapSourced(item.indicators, list)),
  ];
}

/** The fields of a 2024 competency RHK (a row of the §4.5 point table). */
export function competencyRhkFields(item: CompetencyRhk): EntryField[] {
  // The role has no marker of its own: it shares the row's first sourced value (an edit names one
  // source for the whole row); row 6 names its role in the official table even where the rest is cut.
  const first = [item.points, item.conversion, item.evidenceKinds].find((value) => !value.isGap);
  const provenance: EditProvenance = first?.isGap === false ? first : ROW_SOURCE;
  const role = `Meningkatnya kompetensi melalui peran sebagai ${lowerFirst(item.role)}`;
  return [
    field('role', 'Rencana Hasil Kerja', known(role, provenance)),
    field('conversion', 'Konversi', item.conversion),
    field(
      'evidenceKinds',
      'Bukti',
      mapSourced(item.evidenceKinds, (kinds) =>
        kinds.map((kind) => EVIDENCE_KIND_LABELS[kind]).join(', '),
      ),
    ),
    field(
      'points',
      'Poin',
      mapSourced(item.points, (points) => `${points} poin`),
    ),
  ];
}

const ROW_SOURCE: EditProvenance = { source: 'domain.md §4.5; HC-POIN24', confidence: 'C' };

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** One change of an edit: the field, its text before and after (null: no source). */
export type EntryChange = {
  readonly label: string;
  readonly before: string | null;
  readonly after: string | null;
};

/** What an edit changed, field by field (text or marker) — the history's "dari … menjadi …". */
export function entryChanges(
  before: readonly EntryField[] | null,
  after: readonly EntryField[],
): EntryChange[] {
  return after.flatMap((next) => {
    const previous = before?.find((entry) => entry.key === next.key) ?? null;
    const same =
      previous !== null && previous.text === next.text && previous.marker === next.marker;
    return same ? [] : [{ label: next.label, before: previous?.text ?? null, after: next.text }];
  });
}
