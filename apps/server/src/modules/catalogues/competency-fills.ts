import {
  editCompetencyGroup,
  seedCatalogues,
  type Catalogue,
  type CatalogueId,
  type CompetencyGroup,
  type CompetencyGroupCode,
  type Confidence,
} from '@kinerja/domain';
import type { Db } from '../../db/database.js';
import { insertRevision } from './catalogues.repository.js';
import { loadCatalogues } from './load-catalogues.js';

/** The competency catalogue a group belongs to: the teacher's four, the principal's own (§4.5). */
export function competencyCatalogueOf(groupCode: CompetencyGroupCode): CatalogueId {
  const tables = Object.values<Catalogue<CompetencyGroup>>(seedCatalogues.competencyIndicators);
  const found = tables.find((catalogue) => catalogue.items.some((g) => g.code === groupCode));
  if (!found) throw new Error(`no competency catalogue has the group ${groupCode}`);
  return found.id;
}

/**
 * Stores a new indicator list of one competence group as a catalogue revision (before → after);
 * the caller's transaction also writes the audit row (issue 13 item 3, domain.md §4.5, §8.1).
 */
export async function insertCompetencyFill(
  trx: Db,
  input: {
    periodId: string;
    groupCode: CompetencyGroupCode;
    indicators: Array<{ code: string; name: string }>;
    source: string;
    confidence?: Confidence;
    createdBy: string;
    now?: Date;
  },
): Promise<number> {
  const catalogueId = competencyCatalogueOf(input.groupCode);
  const catalogues = await loadCatalogues(trx, input.periodId);
  const catalogue = catalogues.competencyIndicators[catalogueId]!;
  const before = catalogue.items.find((group) => group.code === input.groupCode)!;
  const confidence = input.confidence ?? 'C';
  const after = editCompetencyGroup(before, {
    indicators: input.indicators,
    source: input.source,
    confidence,
  });
  return insertRevision(trx, {
    periodId: input.periodId,
    catalogueId,
    entryCode: input.groupCode,
    before,
    after,
    source: input.source,
    confidence,
    createdBy: input.createdBy,
    createdAt: input.now ?? new Date(),
  });
}
