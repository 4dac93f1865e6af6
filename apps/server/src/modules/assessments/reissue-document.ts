import type { Locale } from '@kinerja/domain';
import { AppError, notFound } from '../../lib/app-error.js';
import { writeAudit } from '../../lib/audit.js';
import type { AppContext } from '../../lib/context.js';
import { insertNotification } from '../notifications/notifications.repository.js';
import { notFinalError } from './assessment-errors.js';
import { reissuedText } from './assessment-notifications.js';
import { loadAssessmentScope, requireAssessmentScope } from './assessment-scope.js';
import { findAssessmentById } from './assessments.repository.js';
import { findLatestVersion, findVersionById } from './fixed-documents.repository.js';
import {
  currentDocumentData,
  documentDigest,
  issueDocumentVersion,
  materialiseVersion,
} from './fixed-documents.js';

/** What "Terbitkan versi baru" answers: the new version's number, "Nomor dokumen" and code. */
export type IssuedVersion = {
  versionNumber: number;
  documentNumber: string;
  verificationCode: string;
};

const unchanged = (versionNumber: number, documentNumber: string): AppError =>
  new AppError({
    code: 'DOCUMENT_UNCHANGED',
    status: 409,
    message: `Isi Dokumen Evaluasi Kinerja Pegawai tidak berubah sejak versi ${versionNumber} (nomor ${documentNumber}); versi baru tidak diterbitkan.`,
  });

/**
 * "Terbitkan versi baru": the assessor issues a new numbered version of a final document with the
 * facts of today (the principal's capaian, names and jabatan) — never by itself, always audited, and
 * the assessed person is told. The earlier versions and their bytes stay as they were (§5.6).
 */
export async function reissueDocument(
  ctx: AppContext,
  input: { assessmentId: string; personId: string; locale: Locale; requestId: string },
): Promise<IssuedVersion> {
  const found = await findAssessmentById(ctx.db, input.assessmentId);
  if (!found) throw notFound('Penilaian Kinerja tidak ditemukan.');
  const id = await ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock();
    const scope = await loadAssessmentScope(trx, {
      planId: found.planId,
      personId: input.personId,
      document: found.document,
      now,
      locale: input.locale,
      forUpdate: true,
    });
    requireAssessmentScope(scope, 'assessment.finalize', input.locale);
    const row = scope.row;
    if (row?.state !== 'final') throw notFinalError();
    const { employee } = scope.plan;
    const data = await currentDocumentData(trx, { row, ruleSetVersion: employee.ruleSetVersion });
    const latest = await findLatestVersion(trx, row.id);
    if (latest && latest.contentDigest === documentDigest(data)) {
      throw unchanged(latest.versionNumber, latest.documentNumber);
    }
    const issued = await issueDocumentVersion(trx, {
      row,
      data,
      reason: 'reissue',
      issuedBy: input.personId,
      now,
    });
    await insertNotification(trx, {
      createdAt: now,
      ...reissuedText({
        documentLabel: scope.document.label.id,
        periodLabel: employee.periodLabel,
        versionNumber: issued.versionNumber,
        documentNumber: issued.documentNumber,
      }),
      recipientId: row.employeeId,
      planId: row.planId,
      periodId: row.periodId,
    });
    await writeAudit(trx, {
      at: now,
      actorId: input.personId,
      action: 'assessment.document_reissue',
      entityType: 'assessment',
      entityId: row.id,
      before: latest
        ? { versionNumber: latest.versionNumber, documentNumber: latest.documentNumber }
        : null,
      after: { versionNumber: issued.versionNumber, documentNumber: issued.documentNumber },
      requestId: input.requestId,
    });
    return issued.id;
  });
  const version = await materialiseVersion(ctx, await findVersionById(ctx.db, id));
  return {
    versionNumber: version.versionNumber,
    documentNumber: version.documentNumber,
    verificationCode: version.contentDigest.slice(0, 16).toUpperCase(),
  };
}
