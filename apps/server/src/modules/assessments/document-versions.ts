import type { DocumentVersions } from '@kinerja/contract';
import { can } from '@kinerja/domain';
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { EvaluationDocumentData } from './evaluation-pdf.js';
import type { AssessmentScope } from './assessment-scope.js';
import { currentDocumentData, documentDigest } from './fixed-documents.js';

const NONE: DocumentVersions = { versions: [], laterFacts: [], canReissue: false };

/** What the printed document says where a fact is not known (evaluation-pdf.ts prints the same). */
const UNSET = 'Belum ditetapkan';

/**
 * The printed fields that later facts can move after "Tetapkan" (the signed snapshot of names and
 * jabatan stays), with the document's own labels (domain.md §5.6 fields 20–22).
 */
const LATER_FACT_FIELDS: ReadonlyArray<{
  label: string;
  read: (data: EvaluationDocumentData) => string;
}> = [
  { label: 'Capaian Kinerja Organisasi', read: (data) => data.achievementLabel ?? UNSET },
  { label: 'Predikat Kinerja Pegawai', read: (data) => data.predikatLabel },
  { label: 'Angka Kredit', read: (data) => data.angkaKredit ?? UNSET },
  { label: 'Catatan / Rekomendasi', read: (data) => data.notes },
];

/**
 * A final document's numbered versions (newest first) and the later facts a new version would
 * print, for the assessor's page: "Terbitkan versi baru" names why before anything is issued (§5.6).
 */
export async function readDocumentVersions(
  db: Db,
  scope: AssessmentScope,
): Promise<DocumentVersions> {
  const row = scope.row;
  if (row?.state !== 'final') return NONE;
  const stored = await db
    .selectFrom('evaluationDocumentVersions')
    .select(['versionNumber', 'documentNumber', 'issuedAt', 'reason', 'contentDigest', 'fileHash'])
    .select(sql<string>`document_data::text`.as('dataText'))
    .where('assessmentId', '=', row.id)
    .orderBy('versionNumber', 'desc')
    .execute();
  const latest = stored[0];
  const laterFacts: DocumentVersions['laterFacts'] = [];
  if (latest) {
    const before = JSON.parse(latest.dataText) as EvaluationDocumentData;
    const after = await currentDocumentData(db, {
      row,
      ruleSetVersion: scope.plan.employee.ruleSetVersion,
    });
    for (const field of LATER_FACT_FIELDS) {
      const was = field.read(before);
      const now = field.read(after);
      if (was !== now) laterFacts.push({ label: field.label, before: was, after: now });
    }
    // Anything else the document prints differently still counts, named as such.
    if (laterFacts.length === 0 && documentDigest(after) !== latest.contentDigest) {
      laterFacts.push({
        label: 'Isi dokumen lainnya',
        before: `Versi ${latest.versionNumber}`,
        after: 'Data terbaru',
      });
    }
  }
  return {
    versions: stored.map((item) => ({
      versionNumber: item.versionNumber,
      documentNumber: item.documentNumber,
      issuedAt: item.issuedAt.toISOString(),
      reason: item.reason,
      verificationCode: item.contentDigest.slice(0, 16).toUpperCase(),
      fileHash: item.fileHash,
    })),
    laterFacts,
    // The same ability "Terbitkan versi baru" asks (reissue-document.ts): the assessor's "Tetapkan".
    canReissue: can(scope.actor, 'assessment.finalize', scope.subject).allowed,
  };
}
