import type { CompetencyCatalogueResponse } from '@kinerja/contract';
import { requireCatalogue } from '@kinerja/domain';
import type { Db } from '../../db/database.js';
import { invalidField } from '../../lib/app-error.js';
import { findPeriod } from '../periods/periods.repository.js';
import { ruleSetForPeriod } from '../plans/plan-rules.js';
import { currentCompetencyFills } from './catalogues.repository.js';
import { cataloguesWithFills } from './load-catalogues.js';

/** 400 unless the period exists and plans competency by indicator (2025+, domain.md §3.5). */
export async function requireIndicatorPeriod(db: Db, periodId: string) {
  const period = await findPeriod(db, periodId);
  if (!period)
    throw invalidField(
      'periodId',
      `periode "${periodId}" tidak ada; pilih salah satu dari daftar periode`,
    );
  const rule = ruleSetForPeriod(period).competency;
  if (rule.mode !== 'indicator') {
    throw invalidField(
      'periodId',
      `periode ${periodId} memakai Rencana Hasil Kerja berpoin, bukan indikator kompetensi; pilih periode 2025 atau sesudahnya`,
    );
  }
  return { period, catalogueId: rule.catalogueId };
}

/** The competency-indicator catalogue of a period: seed groups with the current fills applied. */
export async function readCompetencyCatalogue(
  db: Db,
  periodId: string,
): Promise<CompetencyCatalogueResponse> {
  const { catalogueId } = await requireIndicatorPeriod(db, periodId);
  const fills = await currentCompetencyFills(db, periodId);
  const catalogue = requireCatalogue(cataloguesWithFills(fills).competencyIndicators, catalogueId);
  return {
    periodId,
    catalogueId,
    groups: catalogue.items.map((group) => {
      const fill = fills.find((entry) => entry.groupCode === group.code);
      return {
        code: group.code,
        name: group.name.value ?? group.code,
        isGap: group.indicators.isGap,
        indicators: (group.indicators.value ?? []).map((item) => ({
          code: item.code,
          name: item.name,
        })),
        version: fill?.version ?? null,
        source: fill?.source ?? null,
        updatedAt: fill?.createdAt.toISOString() ?? null,
      };
    }),
  };
}
