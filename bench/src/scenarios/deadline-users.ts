import { randomUUID } from 'node:crypto';
import type {
  Plan,
  PlanContent,
  PlanOptionsResponse,
  PracticeOptionsResponse,
} from '@kinerja/contract';
import type { DeadlineAnswer, DeadlineHttp, DeadlineRequest } from './deadline-http.js';
import type { DeadlineKind, DeadlineSetup } from './deadline-types.js';
import { draftSteps } from './planning-content.js';

/** Endpoint labels of the deadline mix (and of the statement probe). */
export const DEADLINE_LABELS: Record<DeadlineKind | 'me', string> = {
  me: 'GET /api/me',
  home: 'GET /api/home',
  mine: 'GET /api/plans/mine',
  draft: 'PUT /api/plans/:id/draft',
  submit: 'POST /api/plans/:id/submit',
  list: 'GET /api/schools/:id/plans?status=submitted',
  approve: 'POST /api/plans/:id/approve',
  login: 'POST /api/auth/login',
};

type Teacher = {
  cookie: string;
  csrf: string;
  school: number;
  planId: string;
  version: number;
  /** Two complete drafts differing in one field, saved in turn so every save changes the plan. */
  variants: [PlanContent, PlanContent];
  saves: number;
  isValid: boolean;
  state: 'draft' | 'submitted';
  busy: boolean;
};

type School = { id: string; cookie: string; csrf: string; waiting: Array<{ planId: string }> };

/** One request about to be sent, and what to remember from its answer. */
export type Move = {
  label: string;
  request: DeadlineRequest;
  after?: (answer: DeadlineAnswer) => void;
};

const PICK_TRIES = 24;

/**
 * The simulated teachers and principals of deadline day (domain.md §7: everyone at the last
 * moment), each teacher with a started, confirmed and completely filled plan in draft.
 */
export class DeadlinePopulation {
  private teachers: Teacher[] = [];
  private schools: School[] = [];
  private nextSchool = 0;

  constructor(
    private readonly http: DeadlineHttp,
    private readonly setup: DeadlineSetup,
  ) {}

  /** Opens every session (CSRF token) and fills every teacher's plan: "Mulai", data, one full save. */
  async prepare(concurrency: number): Promise<{ teachers: number; validPlans: number }> {
    for (const school of this.setup.schools) {
      const csrf = await this.csrfOf(school.principalCookie);
      this.schools.push({ id: school.id, cookie: school.principalCookie, csrf, waiting: [] });
    }
    const jobs = this.setup.schools.flatMap((school, index) =>
      school.teacherCookies.map((cookie) => () => this.prepareTeacher(cookie, index)),
    );
    let next = 0;
    const run = async () => {
      while (next < jobs.length) await jobs[next++]?.();
    };
    await Promise.all(Array.from({ length: concurrency }, run));
    return {
      teachers: this.teachers.length,
      validPlans: this.teachers.filter((t) => t.isValid).length,
    };
  }

  /** The next request of a kind, or of a stand-in kind when nobody can play it now. */
  move(kind: DeadlineKind | 'me'): { move: Move; substituted: boolean } {
    const direct = this.tryMove(kind);
    if (direct) return { move: direct, substituted: false };
    const standIn = kind === 'approve' ? 'list' : 'mine';
    return { move: this.tryMove(standIn) as Move, substituted: true };
  }

  private tryMove(kind: DeadlineKind | 'me'): Move | undefined {
    const label = DEADLINE_LABELS[kind];
    const anyone = this.randomTeacher();
    switch (kind) {
      case 'me':
        return { label, request: { method: 'GET', path: '/api/me', cookie: anyone.cookie } };
      case 'home':
        return { label, request: { method: 'GET', path: '/api/home', cookie: anyone.cookie } };
      case 'mine':
        return {
          label,
          request: { method: 'GET', path: '/api/plans/mine', cookie: anyone.cookie },
        };
      case 'list': {
        const school = this.schools[Math.floor(Math.random() * this.schools.length)] as School;
        const path = `/api/schools/${school.id}/plans?status=submitted`;
        return { label, request: { method: 'GET', path, cookie: school.cookie } };
      }
      case 'login': {
        const emails = this.setup.loginEmails;
        const email = emails[Math.floor(Math.random() * emails.length)];
        const body = { email, password: this.setup.password };
        return { label, request: { method: 'POST', path: '/api/auth/login', body } };
      }
      case 'draft':
        return this.draftMove(label);
      case 'submit':
        return this.submitMove(label);
      case 'approve':
        return this.approveMove(label);
    }
  }

