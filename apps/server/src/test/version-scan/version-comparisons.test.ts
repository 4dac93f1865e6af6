import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findVersionComparisons, isScannedSource, scanRepository } from './version-comparisons.js';

const ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));
const FOLDERS = ['apps/server/src', 'apps/web/src', 'packages/contract/src', 'packages/domain/src'];

describe('no behaviour chosen by comparing version strings (issue 13 item 2)', () => {
  it.each([
    ["if (version === '2026') {"],
    ["if (ruleSet.version !== '2024-S1') return;"],
    ["const old = '2025' == period.id;"],
    ["  case '2024-S2':"],
    ["ids.filter((id) => !id.startsWith('2024'))"],
    ["if (period.ruleSetVersion.startsWith('20')) x();"],
    ["if (['2025'].includes('2026')) y();"],
    // How an evaluation-documents helper could choose the 2024 semesters (issue 14 leftover).
    ["if (ruleSet.version < '2025') return [semester2, akhir];"],
    ["const annual = ruleSet.version >= '2025';"],
    ["const split = '2025' > period.id;"],
    ['const semesters = /^2024/.test(ruleSet.version);'],
    // A lookup table keyed by version, read with [version] (issue 13 leftover).
    ["const label = { '2024-S1': 'Semester 1', '2026': 'Tahunan' }[version];"],
    ["  '2024-S2': semesterTwo,"],
    ['const weight = { 2025: 1, 2026: 2 }[year];'],
  ])('finds the planted comparison %s', (line) => {
    expect(findVersionComparisons(`const a = 1;\n${line}\n`)).toEqual([
      { file: '(teks)', line: 2, text: line.trim() },
    ]);
  });

  it.each([
    ['if (ruleSet.timKinerja.isPlotted) {'],
    ["const label = 'Januari–Desember 2026';"],
    ["if (today >= '2026-01-08') open();"],
    ['periodIdSchema.regex(/^[0-9A-Za-z-]+$/)'],
    ["if (endDate <= '2024-12-31') close();"],
    ["const names = { label: '2025' };"],
    ["const clock = { at: '20:30' };"],
    ['const range = { from: 2025, to: 2026 };'],
    ["return ruleSet.evaluationDocuments === 'annual';"],
  ])('leaves %s alone', (line) => {
    expect(findVersionComparisons(line)).toEqual([]);
  });

  it('skips tests, fixtures and the rule sets, where versions are named', () => {
    expect(isScannedSource('apps/server/src/modules/plans/save-plan.ts')).toBe(true);
    expect(isScannedSource('apps/web/src/features/home/home-page.tsx')).toBe(true);
    expect(isScannedSource('packages/domain/src/rule-sets/2026.ts')).toBe(false);
    expect(isScannedSource('apps/server/src/modules/plans/plan-test-support.ts')).toBe(false);
    expect(isScannedSource('apps/web/src/features/x/x.test.tsx')).toBe(false);
  });

  it('finds none in server, web, contract and domain source', () => {
    expect(scanRepository(ROOT, FOLDERS)).toEqual([]);
  });
});
