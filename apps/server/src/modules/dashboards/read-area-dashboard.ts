import type { AreaDashboardResponse, AreaDashboardRow } from '@kinerja/contract';
import type { EvaluationDocument, Locale } from '@kinerja/domain';
import type { Db } from '../../db/database.js';
import type { AppContext } from '../../lib/context.js';
import type { PeriodRow } from '../periods/periods.repository.js';
import { requireDinasAccess } from '../assessments/area-access.js';
import { dashboardDocument } from './dashboard-document.js';
import {
  refreshDirtyOfDinas,
  refreshDirtyOfNation,
  refreshDirtyOfProvince,
} from './dashboard-rollup.js';
import {
  countByProvince,
  countByRegencyOfProvince,
  countBySchoolOfDinas,
  type AreaCountRow,
} from './dashboards.repository.js';
import { requireNationAccess, requireProvinceAccess } from './province-access.js';
import { sumStageCounts, toStageCounts } from './teacher-stages.js';

type AreaInput = {
  personId: string;
  period: PeriodRow;
  document?: EvaluationDocument | undefined;
  locale: Locale;
  /** Where the counts are read: the replica, or the primary (the default). */
  reader?: Db | undefined;
};

type DocumentRef = AreaDashboardResponse['document'];

function areaResponse(
  input: { period: PeriodRow; document: DocumentRef },
  area: AreaDashboardResponse['area'],
  kind: AreaDashboardRow['kind'],
  rows: readonly AreaCountRow[],
): AreaDashboardResponse {
  return {
    period: { id: input.period.id, label: input.period.label },
    document: input.document,
    area,
    totals: sumStageCounts(rows),
    rows: rows.map((row) => ({
      kind,
      code: row.code,
      name: row.name,
      npsn: row.npsn,
      counts: toStageCounts(row),
    })),
  };
}

/** The document of a dashboard as the response names it. */
function documentOf(input: AreaInput): DocumentRef {
  const info = dashboardDocument(input.period, input.document, input.locale);
  return { code: info.document, label: info.label[input.locale] };
}

/**
 * The refresh writes, so it runs on the primary; when it refreshed anything the replica may not
 * have replayed it yet, so the counts are read on the primary too (read-your-own-writes).
 */
function countsReader(ctx: AppContext, input: AreaInput, refreshed: number): Db {
  return refreshed > 0 ? ctx.db : (input.reader ?? ctx.db);
}

/** A Dinas office's dashboard: its schools' teachers through the stages (domain.md §3.10). */
export async function readDinasDashboard(
  ctx: AppContext,
  input: AreaInput & { dinasId: string },
): Promise<AreaDashboardResponse> {
  const { dinas } = await requireDinasAccess(ctx.db, {
    personId: input.personId,
    dinasId: input.dinasId,
    periodId: input.period.id,
    action: 'distribution.view',
  });
  const document = documentOf(input);
  const refreshed = await refreshDirtyOfDinas(ctx.db, dinas.id);
  const rows = await countBySchoolOfDinas(countsReader(ctx, input, refreshed), {
    dinasId: dinas.id,
    periodId: input.period.id,
    document: document.code,
  });
  const area = { kind: 'dinas' as const, code: dinas.id, name: dinas.name };
  return areaResponse({ period: input.period, document }, area, 'school', rows);
}

/** The nation's dashboard: one row per province (administrators). */
export async function readNationDashboard(
  ctx: AppContext,
  input: AreaInput,
): Promise<AreaDashboardResponse> {
  await requireNationAccess(ctx.db, { personId: input.personId, periodId: input.period.id });
  const document = documentOf(input);
  const refreshed = await refreshDirtyOfNation(ctx.db);
  const rows = await countByProvince(countsReader(ctx, input, refreshed), {
    periodId: input.period.id,
    document: document.code,
  });
  const area = { kind: 'nation' as const, code: 'ID', name: 'Indonesia' };
  return areaResponse({ period: input.period, document }, area, 'province', rows);
}

/** A province's dashboard: one row per kabupaten/kota. */
export async function readProvinceDashboard(
  ctx: AppContext,
  input: AreaInput & { provinceCode: string },
): Promise<AreaDashboardResponse> {
  const province = await requireProvinceAccess(ctx.db, {
    personId: input.personId,
    periodId: input.period.id,
    provinceCode: input.provinceCode,
  });
  const document = documentOf(input);
  const key = { provinceCode: province.code, periodId: input.period.id, document: document.code };
  const refreshed = await refreshDirtyOfProvince(ctx.db, key);
  const rows = await countByRegencyOfProvince(countsReader(ctx, input, refreshed), {
    ...key,
    levels: province.levels,
  });
  const area = { kind: 'province' as const, code: province.code, name: province.name };
  return areaResponse({ period: input.period, document }, area, 'regency', rows);
}
