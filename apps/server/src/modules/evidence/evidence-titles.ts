import {
  findByCode,
  requireCatalogue,
  type CatalogueSet,
  type EvidenceKind,
  type Locale,
  type RuleSet,
} from '@kinerja/domain';

/** The catalogue facts shown with an RHK or an additional duty. */
export type RhkFacts = { title: string; points: number | null; acceptedKinds: EvidenceKind[] };

/** Title, points and accepted evidence kinds of a competency RHK (domain.md §4.5). */
export function competencyFacts(
  context: { ruleSet: RuleSet; catalogues: CatalogueSet },
  code: string,
): RhkFacts {
  const rule = context.ruleSet.competency;
  if (rule.mode !== 'points') return { title: code, points: null, acceptedKinds: [] };
  const catalogue = requireCatalogue(context.catalogues.competencyRhks, rule.catalogueId);
  const rhk = findByCode(catalogue, code);
  return {
    title: rhk?.role ?? code,
    points: rhk && !rhk.points.isGap ? rhk.points.value : null,
    acceptedKinds: rhk?.evidenceKinds.value ? [...rhk.evidenceKinds.value] : [],
  };
}

/** Name of an additional duty (domain.md §4.4). */
export function dutyFacts(
  context: { ruleSet: RuleSet; catalogues: CatalogueSet },
  code: string,
): RhkFacts {
  const catalogue = requireCatalogue(
    context.catalogues.additionalDuties,
    context.ruleSet.additionalDuties.catalogueId,
  );
  return { title: findByCode(catalogue, code)?.name ?? code, points: null, acceptedKinds: [] };
}

/** Title facts of a slot. */
export function slotTitle(
  context: { ruleSet: RuleSet; catalogues: CatalogueSet },
  slot: { kind: 'competency_evidence' | 'additional_duty_evidence'; code: string },
  _locale: Locale,
): RhkFacts {
  return slot.kind === 'competency_evidence'
    ? competencyFacts(context, slot.code)
    : dutyFacts(context, slot.code);
}

/** Indonesian labels of evidence document kinds (domain.md §3.4). */
export const DOCUMENT_KIND_LABELS: Record<EvidenceKind, { id: string; en: string }> = {
  certificate: { id: 'Sertifikat', en: 'Certificate' },
  surat_keterangan_selesai_topik: {
    id: 'Surat Keterangan Selesai Topik',
    en: 'Topic completion letter',
  },
  relevant_document: { id: 'Dokumen relevan lainnya', en: 'Other relevant document' },
  report: { id: 'Laporan', en: 'Report' },
};
