import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Rating } from '@kinerja/domain';
import type { Db } from '../../db/database.js';
import type { AppContext } from '../../lib/context.js';
import type { AssessmentRow } from './assessments.repository.js';
import { evaluationDataOf } from './evaluation-document.js';
import { renderEvaluationPdf, type EvaluationDocumentData } from './evaluation-pdf.js';
import {
  findLatestVersion,
  findVersionById,
  insertVersion,
  nextDocumentCounter,
  setVersionFile,
  type DocumentVersionRow,
} from './fixed-documents.repository.js';
import { listSchoolAssessments, organisationAchievementOf } from './organisation-check.js';

/** Why a version was issued: "Tetapkan", "Terbitkan versi baru", or the first download of a document set before 0020. */
export type IssueReason = 'finalize' | 'reissue' | 'first_download';

/** A generous cap for a rendered evaluation document (a few pages of text). */
const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

/** SHA-256 (hex) of what a document prints, without its own number: the verification code. */
export function documentDigest(data: EvaluationDocumentData): string {
  const { fixed: _fixed, ...printed } = data;
  return createHash('sha256').update(JSON.stringify(printed)).digest('hex');
}

/** The principal's Rating Hasil Kerja of a school's document, when set (domain.md §5.3). */
export async function leaderRatingOf(
  db: Db,
  row: Pick<
    AssessmentRow,
    'periodId' | 'schoolId' | 'document' | 'employeeKind' | 'workResultRating'
  >,
): Promise<Rating | null> {
  const rows = await listSchoolAssessments(db, row);
  return organisationAchievementOf(rows, row.employeeKind, row.workResultRating);
}

/** What the document of a final assessment prints with today's facts (the capaian may have changed). */
export async function currentDocumentData(
  db: Db,
  options: { row: AssessmentRow; ruleSetVersion: string },
): Promise<EvaluationDocumentData> {
  return evaluationDataOf({
    row: options.row,
    ruleSetVersion: options.ruleSetVersion,
    leaderWorkResultRating: await leaderRatingOf(db, options.row),
  });
}

/**
 * Issues the next numbered version of a final document with the data it prints, inside the
 * caller's transaction (domain.md §5.6: a final document is fixed; a change is a new version).
 */
export async function issueDocumentVersion(
  trx: Db,
  options: {
    row: AssessmentRow;
    data: EvaluationDocumentData;
    reason: IssueReason;
    issuedBy: string | null;
    now: Date;
  },
): Promise<{ id: string; versionNumber: number; documentNumber: string; digest: string }> {
  const { row, now } = options;
  // The assessment row is the lock: two issuers of one document take turns (version numbers).
  await trx.selectFrom('assessments').select('id').where('id', '=', row.id).forUpdate().execute();
  const latest = await findLatestVersion(trx, row.id, { forUpdate: true });
  const versionNumber = (latest?.versionNumber ?? 0) + 1;
  const counter = String(await nextDocumentCounter(trx)).padStart(6, '0');
  const documentNumber = `DEK/${row.periodId}/${counter}/V${versionNumber}`;
  const digest = documentDigest(options.data);
  const data: EvaluationDocumentData = {
    ...options.data,
    fixed: { documentNumber, versionNumber, digest },
  };
  const id = await insertVersion(trx, {
    assessmentId: row.id,
    provinceCode: row.provinceCode,
    versionNumber,
    documentNumber,
    contentDigest: digest,
    dataText: JSON.stringify(data),
    reason: options.reason,
    issuedBy: options.issuedBy,
    issuedAt: now,
  });
  return { id, versionNumber, documentNumber, digest };
}

/**
 * Renders a version's stored data once and keeps the bytes in the blob store; afterwards every
 * download serves those bytes. Two concurrent first renders keep whichever was recorded first.
 */
export async function materialiseVersion(
  ctx: AppContext,
  version: DocumentVersionRow,
): Promise<DocumentVersionRow> {
  if (version.fileHash) return version;
  const data = JSON.parse(version.dataText) as EvaluationDocumentData;
  const pdf = await renderEvaluationPdf(data);
  const stored = await ctx.blobs.put(Readable.from([pdf]), { maxBytes: MAX_DOCUMENT_BYTES });
  await setVersionFile(ctx.db, { id: version.id, fileHash: stored.hash, sizeBytes: stored.size });
  return findVersionById(ctx.db, version.id);
}

/** The stored bytes of a version. */
export async function readVersionBytes(
  ctx: AppContext,
  version: DocumentVersionRow,
): Promise<Buffer> {
  const fixed = await materialiseVersion(ctx, version);
  const chunks: Buffer[] = [];
  for await (const chunk of await ctx.blobs.get(fixed.fileHash!)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * The fixed document of a final assessment: its newest version, issued now (and audited by its row)
 * for a document set before documents were stored (migration 0020).
 */
export async function fixedDocumentOf(
  ctx: AppContext,
  options: { row: AssessmentRow; ruleSetVersion: string },
): Promise<DocumentVersionRow> {
  const found = await findLatestVersion(ctx.db, options.row.id);
  if (found) return found;
  const data = await currentDocumentData(ctx.db, options);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const again = await findLatestVersion(trx, options.row.id, { forUpdate: true });
    if (again) return again.id;
    const issued = await issueDocumentVersion(trx, {
      row: options.row,
      data,
      reason: 'first_download',
      issuedBy: null,
      now: ctx.clock(),
    });
    return issued.id;
  });
  return findVersionById(ctx.db, id);
}
