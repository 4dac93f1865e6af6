import { stat } from 'node:fs/promises';
import path from 'node:path';

/** The subset of a Lighthouse result (lhr) this benchmark reads. */
export type LighthouseResult = {
  categories: { performance?: { score: number | null } };
  audits: Record<
    string,
    {
      numericValue?: number;
      errorMessage?: string;
      details?: {
        items?: {
          url?: string;
          resourceType?: string;
          transferSize?: number;
          score?: number;
          node?: { selector?: string; snippet?: string };
        }[];
      };
    }
  >;
  runWarnings?: string[];
  runtimeError?: { code?: string; message?: string };
  environment?: { benchmarkIndex?: number };
};

/** What the report prints for one page load. */
export type PageFigures = {
  score: number | null;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
  /** Every response's bytes on the wire (headers included), as Lighthouse counted them. */
  transferBytes: number;
  requests: number;
  scriptTransferBytes: number;
  /** The same scripts measured from the build's precompressed files (what a gzip/br client gets). */
  scriptGzipBytes: number;
  scriptBrotliBytes: number;
  scripts: string[];
  /** The elements that moved and by how much (Lighthouse's layout-shifts audit), to find a CLS. */
  layoutShifts: { score: number; element: string }[];
  /** Lighthouse's measure of this machine's speed; figures from a busy machine are not comparable. */
  benchmarkIndex: number;
  warnings: string[];
};

const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

const metric = (lhr: LighthouseResult, id: string): number => lhr.audits[id]?.numericValue ?? NaN;

/** The encoded file's size; files under the precompression threshold are sent as they are. */
async function encodedSize(file: string, encoding: 'gz' | 'br'): Promise<number> {
  const size = (p: string) => stat(p).then((s) => s.size);
  return size(`${file}.${encoding}`).catch(() => size(file).catch(() => NaN));
}

/** Reads the scores, metrics and bytes of one run; script sizes come from `webDist`'s .gz/.br files. */
export async function pageFigures(lhr: LighthouseResult, webDist: string): Promise<PageFigures> {
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  const scripts = requests.filter((r) => r.resourceType === 'Script' && r.url);
  const scriptPaths = scripts.map((r) => new URL(r.url ?? '').pathname);
  const files = scriptPaths.map((p) => path.join(webDist, p));
  const gzip = await Promise.all(files.map((f) => encodedSize(f, 'gz')));
  const brotli = await Promise.all(files.map((f) => encodedSize(f, 'br')));
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  return {
    score: lhr.categories.performance?.score ?? null,
    fcpMs: metric(lhr, 'first-contentful-paint'),
    lcpMs: metric(lhr, 'largest-contentful-paint'),
    tbtMs: metric(lhr, 'total-blocking-time'),
    cls: metric(lhr, 'cumulative-layout-shift'),
    speedIndexMs: metric(lhr, 'speed-index'),
    transferBytes: sum(requests.map((r) => r.transferSize ?? 0)),
    requests: requests.length,
    scriptTransferBytes: sum(scripts.map((r) => r.transferSize ?? 0)),
    scriptGzipBytes: sum(gzip),
    scriptBrotliBytes: sum(brotli),
    scripts: scriptPaths,
    layoutShifts: (lhr.audits['layout-shifts']?.details?.items ?? []).map((item) => ({
      score: item.score ?? 0,
      element: item.node?.selector ?? item.node?.snippet ?? '?',
    })),
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? NaN,
    warnings: [
      ...(lhr.runWarnings ?? []),
      ...(lhr.runtimeError ? [`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`] : []),
      ...METRICS.flatMap((id) => {
        const message = lhr.audits[id]?.errorMessage;
        return message ? [`${id}: ${message}`] : [];
      }),
    ],
  };
}
