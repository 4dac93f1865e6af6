import { describe, expect, it } from 'vitest';
import { ruleSetFor } from '../rule-sets/registry';
import {
  EVALUATION_DOCUMENTS,
  evaluationDocumentsFor,
  findEvaluationDocument,
  isEvaluationDocument,
  monthsCovered,
} from './evaluation-documents';

const summary = (version: string) =>
  evaluationDocumentsFor(ruleSetFor(version)).map((doc) => [
    doc.document,
    doc.label.id,
    doc.start,
    doc.end,
    doc.months,
    doc.countsForAngkaKredit,
    doc.requiresFinal,
  ]);

describe('Dokumen Evaluasi Kinerja per period (domain.md §5.5, §5.6)', () => {
  it('2024 Semester 1: "Semester I", 1 Januari–30 Juni', () => {
    expect(summary('2024-S1')).toEqual([
      ['semester_1', 'Semester I', '2024-01-01', '2024-06-30', 6, true, null],
    ]);
  });

  it('2024 Semester 2: "Semester II", 1 Juli–31 Desember, then "Akhir" over the whole year', () => {
    expect(summary('2024-S2')).toEqual([
      ['semester_2', 'Semester II', '2024-07-01', '2024-12-31', 6, true, null],
      ['akhir', 'Akhir', '2024-01-01', '2024-12-31', 12, false, 'semester_2'],
    ]);
  });

  it.each(['2025', '2026'])('%s: one annual document over twelve months', (version) => {
    expect(summary(version)).toEqual([
      ['tahunan', 'Tahunan', `${version}-01-01`, `${version}-12-31`, 12, true, null],
    ]);
  });

  it('finds a document of a period, or nothing', () => {
    expect(findEvaluationDocument(ruleSetFor('2024-S2'), 'akhir')?.months).toBe(12);
    expect(findEvaluationDocument(ruleSetFor('2025'), 'semester_1')).toBeUndefined();
  });

  it('recognises document codes', () => {
    expect(EVALUATION_DOCUMENTS.every(isEvaluationDocument)).toBe(true);
    expect(isEvaluationDocument('semester_3')).toBe(false);
  });

  it('counts whole calendar months', () => {
    expect(monthsCovered('2024-01-01', '2024-01-31')).toBe(1);
    expect(monthsCovered('2024-07-01', '2025-06-30')).toBe(12);
  });
});
