import type {
  EditDutyEntryRequest,
  EditPracticeEntryRequest,
  EditRhkEntryRequest,
} from '@kinerja/contract';
import {
  editAdditionalDuty,
  editCompetencyRhk,
  editPracticeIndicator,
  findByCode,
  practiceIndicatorsFor,
  requireCatalogue,
  type CatalogueId,
  type EmployeeKind,
} from '@kinerja/domain';
import { writeAudit } from '../../lib/audit.js';
import { invalidField } from '../../lib/app-error.js';
import type { AppContext } from '../../lib/context.js';
import type { Db } from '../../db/database.js';
import { requireCatalogueEditor } from './catalogue-editor-access.js';
import { loadEditablePeriod } from './catalogue-entries.js';
import { insertRevision, lockPeriodCatalogues } from './catalogues.repository.js';

type Actor = { personId: string; requestId: string };

/** One revision and its audit row, in one transaction (issue 13 item 3). */
async function storeEdit(
  ctx: AppContext,
  trx: Db,
  input: Actor & {
    periodId: string;
    catalogueId: CatalogueId;
    entryCode: string;
    before: unknown;
    after: unknown;
    source: string;
    confidence: EditPracticeEntryRequest['confidence'];
  },
): Promise<number> {
  const { personId, requestId } = input;
  const id = await insertRevision(trx, {
    periodId: input.periodId,
    catalogueId: input.catalogueId,
    entryCode: input.entryCode,
    before: input.before,
    after: input.after,
    source: input.source,
    confidence: input.confidence,
    createdBy: personId,
    createdAt: ctx.clock(),
  });
  await writeAudit(trx, {
    at: ctx.clock(),
    actorId: personId,
    action: 'catalogue.edit_entry',
    entityType: 'catalogue',
    entityId: `${input.catalogueId}:${input.periodId}:${input.entryCode}`,
    before: input.before,
    after: { revision: id, entry: input.after },
    requestId,
  });
  return id;
}

/**
 * The Admin edits a Praktik Kinerja indicator of a period: name, description, target behaviours
 * with 3 dianjurkan and 3 dihindari each (domain.md §4.1, §4.2); empty targets stay a gap.
 */
export async function editPracticeEntry(
  ctx: AppContext,
  input: Actor & {
    periodId: string;
    employeeKind: EmployeeKind;
    code: string;
    body: EditPracticeEntryRequest;
  },
): Promise<number> {
  await requireCatalogueEditor(ctx.db, input.personId, input.periodId);
  return ctx.db.transaction().execute(async (trx) => {
    await lockPeriodCatalogues(trx, input.periodId);
    const { ruleSet, catalogues } = await loadEditablePeriod(trx, input.periodId);
    const catalogue = practiceIndicatorsFor(ruleSet, catalogues, input.employeeKind);
    const before = findByCode(catalogue, input.code);
    if (!before) {
      throw invalidField('code', `indikator "${input.code}" tidak ada di ${catalogue.title.id}`);
    }
    const { body } = input;
    const after = editPracticeIndicator(before, {
      ...body,
      targets: body.targets.map((target, index) => ({
        code: `${input.code}_${index + 1}`,
        ...target,
      })),
    });
    return storeEdit(ctx, trx, {
      personId: input.personId,
      requestId: input.requestId,
      periodId: input.periodId,
      catalogueId: catalogue.id,
      entryCode: input.code,
      before,
      after,
      source: body.source,
      confidence: body.confidence,
    });
  });
}

/** The Admin edits (or adds) a tugas tambahan of a period with its legal basis — domain.md §4.4. */
export async function editDutyEntry(
  ctx: AppContext,
  input: Actor & { periodId: string; code: string; body: EditDutyEntryRequest },
): Promise<number> {
  await requireCatalogueEditor(ctx.db, input.personId, input.periodId);
  return ctx.db.transaction().execute(async (trx) => {
    await lockPeriodCatalogues(trx, input.periodId);
    const { ruleSet, catalogues } = await loadEditablePeriod(trx, input.periodId);
    const id = ruleSet.additionalDuties.catalogueId;
    const before = findByCode(requireCatalogue(catalogues.additionalDuties, id), input.code);
    const after = editAdditionalDuty({ ...input.body, code: input.code });
    return storeEdit(ctx, trx, {
      personId: input.personId,
      requestId: input.requestId,
      periodId: input.periodId,
      catalogueId: id,
      entryCode: input.code,
      before: before ?? null,
      after,
      source: input.body.source,
      confidence: input.body.confidence,
    });
  });
}

/**
 * The Admin edits a row of the 2024 RHK point table of a period (domain.md §4.5): role,
 * conversion, kinds of evidence and points; an empty value stays a gap. 400 for a period that
 * plans competency by indicator (2025+) or an unknown row.
 */
export async function editRhkEntry(
  ctx: AppContext,
  input: Actor & { periodId: string; code: string; body: EditRhkEntryRequest },
): Promise<number> {
  await requireCatalogueEditor(ctx.db, input.personId, input.periodId);
  return ctx.db.transaction().execute(async (trx) => {
    await lockPeriodCatalogues(trx, input.periodId);
    const { ruleSet, catalogues } = await loadEditablePeriod(trx, input.periodId);
    const rule = ruleSet.competency;
    if (rule.mode !== 'points') {
      throw invalidField(
        'periodId',
        `periode ${ruleSet.label.id} tidak memakai tabel poin RHK; ubah indikator kompetensinya`,
      );
    }
    const table = requireCatalogue(catalogues.competencyRhks, rule.catalogueId);
    const before = findByCode(table, input.code);
    if (!before) throw invalidField('code', `RHK "${input.code}" tidak ada di ${table.title.id}`);
    const { body } = input;
    return storeEdit(ctx, trx, {
      personId: input.personId,
      requestId: input.requestId,
      periodId: input.periodId,
      catalogueId: table.id,
      entryCode: input.code,
      before,
      after: editCompetencyRhk(before, body),
      source: body.source,
      confidence: body.confidence,
    });
  });
}
