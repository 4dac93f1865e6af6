import type { CatalogueEntriesResponse, EditableCatalogueKind } from '@kinerja/contract';
import {
  additionalDutyFields,
  catalogueVersion,
  catalogueVersionLabel,
  competencyGroupFields,
  competencyIndicatorsFor,
  competencyRhkFields,
  entryChanges,
  practiceIndicatorFields,
  practiceIndicatorsFor,
  requireCatalogue,
  resolveCatalogueSet,
  seedCatalogues,
  type AdditionalDuty,
  type Catalogue,
  type CatalogueSet,
  type CompetencyGroup,
  type CompetencyRhk,
  type EntryField,
  type PracticeIndicator,
  type RuleSet,
} from '@kinerja/domain';
import type { Db } from '../../db/database.js';
import { invalidField } from '../../lib/app-error.js';
import { findPeriod } from '../periods/periods.repository.js';
import { ruleSetForPeriod } from '../plans/plan-rules.js';
import { listRevisions, type RevisionRecord } from './catalogues.repository.js';

type Item = { readonly code: string };

/** How one editable catalogue shows its entries: fields, title and the form's values. */
type Shape<T extends Item> = {
  kind: EditableCatalogueKind;
  catalogue: Catalogue<T>;
  fields: (item: T) => EntryField[];
  title: (item: T) => string;
  values: (item: T) => Record<string, unknown>;
};

function practiceShape(
  kind: EditableCatalogueKind,
  catalogue: Catalogue<PracticeIndicator>,
): Shape<PracticeIndicator> {
  return {
    kind,
    catalogue,
    fields: practiceIndicatorFields,
    // An indicator the sources do not name (the principal's item 2) is named by its place.
    title: (item) => item.name.value ?? `Indikator ${item.order} (belum ada sumber)`,
    values: (item) => ({
      name: item.name.value ?? '',
      description: item.description.value,
      targets: item.targets.value ?? [],
    }),
  };
}

function competencyShape(
  kind: EditableCatalogueKind,
  catalogue: Catalogue<CompetencyGroup>,
): Shape<CompetencyGroup> {
  return {
    kind,
    catalogue,
    fields: competencyGroupFields,
    title: (item) => item.name.value ?? item.code,
    values: (item) => ({ indicators: item.indicators.value ?? [] }),
  };
}

function dutyShape(catalogue: Catalogue<AdditionalDuty>): Shape<AdditionalDuty> {
  return {
    kind: 'additional_duties',
    catalogue,
    fields: additionalDutyFields,
    title: (item) => item.name,
    values: (item) => ({
      name: item.name,
      schoolLevels: item.schoolLevels,
      weeklyJp: item.weeklyJp.value,
      legalBasis: item.legalBasis,
    }),
  };
}

function rhkShape(catalogue: Catalogue<CompetencyRhk>): Shape<CompetencyRhk> {
  return {
    kind: 'competency_rhk',
    catalogue,
    fields: competencyRhkFields,
    title: (item) => `${item.order}. ${item.role}`,
    values: (item) => ({
      role: item.role,
      conversion: item.conversion.value,
      evidenceKinds: item.evidenceKinds.value ?? [],
      points: item.points.value,
    }),
  };
}

/** The catalogues of a period the Admin edits, as its rule set names them (domain.md §4). */
function shapesOf(ruleSet: RuleSet, catalogues: CatalogueSet): Shape<Item>[] {
  const shapes: Shape<Item>[] = [
    practiceShape('practice_teacher', practiceIndicatorsFor(ruleSet, catalogues, 'teacher')),
    practiceShape('practice_principal', practiceIndicatorsFor(ruleSet, catalogues, 'principal')),
    dutyShape(requireCatalogue(catalogues.additionalDuties, ruleSet.additionalDuties.catalogueId)),
  ] as unknown as Shape<Item>[];
  const teacher = competencyIndicatorsFor(ruleSet, catalogues, 'teacher');
  const principal = competencyIndicatorsFor(ruleSet, catalogues, 'principal');
  if (teacher)
    shapes.push(competencyShape('competency_teacher', teacher) as unknown as Shape<Item>);
  if (principal)
    shapes.push(competencyShape('competency_principal', principal) as unknown as Shape<Item>);
  // 2024 plans competency development by the RHK point table (domain.md §4.5).
  if (ruleSet.competency.mode === 'points') {
    const table = requireCatalogue(catalogues.competencyRhks, ruleSet.competency.catalogueId);
    shapes.push(rhkShape(table) as unknown as Shape<Item>);
  }
  return shapes;
}

function historyOf(shape: Shape<Item>, own: readonly RevisionRecord[]) {
  return own
    .map((revision) => ({
      id: revision.id,
      at: revision.createdAt.toISOString(),
      byName: revision.createdByName,
      source: revision.source,
      marker: revision.confidence,
      changes: entryChanges(
        revision.before === null ? null : shape.fields(revision.before as Item),
        shape.fields(revision.entry as Item),
      ),
    }))
    .reverse();
}

/** The period, its rule set and its newest catalogues with every revision — 400 for no period. */
export async function loadEditablePeriod(db: Db, periodId: string) {
  const period = await findPeriod(db, periodId);
  if (!period) {
    throw invalidField('periodId', `periode "${periodId}" tidak ada; pilih dari daftar periode`);
  }
  const ruleSet = ruleSetForPeriod(period);
  const revisions = await listRevisions(db, periodId);
  const catalogues = resolveCatalogueSet(seedCatalogues, revisions, null);
  return { ruleSet, revisions, catalogues };
}

/** Every editable catalogue of a period: entries with provenance markers, gaps and history. */
export async function readCatalogueEntries(
  db: Db,
  periodId: string,
): Promise<CatalogueEntriesResponse> {
  const { ruleSet, revisions, catalogues } = await loadEditablePeriod(db, periodId);
  return {
    periodId,
    versionLabel: catalogueVersionLabel(catalogueVersion(revisions, null), 'id'),
    catalogues: shapesOf(ruleSet, catalogues).map((shape) => ({
      kind: shape.kind,
      catalogueId: shape.catalogue.id,
      title: shape.catalogue.title.id,
      entries: shape.catalogue.items.map((item) => {
        const fields = shape.fields(item);
        const own = revisions.filter(
          (r) => r.catalogueId === shape.catalogue.id && r.entryCode === item.code,
        );
        return {
          code: item.code,
          title: shape.title(item),
          hasGap: fields.some((field) => field.text === null),
          fields,
          values: shape.values(item),
          history: historyOf(shape, own),
        };
      }),
    })),
  };
}
