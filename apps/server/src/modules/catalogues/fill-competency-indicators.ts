import type { FillCompetencyGroupRequest } from '@kinerja/contract';
import { listCompetencyIndicators, type CompetencyGroupCode } from '@kinerja/domain';
import { writeAudit } from '../../lib/audit.js';
import { invalidField } from '../../lib/app-error.js';
import type { AppContext } from '../../lib/context.js';
import type { Db } from '../../db/database.js';
import { lockPeriodCatalogues } from './catalogues.repository.js';
import { requireCatalogueEditor } from './catalogue-editor-access.js';
import { requireIndicatorPeriod } from './competency-catalogue.js';
import { competencyCatalogueOf, insertCompetencyFill } from './competency-fills.js';
import { loadCatalogues } from './load-catalogues.js';

function duplicateCode(codes: readonly string[]): string | undefined {
  return codes.find((code, index) => codes.indexOf(code) !== index);
}

type FillInput = {
  personId: string;
  periodId: string;
  groupCode: CompetencyGroupCode;
  body: FillCompetencyGroupRequest;
  requestId: string;
};

/** A code may be used once across the catalogue's groups, so a plan's choice names one indicator. */
async function requireFreeCodes(
  trx: Db,
  input: FillInput,
  codes: readonly string[],
): Promise<void> {
  const catalogues = await loadCatalogues(trx, input.periodId);
  const catalogue = catalogues.competencyIndicators[competencyCatalogueOf(input.groupCode)]!;
  for (const group of catalogue.items.filter((item) => item.code !== input.groupCode)) {
    const clash = listCompetencyIndicators({ ...catalogue, items: [group] }).find((indicator) =>
      codes.includes(indicator.code),
    );
    if (clash) {
      const message = `kode "${clash.code}" sudah dipakai pada kompetensi ${group.name.value ?? group.code}; gunakan kode lain`;
      throw invalidField('indicators', message);
    }
  }
}

/**
 * An administrator fills the competency-indicator gap of one competence for a period (domain.md
 * §4.5, §8.1): a new catalogue revision replaces the group's list, older ones stay, audited.
 */
export async function fillCompetencyIndicators(ctx: AppContext, input: FillInput): Promise<number> {
  await requireCatalogueEditor(ctx.db, input.personId, input.periodId);
  await requireIndicatorPeriod(ctx.db, input.periodId);
  const codes = input.body.indicators.map((indicator) => indicator.code);
  const repeated = duplicateCode(codes);
  if (repeated) throw invalidField('indicators', `kode "${repeated}" ditulis lebih dari sekali`);
  return ctx.db.transaction().execute(async (trx) => {
    await lockPeriodCatalogues(trx, input.periodId);
    await requireFreeCodes(trx, input, codes);
    const { periodId, groupCode } = input;
    const revision = await insertCompetencyFill(trx, {
      ...input.body,
      confidence: input.body.confidence ?? 'C',
      periodId,
      groupCode,
      createdBy: input.personId,
      now: ctx.clock(),
    });
    const catalogueId = competencyCatalogueOf(groupCode);
    await writeAudit(trx, {
      actorId: input.personId,
      action: 'catalogue.fill_competency_indicators',
      at: ctx.clock(),
      entityType: 'catalogue',
      entityId: `${catalogueId}:${periodId}:${groupCode}`,
      after: { revision, ...input.body },
      requestId: input.requestId,
    });
    return revision;
  });
}
