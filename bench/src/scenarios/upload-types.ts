/** One upload of a round: where it goes (path and query) and with which headers (session, CSRF). */
export type UploadTarget = { path: string; headers: Record<string, string> };

/** One round: every target uploads one PDF of `sizeBytes` at the same moment. */
export type UploadRoundSpec = {
  appUrl: string;
  targets: UploadTarget[];
  sizeBytes: number;
  /** Makes every file of every round distinct (its SHA-256), so the certificate-reuse rule never applies. */
  seed: string;
  timeoutSeconds: number;
};

/** One upload as the client saw it: status (0 for a socket error), seconds to the last byte of the answer. */
export type UploadTiming = { status: number; seconds: number; bytes: number };

/** What one round measured in the client process. */
export type UploadRoundResult = {
  /** From the first request sent to the last answer read. */
  seconds: number;
  uploads: UploadTiming[];
  errorSamples: string[];
};

/** The worker's answer. */
export type UploadRoundReply =
  { ok: true; result: UploadRoundResult } | { ok: false; error: string };
