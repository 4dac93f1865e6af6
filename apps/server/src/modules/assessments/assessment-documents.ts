import type { Locale } from '@kinerja/domain';
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { AppContext } from '../../lib/context.js';
import { notFinalError } from './assessment-errors.js';
import type { AssessmentRow } from './assessments.repository.js';
import { documentFileName, slug } from './evaluation-document.js';
import { fixedDocumentOf, readVersionBytes } from './fixed-documents.js';
import { schoolOfDinasSql } from '../plans/dinas-jurisdiction.js';
import { loadAssessmentById } from './read-assessment.js';
import { ZipWriter } from './zip-writer.js';

/**
 * GET /api/assessments/:id/pdf — one final document for whoever may read the assessment: the stored
 * bytes of its newest issued version, never a fresh rendering of today's facts (domain.md §5.6).
 */
export async function renderAssessmentPdf(
  ctx: AppContext,
  input: { assessmentId: string; personId: string; locale: Locale },
): Promise<{ pdf: Buffer; fileName: string }> {
  const scope = await loadAssessmentById(ctx, input);
  const row = scope.row;
  if (row?.state !== 'final') throw notFinalError();
  const { employee } = scope.plan;
  const version = await fixedDocumentOf(ctx, { row, ruleSetVersion: employee.ruleSetVersion });
  const fileName = documentFileName({
    periodId: row.periodId,
    document: row.document,
    nip: employee.nip,
    name: employee.employeeName,
    id: row.id,
    versionNumber: version.versionNumber,
  });
  return { pdf: await readVersionBytes(ctx, version), fileName };
}

type BatchRow = AssessmentRow & {
  npsn: string;
  schoolName: string;
  employeeName: string;
  nip: string | null;
  ruleSetVersion: string;
};

/** Which final documents go into a batch: one school, or every school of a Dinas office. */
export type BatchArea = { periodId: string } & (
  { kind: 'school'; schoolId: string } | { kind: 'dinas'; dinasId: string }
);

const BATCH = 100;

async function nextBatch(db: Db, area: BatchArea, after: { npsn: string; id: string } | null) {
  const where =
    area.kind === 'school' ? sql`s.id = ${area.schoolId}` : schoolOfDinasSql(area.dinasId);
  const cursor = after ? sql`and (s.npsn, a.id) > (${after.npsn}, ${after.id})` : sql``;
  const { rows } = await sql<BatchRow>`
    select a.*, a.behaviour_feedback::text as feedback_text,
           a.document_snapshot::text as snapshot_text, null as finalized_by_name,
           s.npsn, s.name as school_name, p.name as employee_name, p.nip,
           pr.rule_set_version
      from assessments a
      join schools s on s.id = a.school_id
      join people p on p.id = a.employee_id
      join periods pr on pr.id = a.period_id
     where a.period_id = ${area.periodId} and a.state = 'final' and ${where} ${cursor}
     order by s.npsn, a.id
     limit ${BATCH}`.execute(db);
  return rows;
}

/**
 * The final Dokumen Evaluasi Kinerja Pegawai of a school or a Dinas region as one ZIP, streamed:
 * documents are read a hundred at a time and each PDF is rendered just before it is written, one
 * folder per school (issue #6 item 3).
 */
export async function* batchDocumentsZip(ctx: AppContext, area: BatchArea): AsyncGenerator<Buffer> {
  const zip = new ZipWriter();
  let after: { npsn: string; id: string } | null = null;
  for (;;) {
    const rows = await nextBatch(ctx.db, area, after);
    for (const row of rows) {
      // The same stored bytes as the single download (domain.md §5.6).
      const version = await fixedDocumentOf(ctx, { row, ruleSetVersion: row.ruleSetVersion });
      const folder = `${row.npsn}-${slug(row.schoolName)}`;
      const file = documentFileName({
        periodId: row.periodId,
        document: row.document,
        nip: row.nip,
        name: row.employeeName,
        id: row.id,
        versionNumber: version.versionNumber,
      });
      yield zip.add(
        `${folder}/${file}`,
        await readVersionBytes(ctx, version),
        row.finalizedAt ?? new Date(0),
      );
    }
    if (rows.length < BATCH) break;
    const last = rows[rows.length - 1]!;
    after = { npsn: last.npsn, id: last.id };
  }
  yield zip.finish();
}

/** The file name of a batch: "evaluasi-kinerja-2026-20212345.zip". */
export const batchFileName = (periodId: string, what: string): string =>
  `evaluasi-kinerja-${periodId}-${slug(what)}.zip`;
