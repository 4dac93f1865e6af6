import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

// Test support: finds source that decides behaviour by comparing a rule-set / period version
// string ('2026', '2024-S1', startsWith('2024')) instead of asking a named rule-set field
// (issue 13 item 2; DEVELOPERS.md). packages/domain/src/rule-sets is where versions are named.

const VERSION = String.raw`['"\`]20\d\d(?:-S[12])?['"\`]`;
const PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`[=!]==?\s*${VERSION}`),
  new RegExp(String.raw`${VERSION}\s*[=!]==?`),
  new RegExp(String.raw`\bcase\s+${VERSION}\s*:`),
  /\.(?:startsWith|endsWith)\(\s*['"`]20/,
  new RegExp(String.raw`\.includes\(\s*${VERSION}\s*\)`),
  // Ordering versions as strings ("from 2025 on") is a branch on the version too.
  new RegExp(String.raw`[<>]=?\s*${VERSION}`),
  new RegExp(String.raw`${VERSION}\s*[<>]=?[^>]`),
  // A regular expression on a version: /^2024/.test(ruleSet.version).
  /\/\^?20\d\d(?:-S\[?[12])?[^/\n]*\/[a-z]*\.test\(/,
  // A table keyed by version ({ '2024-S1': a, '2026': b }[version]) is a switch in disguise.
  new RegExp(String.raw`(?:^|[{,])\s*${VERSION}\s*:`),
  /(?:^|[{,])\s*20\d\d\s*:\s*\S/,
];

/** One finding: file, 1-based line and the line's text. */
export type VersionComparison = { file: string; line: number; text: string };

/** The lines of a source text that compare a version string literal. */
export function findVersionComparisons(source: string, file = '(teks)'): VersionComparison[] {
  return source
    .split('\n')
    .flatMap((text, index) =>
      PATTERNS.some((pattern) => pattern.test(text))
        ? [{ file, line: index + 1, text: text.trim() }]
        : [],
    );
}

const SKIPPED = [
  /\.test\.tsx?$/,
  /test-support/,
  /test-data/,
  /fixtures?/,
  /(^|\/)test\//,
  /(^|\/)testing\//,
];

/** Whether a file is source the scan covers (not tests, fixtures, or the rule sets themselves). */
export function isScannedSource(path: string): boolean {
  if (!/\.tsx?$/.test(path) || path.endsWith('.d.ts')) return false;
  if (path.includes('packages/domain/src/rule-sets/')) return false;
  return !SKIPPED.some((pattern) => pattern.test(path));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every version comparison in the scanned source folders under the repository root. */
export function scanRepository(root: string, folders: readonly string[]): VersionComparison[] {
  return folders.flatMap((folder) =>
    filesUnder(join(root, folder))
      .map((path) => relative(root, path))
      .filter(isScannedSource)
      .flatMap((file) => findVersionComparisons(readFileSync(join(root, file), 'utf8'), file)),
  );
}
