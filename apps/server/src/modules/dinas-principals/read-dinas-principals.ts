import type { DinasPrincipalsResponse } from '@kinerja/contract';
import {
  can,
  evaluationDocumentsFor,
  messageFor,
  PREDIKAT_LABELS,
  type EvaluationDocument,
  type Locale,
} from '@kinerja/domain';
import { forbidden, invalidField, notFound } from '../../lib/app-error.js';
import type { AppContext } from '../../lib/context.js';
import { dinasRegionCode } from '../assessments/area-access.js';
import { presentRows } from '../execution-documents/read-execution-lists.js';
import type { PeriodRow } from '../periods/periods.repository.js';
import { hasRole, loadActor } from '../plan-context/plan-actor.js';
import { findDinasFacts, type DinasFacts } from '../plans/plan-lists.repository.js';
import { ruleSetForPeriod } from '../plans/plan-rules.js';
import { countDinasPrincipals, listDinasPrincipals } from './dinas-principals.repository.js';

/**
 * The Dinas office a Dinas official (of its region) or an admin may read in the period: 404 for one
 * out of reach (existence is private), 403 for roles that never see it.
 */
export async function requireDinasReader(
  ctx: AppContext,
  input: { personId: string; dinasId: string; period: PeriodRow },
): Promise<DinasFacts> {
  const actor = await loadActor(ctx.db, input.personId, input.period.id);
  if (!hasRole(actor, 'dinas_official') && !hasRole(actor, 'admin')) {
    throw forbidden('Daftar ini hanya untuk Dinas dan Admin.');
  }
  const dinas = await findDinasFacts(ctx.db, input.dinasId);
  const subject = {
    ownerKind: 'principal' as const,
    periodId: input.period.id,
    regionCode: dinas ? dinasRegionCode(dinas) : undefined,
    // Only a Dinas of the same level opens this office's area — domain.md §1.1.
    ...(dinas ? { dinasLevel: dinas.level } : {}),
  };
  if (!dinas || !can(actor, 'plan.view', subject).allowed) throw notFound('Dinas tidak ditemukan.');
  return dinas;
}

/**
 * The principals of a Dinas office's schools with their Pelaksanaan and Penilaian, for its officials
 * and admins — the Dinas is the principals' Pejabat Penilai Kinerja (domain.md §1.2, §3.8, §3.9).
 * 404 for a Dinas out of reach (existence is private), 403 for roles that never see it.
 */
export async function readDinasPrincipals(
  ctx: AppContext,
  input: {
    personId: string;
    dinasId: string;
    period: PeriodRow;
    document?: EvaluationDocument | undefined;
    limit: number;
    offset: number;
    locale: Locale;
  },
): Promise<DinasPrincipalsResponse> {
  const { period, locale } = input;
  const dinas = await requireDinasReader(ctx, input);
  const documents = evaluationDocumentsFor(ruleSetForPeriod(period));
  const info = input.document
    ? documents.find((item) => item.document === input.document)
    : documents[0];
  if (!info) {
    const allowed = documents.map((item) => item.document).join(', ');
    const params = { document: input.document ?? '-', allowed };
    throw invalidField('document', messageFor('ASSESSMENT_DOCUMENT_NOT_IN_PERIOD', locale, params));
  }
  const key = { dinasId: dinas.id, periodId: period.id };
  const rows = await listDinasPrincipals(ctx.db, {
    ...key,
    document: info.document,
    limit: input.limit,
    offset: input.offset,
  });
  const execution = presentRows(rows, period, locale);
  return {
    period: { id: period.id, label: period.label },
    dinas: { id: dinas.id, name: dinas.name },
    document: { code: info.document, label: info.label[locale] },
    isAssessor: dinas.assessorId === input.personId,
    total: await countDinasPrincipals(ctx.db, key),
    rows: rows.map((row, index) => ({
      ...execution[index]!,
      assessment: {
        id: row.assessmentId,
        // A draft nobody saved yet (version 0) is still "belum dinilai", as on the school list.
        state:
          row.assessmentState === 'final' ||
          (row.assessmentState === 'draft' && (row.assessmentVersion ?? 0) > 0)
            ? row.assessmentState
            : 'not_started',
        predikat:
          row.assessmentState === 'final' && row.predikat
            ? { code: row.predikat, label: PREDIKAT_LABELS[row.predikat][locale] }
            : null,
        recommendationCount: row.recommendationCount,
      },
    })),
  };
}
