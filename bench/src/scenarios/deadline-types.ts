/** One school of the deadline-day scenario: its head's session, its teachers' sessions. */
export type DeadlineSchool = { id: string; principalCookie: string; teacherCookies: string[] };

/** What the deadline worker is given once: who to play and where. */
export type DeadlineSetup = {
  appUrl: string;
  /** The floor server, whose `GET /statements` tells how many statements the app has sent. */
  floorUrl: string;
  schools: DeadlineSchool[];
  /** Accounts that sign in with the benchmark password (POST /api/auth/login). */
  loginEmails: string[];
  password: string;
};

/** A request of the deadline mix, named by its endpoint label. */
export type DeadlineKind = 'home' | 'mine' | 'draft' | 'submit' | 'list' | 'approve' | 'login';

/** Messages from the scenario to the worker. */
export type DeadlineCommand =
  | { type: 'prepare'; setup: DeadlineSetup }
  | { type: 'probe'; repeats: number }
  | { type: 'step'; rate: number; seconds: number };

/** Latency figures of one label in one step, from each request's scheduled instant. */
export type StepFigures = {
  count: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Answers that were not 2xx (503 counted apart) and socket errors. */
  errors: number;
  /** 503 answers of the load shedding. */
  shed: number;
};

/** One fixed arrival rate held for a while. */
export type StepResult = {
  rate: number;
  seconds: number;
  /** Requests answered 2xx per second of the step. */
  achievedPerSecond: number;
  total: StepFigures;
  endpoints: Record<string, StepFigures>;
  /** Requests sent as another kind because their kind had no user to play it (e.g. no plan waiting). */
  substituted: number;
  /** Requests still waiting when the step ended, for at most the drain time. */
  drainMs: number;
  errorSamples: string[];
};

/** Statements one request of an endpoint sent, over the probe's repeats. */
export type StatementFigures = { label: string; samples: number[] };

/** What preparing the users did. */
export type PrepareResult = { teachers: number; validPlans: number; seconds: number };

/** Replies of the worker. */
export type DeadlineReply =
  | { ok: true; prepared: PrepareResult }
  | { ok: true; statements: StatementFigures[] }
  | { ok: true; step: StepResult }
  | { ok: false; error: string };
