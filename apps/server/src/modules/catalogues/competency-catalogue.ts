import type { CompetencyCatalogueResponse } from '@kinerja/contract';
import { requireCatalogue } from '@kinerja/domain';
import type { Db } from '../../db/database.js';
import { invalidField } from '../../lib/app-error.js';
import { findPeriod } from '../periods/periods.repository.js';
import { ruleSetForPeriod } from '../plans/plan-rules.js';
import { listRevisions } from './catalogues.repository.js';
import { loadCatalogues } from './load-catalogues.js';

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
  return { period, rule };
}

/**
 * The competency-indicator catalogues of a period — the teacher's Model Kompetensi Guru, then the
 * principal's own (§3.8, §4.5) — with each group's newest revision.
 */
export async function readCompetencyCatalogue(
  db: Db,
  periodId: string,
): Promise<CompetencyCatalogueResponse> {
  const { rule } = await requireIndicatorPeriod(db, periodId);
  const [catalogues, revisions] = await Promise.all([
    loadCatalogues(db, periodId),
    listRevisions(db, periodId),
  ]);
  const kinds = [
    { id: rule.catalogueId, employeeKind: 'teacher' as const },
    { id: rule.principalCatalogueId, employeeKind: 'principal' as const },
  ];
  const groups = kinds.flatMap(({ id, employeeKind }) =>
    requireCatalogue(catalogues.competencyIndicators, id).items.map((group) => {
      const own = revisions.filter((r) => r.catalogueId === id && r.entryCode === group.code);
      const last = own.at(-1);
      return {
        code: group.code,
        catalogueId: id,
        employeeKind,
        name: group.name.value ?? group.code,
        isGap: group.indicators.isGap,
        indicators: (group.indicators.value ?? []).map((item) => ({
          code: item.code,
          name: item.name,
        })),
        version: own.length === 0 ? null : own.length,
        source: last?.source ?? null,
        updatedAt: last?.createdAt.toISOString() ?? null,
      };
    }),
  );
  return { periodId, catalogueId: rule.catalogueId, groups };
}