  private draftMove(label: string): Move | undefined {
    const teacher = this.idleTeacher((t) => t.state === 'draft');
    if (!teacher) return undefined;
    teacher.busy = true;
    teacher.saves += 1;
    const body = { version: teacher.version, content: teacher.variants[teacher.saves % 2] };
    return {
      label,
      request: {
        method: 'PUT',
        path: `/api/plans/${teacher.planId}/draft`,
        cookie: teacher.cookie,
        csrf: teacher.csrf,
        headers: { 'idempotency-key': randomUUID() },
        body,
      },
      after: (answer) => {
        teacher.busy = false;
        if (answer.status !== 200) return;
        const plan = answer.body as Plan;
        teacher.version = plan.version;
        teacher.isValid = plan.isValid;
      },
    };
  }

  private submitMove(label: string): Move | undefined {
    const teacher = this.idleTeacher((t) => t.state === 'draft' && t.isValid);
    if (!teacher) return undefined;
    teacher.busy = true;
    return {
      label,
      request: {
        method: 'POST',
        path: `/api/plans/${teacher.planId}/submit`,
        cookie: teacher.cookie,
        csrf: teacher.csrf,
        body: { version: teacher.version },
      },
      after: (answer) => {
        teacher.busy = false;
        if (answer.status !== 200) return;
        teacher.state = 'submitted';
        this.schools[teacher.school]?.waiting.push({ planId: teacher.planId });
      },
    };
  }

  private approveMove(label: string): Move | undefined {
    for (let i = 0; i < this.schools.length; i++) {
      const school = this.schools[(this.nextSchool + i) % this.schools.length] as School;
      const item = school.waiting.shift();
      if (!item) continue;
      this.nextSchool = (this.nextSchool + i + 1) % this.schools.length;
      const body = { supervisorExpectations: { akuntabel: 'Mengisi jurnal kelas setiap hari.' } };
      return {
        label,
        request: {
          method: 'POST',
          path: `/api/plans/${item.planId}/approve`,
          cookie: school.cookie,
          csrf: school.csrf,
          body,
        },
      };
    }
    return undefined;
  }

  private randomTeacher(): Teacher {
    return this.teachers[Math.floor(Math.random() * this.teachers.length)] as Teacher;
  }

  private idleTeacher(fits: (teacher: Teacher) => boolean): Teacher | undefined {
    for (let i = 0; i < PICK_TRIES; i++) {
      const teacher = this.randomTeacher();
      if (!teacher.busy && fits(teacher)) return teacher;
    }
    return this.teachers.find((teacher) => !teacher.busy && fits(teacher));
  }

  private async csrfOf(cookie: string): Promise<string> {
    const me = await this.must({ method: 'GET', path: '/api/me', cookie });
    return (me.body as { csrfToken: string }).csrfToken;
  }

  private async prepareTeacher(cookie: string, school: number): Promise<void> {
    const csrf = await this.csrfOf(cookie);
    const as = { cookie, csrf };
    await this.must({ method: 'GET', path: '/api/plans/mine', ...as });
    const started = (await this.must({ method: 'POST', path: '/api/plans', body: {}, ...as }))
      .body as Plan;
    const base = `/api/plans/${started.id}`;
    const confirm = { method: 'POST' as const, path: `${base}/personal-data/confirm`, ...as };
    const plan = (await this.must(confirm)).body as Plan;
    const options = (await this.must({ method: 'GET', path: `${base}/options`, ...as }))
      .body as PlanOptionsResponse;
    const practice = (await this.must({ method: 'GET', path: `${base}/practice-options`, ...as }))
      .body as PracticeOptionsResponse;
    const steps = draftSteps({ start: plan.content, options, practice });
    const full = steps.at(-1)?.content ?? plan.content;
    const variants: [PlanContent, PlanContent] = [full, otherVariant(full)];
    const saved = (
      await this.must({
        method: 'PUT',
        path: `${base}/draft`,
        ...as,
        headers: { 'idempotency-key': randomUUID() },
        body: { version: plan.version, content: full },
      })
    ).body as Plan;
    this.teachers.push({
      ...as,
      school,
      planId: plan.id,
      version: saved.version,
      variants,
      saves: 0,
      isValid: saved.isValid,
      state: 'draft',
      busy: false,
    });
  }

  private async must(request: DeadlineRequest): Promise<DeadlineAnswer> {
    const answer = await this.http.send(request);
    if (answer.status < 200 || answer.status > 299) {
      throw new Error(
        `${request.method} ${request.path}: ${answer.status} ${answer.detail.slice(0, 300)}`,
      );
    }
    return answer;
  }
}

/** The same complete draft with another SK number for its Tugas Tambahan (still complete). */
function otherVariant(content: PlanContent): PlanContent {
  const [duty, ...rest] = content.additionalDuties;
  if (!duty) return content;
  return {
    ...content,
    additionalDuties: [{ ...duty, skReference: 'SK 800/018/SEK/2026' }, ...rest],
  };
}
