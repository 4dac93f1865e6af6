import {
  fillCompetencyIndicators,
  requireCatalogue,
  seedCatalogues,
  type CatalogueSet,
} from '@kinerja/domain';
import type { Db } from '../../db/database.js';
import { currentCompetencyFills, type CompetencyFill } from './catalogues.repository.js';

const COMPETENCY_CATALOGUE = 'competency-indicators-2025' as const;

/** The seed catalogues with an administrator's fills of the competency-indicator gap applied. */
export function cataloguesWithFills(fills: readonly CompetencyFill[]): CatalogueSet {
  let catalogue = requireCatalogue(seedCatalogues.competencyIndicators, COMPETENCY_CATALOGUE);
  for (const fill of fills) {
    catalogue = fillCompetencyIndicators({
      catalogue,
      groupCode: fill.groupCode,
      indicators: fill.indicators,
      source: fill.source,
    });
  }
  return {
    ...seedCatalogues,
    competencyIndicators: {
      ...seedCatalogues.competencyIndicators,
      [COMPETENCY_CATALOGUE]: catalogue,
    },
  };
}

/** The catalogues a period's plans are validated against (domain.md §8.1: gaps filled from the DB). */
export async function loadCatalogues(db: Db, periodId: string): Promise<CatalogueSet> {
  return cataloguesWithFills(await currentCompetencyFills(db, periodId));
}
