import type { FillCompetencyGroupRequest } from '@kinerja/contract';
import { can } from '@kinerja/domain';
import { writeAudit } from '../../lib/audit.js';
import { forbidden, invalidField } from '../../lib/app-error.js';
import type { AppContext } from '../../lib/context.js';
import type { Db } from '../../db/database.js';
import { loadActor } from '../plans/plan-actor.js';
import {
  currentCompetencyFills,
  insertCompetencyFill,
  type CompetencyFill,
} from './catalogues.repository.js';
import { requireIndicatorPeriod } from './competency-catalogue.js';

function duplicateCode(codes: readonly string[]): string | undefined {
  return codes.find((code, index) => codes.indexOf(code) !== index);
}

type FillInput = {
  personId: string;
  periodId: string;
  groupCode: CompetencyFill['groupCode'];
  body: FillCompetencyGroupRequest;
  requestId: string;
};

/** A code may be used once across the period's groups, so a plan's choice names one indicator. */
async function requireFreeCodes(
  trx: Db,
  input: FillInput,
  codes: readonly string[],
): Promise<void> {
  const fills = await currentCompetencyFills(trx, input.periodId);
  const others = fills.filter((fill) => fill.groupCode !== input.groupCode);
  for (const fill of others) {
    const clash = fill.indicators.find((indicator) => codes.includes(indicator.code));
    if (clash) {
      const message = `kode "${clash.code}" sudah dipakai pada kompetensi ${fill.groupCode}; gunakan kode lain`;
      throw invalidField('indicators', message);
    }
  }
}

/**
 * An administrator fills the competency-indicator gap of one competence for a period (domain.md
 * §4.5, §8.1): a new version replaces the group's list, older versions stay, and it is audited.
 */
export async function fillCompetencyIndicators(ctx: AppContext, input: FillInput): Promise<number> {
  const actor = await loadActor(ctx.db, input.personId, input.periodId);
  if (!can(actor, 'catalogue.edit').allowed) {
    throw forbidden('Hanya Admin yang dapat mengisi katalog indikator kompetensi.');
  }
  await requireIndicatorPeriod(ctx.db, input.periodId);
  const codes = input.body.indicators.map((indicator) => indicator.code);
  const repeated = duplicateCode(codes);
  if (repeated) throw invalidField('indicators', `kode "${repeated}" ditulis lebih dari sekali`);
  return ctx.db.transaction().execute(async (trx) => {
    await requireFreeCodes(trx, input, codes);
    const { periodId, groupCode } = input;
    const version = await insertCompetencyFill(trx, {
      ...input.body,
      periodId,
      groupCode,
      createdBy: input.personId,
    });
    const entity = {
      entityType: 'catalogue',
      entityId: `competency-indicators-2025:${periodId}:${groupCode}`,
    };
    const audit = {
      actorId: input.personId,
      action: 'catalogue.fill_competency_indicators',
      ...entity,
    };
    await writeAudit(trx, {
      at: ctx.clock(),
      ...audit,
      after: { version, ...input.body },
      requestId: input.requestId,
    });
    return version;
  });
}
