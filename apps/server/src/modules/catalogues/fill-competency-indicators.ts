import type { FillCompetencyGroupRequest } from '@kinerja/contract';
import { can } from '@kinerja/domain';
import { writeAudit } from '../../lib/audit.js';
import { forbidden, invalidField } from '../../lib/app-error.js';
import type { AppContext } from '../../lib/context.js';
import { loadActor } from '../plans/plan-actor.js';
import { currentCompetencyFills, insertCompetencyFill, type CompetencyFill } from './catalogues.repository.js';
import { requireIndicatorPeriod } from './competency-catalogue.js';

function duplicateCode(codes: readonly string[]): string | undefined {
  return codes.find((code, index) => codes.indexOf(code) !== index);
}

/**
 * An administrator fills the competency-indicator gap of one competence for a period (domain.md
 * §4.5, §8.1): a new version replaces the group's list, older versions stay, and it is audited.
 */
export async function fillCompetencyIndicators(
  ctx: AppContext,
  input: {
    personId: string;
    periodId: string;
    groupCode: CompetencyFill['groupCode'];
    body: FillCompetencyGroupRequest;
    requestId: string;
  },
): Promise<number> {
  const actor = await loadActor(ctx.db, input.personId, input.periodId);
  if (!can(actor, 'catalogue.edit').allowed) {
    throw forbidden('Hanya Admin yang dapat mengisi katalog indikator kompetensi.');
  }
  await requireIndicatorPeriod(ctx.db, input.periodId);
  const codes = input.body.indicators.map((indicator) => indicator.code);
  const repeated = duplicateCode(codes);
  if (repeated) throw invalidField('indicators', `kode "${repeated}" ditulis lebih dari sekali`);
  return ctx.db.transaction().execute(async (trx) => {
    const others = (await currentCompetencyFills(trx, input.periodId)).filter((fill) => fill.groupCode !== input.groupCode);
    const taken = others.flatMap((fill) => fill.indicators.map((indicator) => ({ code: indicator.code, group: fill.groupCode })));
    const clash = taken.find((entry) => codes.includes(entry.code));
    if (clash) {
      throw invalidField('indicators', `kode "${clash.code}" sudah dipakai pada kompetensi ${clash.group}; gunakan kode lain`);
    }
    const version = await insertCompetencyFill(trx, { ...input.body, periodId: input.periodId, groupCode: input.groupCode, createdBy: input.personId });
    await writeAudit(trx, {
      actorId: input.personId,
      action: 'catalogue.fill_competency_indicators',
      entityType: 'catalogue',
      entityId: `competency-indicators-2025:${input.periodId}:${input.groupCode}`,
      after: { version, ...input.body },
      requestId: input.requestId,
    });
    return version;
  });
}
