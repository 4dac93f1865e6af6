/** A simulated teacher of one wave: a live session and the index of their school in the wave. */
export type WaveTeacher = { cookie: string; schoolIndex: number };

/** A simulated head of one school ("Kepala Sekolah sebagai Atasan") and how many teachers to expect. */
export type WavePrincipal = { cookie: string; schoolId: string; teachers: number };

/** One wave: every teacher fills and submits at once while every principal approves. */
export type WaveSpec = {
  appUrl: string;
  teachers: WaveTeacher[];
  principals: WavePrincipal[];
  /** Pause of a principal's "Periksa" poll when nothing waits for approval. */
  pollMs: number;
  /** Safety stop: the wave is abandoned (and reported as failed) after this long. */
  timeoutSeconds: number;
};

/** What one endpoint saw during a wave. Latencies in milliseconds, as the client saw them. */
export type EndpointFigures = {
  count: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Answers that were neither 2xx nor an expected 409, and socket errors. */
  errors: number;
  /** 409 version conflicts, expected when two writers race (retried by the simulated user). */
  conflicts: number;
};

/** What one wave measured. */
export type WaveResult = {
  seconds: number;
  endpoints: Record<string, EndpointFigures>;
  /** Every request of the wave together. */
  total: EndpointFigures;
  teachersSubmitted: number;
  plansApproved: number;
  /** Plans approved through the bulk "Setujui" of a school (a subset of plansApproved). */
  plansApprovedInBulk: number;
  /** The first few unexpected answers, to tell what went wrong. */
  errorSamples: string[];
};

/** Message from the planning worker to its parent. */
export type WaveReply = { ok: true; result: WaveResult } | { ok: false; error: string };
