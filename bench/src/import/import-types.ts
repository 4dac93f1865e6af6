import type { RosterImportSummary } from '@kinerja/contract';

/** What the parent asks one import-worker process to do. */
export type ImportJob = {
  /** Environment for loadConfig: database location and production-like settings. */
  env: Record<string, string>;
  /** Files imported in this order (schools before the PTK that refer to them). */
  files: string[];
};

/** One file of an import run, timed per pass. */
export type ImportedFile = {
  kind: string;
  rows: number;
  validateSeconds: number;
  writeSeconds: number;
  seconds: number;
  rowsPerSecond: number;
  summary: RosterImportSummary;
};

/** Memory of the worker process in MiB; peaks are sampled every 50 ms while importing. */
export type ImportMemory = {
  baselineRssMiB: number;
  baselineHeapUsedMiB: number;
  peakRssMiB: number;
  peakHeapUsedMiB: number;
  /** Peak minus baseline: what the import itself added. */
  peakRssDeltaMiB: number;
  peakHeapUsedDeltaMiB: number;
  /** The kernel's RSS high-water mark for the whole process life (includes start-up). */
  maxRssMiB: number;
  samples: number;
};

/** Everything one import run measured. */
export type ImportRun = {
  databaseVersion: string;
  files: ImportedFile[];
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  memory: ImportMemory;
};

/** Prefix of the one stdout line that carries the worker's JSON result. */
export const RESULT_MARKER = 'BENCH_IMPORT_RESULT ';
