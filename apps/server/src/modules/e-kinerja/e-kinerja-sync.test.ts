import type { EKinerjaOutboxDetail, EKinerjaOutboxResponse } from '@kinerja/contract';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app.js';
import {
  approvedPlan,
  assessAndSet,
  prepareCatalogues,
  WINDOWS,
} from '../assessments/assessment-test-support.js';
import { clientFor, makeAdmin, makePlanningSchool } from '../plans/plan-test-support.js';
import { startFakeEKinerja, type FakeEKinerja } from './e-kinerja-test-server.js';
import { idempotencyKeyOf, syncOutbox } from './sync-outbox.js';

const TOKEN = 'token-uji-e-kinerja';
const T0 = Date.parse(WINDOWS['2026'].assessment);
const at = (seconds: number) => new Date(T0 + seconds * 1000).toISOString();

describe('the e-Kinerja relay (domain.md §6.4, docs/E-KINERJA.md)', () => {
  const t = useTestApp();
  let fake: FakeEKinerja;
  const keys = { skp: [] as string[], penilaian: [] as string[] };
  let nipC: string | null = null;

  beforeAll(async () => {
    fake = await startFakeEKinerja(TOKEN);
    const test = t();
    const { app, ctx, setNow } = test;
    setNow(WINDOWS['2026'].planning);
    await prepareCatalogues(test, ['2026']);
    // This relay test counts SKP and predikat rows only; periodic rows: e-kinerja-facts.test.ts.
    await ctx.db
      .insertInto('periodicAssessmentSettings')
      .values({ periodId: '2026', periodicity: 'none' })
      .execute();
    const { teachers, principal } = await makePlanningSchool(ctx.db, {
      periodId: '2026',
      teachers: 3,
    });
    nipC = teachers[2]!.nip;
    const plans: string[] = [];
    for (const teacher of teachers) {
      plans.push(
        await approvedPlan(test, {
          periodId: '2026',
          employee: await clientFor(app, teacher.email),
          approver: await clientFor(app, principal!.email),
        }),
      );
    }
    setNow(WINDOWS['2026'].assessment);
    const head = await clientFor(app, principal!.email);
    const assessments: string[] = [];
    for (const planId of plans) {
      const page = await assessAndSet(head, planId, {
        result: 'meets_expectations',
        behaviour: 'meets_expectations',
      });
      assessments.push(page.assessment.id!);
    }
    keys.skp = plans.map((planId) =>
      idempotencyKeyOf('plan.approved', { planId, versionNumber: 1 }),
    );
    keys.penilaian = assessments.map((assessmentId) =>
      idempotencyKeyOf('assessment.final', { planId: '', assessmentId }),
    );
  });

  afterAll(async () => {
    await fake.close();
  });

  const settings = () => ({ url: fake.url, token: TOKEN, timeoutMs: 200, maxAttempts: 5 });

  it('survives 5xx, a timeout, a lost answer, Retry-After and a documented error, losing and duplicating nothing', async () => {
    const { ctx, setNow, app } = t();
    const [skpA, skpB, skpC] = keys.skp as [string, string, string];
    const [penA] = keys.penilaian as [string];
    fake.faults.set(skpA, [{ kind: 'status', status: 500 }]);
    fake.faults.set(skpB, [{ kind: 'hang' }, { kind: 'drop' }]);
    fake.faults.set(penA, [{ kind: 'status', status: 503, headers: { 'retry-after': '120' } }]);
    // Teacher C's Unor is not active in e-Kinerja until the Admin Instansi fixes it.
    let isUnorFixed = false;
    const unorError = {
      kind: 'status',
      status: 422,
      body: {
        code: 'UNOR_TIDAK_TERDAFTAR',
        message: 'Data Unit Kerja Pegawai tidak terdaftar di Referensi Unit Kerja',
      },
    } as const;
    fake.rejectWhen = (body) => (!isUnorFixed && body.pegawai?.nip === nipC ? unorError : null);

    setNow(at(0));
    // Only the SKP go first: a predikat waits for the SKP of its plan.
    expect(await syncOutbox(ctx, settings())).toEqual({
      claimed: 3,
      delivered: 0,
      retried: 2,
      failed: 1,
    });
    expect(await syncOutbox(ctx, settings())).toEqual({
      claimed: 0,
      delivered: 0,
      retried: 0,
      failed: 0,
    });

    setNow(at(61));
    // SKP A goes through; SKP B is stored but its answer is lost; then predikat A meets a 503.
    expect(await syncOutbox(ctx, settings())).toMatchObject({
      claimed: 2,
      delivered: 1,
      retried: 1,
    });
    expect(await syncOutbox(ctx, settings())).toMatchObject({ claimed: 1, retried: 1 });

    setNow(at(200));
    // SKP B again: e-Kinerja knows the key and answers "duplicate"; predikat A goes through.
    expect(await syncOutbox(ctx, settings())).toMatchObject({ claimed: 2, delivered: 2 });
    expect(await syncOutbox(ctx, settings())).toMatchObject({ claimed: 1, delivered: 1 });
    expect(await syncOutbox(ctx, settings())).toMatchObject({ claimed: 0 });

    // The operator sees the documented error in Indonesian, asks for the fix, then sends again.
    const admin = await clientFor(app, (await makeAdmin(ctx.db)).email);
    const failed = (
      await admin.get('/api/e-kinerja/outbox?status=failed')
    ).json<EKinerjaOutboxResponse>();
    expect(failed.total).toBe(1);
    expect(failed.rows[0]).toMatchObject({
      idempotencyKey: skpC,
      status: 'failed',
      statusLabel: 'Gagal',
      lastErrorCode: 'UNOR_TIDAK_TERDAFTAR',
      canRetry: true,
    });
    expect(failed.rows[0]!.lastError).toContain(
      'Data Unit Kerja Pegawai tidak terdaftar di Referensi Unit Kerja',
    );
    expect(failed.rows[0]!.lastError).toContain('Admin Instansi');
    const tooSoon = await admin.post(`/api/e-kinerja/outbox/${failed.rows[0]!.id}/retry`);
    expect(tooSoon.json()).toMatchObject({ status: 'pending', attempts: 0 });
    expect(await syncOutbox(ctx, settings())).toMatchObject({ claimed: 1, failed: 1 });
    isUnorFixed = true;
    const retried = await admin.post(`/api/e-kinerja/outbox/${failed.rows[0]!.id}/retry`);
    expect(retried.json()).toMatchObject({ status: 'pending', attempts: 0 });
    expect(await syncOutbox(ctx, settings())).toMatchObject({ claimed: 1, delivered: 1 });
    expect(await syncOutbox(ctx, settings())).toMatchObject({ claimed: 1, delivered: 1 });

    // Nothing lost: every fact is delivered. Nothing duplicated: each key was stored exactly once.
    const all = (await admin.get('/api/e-kinerja/outbox?limit=200')).json<EKinerjaOutboxResponse>();
    expect(all.counts).toEqual({ pending: 0, retrying: 0, failed: 0, delivered: 6 });
    expect([...fake.stored.keys()].sort()).toEqual([...keys.skp, ...keys.penilaian].sort());
    expect([...fake.storeCounts.values()].every((count) => count === 1)).toBe(true);
    expect(fake.received.filter((request) => request.key === skpB)).toHaveLength(3);

    // Every attempt is recorded with what happened.
    const rowB = all.rows.find((row) => row.idempotencyKey === skpB)!;
    const detail = (
      await admin.get(`/api/e-kinerja/outbox/${rowB.id}`)
    ).json<EKinerjaOutboxDetail>();
    expect(detail.attemptLog.map((attempt) => [attempt.outcome, attempt.errorCode])).toEqual([
      ['retry', 'TIMEOUT'],
      ['retry', 'NETWORK_ERROR'],
      ['duplicate', null],
    ]);
    expect(detail.attemptLog[0]!.message).toContain('tidak menjawab dalam 0.2 detik');
    const rowPenA = all.rows.find((row) => row.idempotencyKey === penA)!;
    const penDetail = (
      await admin.get(`/api/e-kinerja/outbox/${rowPenA.id}`)
    ).json<EKinerjaOutboxDetail>();
    expect(penDetail.attemptLog.map((attempt) => attempt.httpStatus)).toEqual([503, 201]);
    expect(penDetail.attemptLog[0]!.message).toContain('HTTP 503');

    // The body carries the SKP and the predikat as documented.
    const penilaian = fake.stored.get(penA) as {
      jenis: string;
      pegawai: { nama: string };
      penilaian: Array<{ predikat: string; predikatLabel: string }>;
    };
    expect(penilaian).toMatchObject({
      jenis: 'penilaian',
      penilaian: [{ predikat: 'baik', predikatLabel: 'Baik' }],
    });
    const skp = fake.stored.get(skpA) as { jenis: string; skp: { status: string; versi: number } };
    expect(skp).toMatchObject({ jenis: 'skp', skp: { status: 'disepakati', versi: 1 } });
    const delivered = await admin.post(`/api/e-kinerja/outbox/${rowB.id}/retry`);
    expect(delivered.statusCode).toBe(409);
  });

  it('backs off exponentially and gives up after the maximum attempts (a rejected token)', async () => {
    const test = t();
    const { app, ctx, setNow } = test;
    setNow(WINDOWS['2026'].planning);
    const { teacher, principal } = await makePlanningSchool(ctx.db, { periodId: '2026' });
    const planId = await approvedPlan(test, {
      periodId: '2026',
      employee: await clientFor(app, teacher.email),
      approver: await clientFor(app, principal!.email),
    });
    const key = idempotencyKeyOf('plan.approved', { planId, versionNumber: 1 });
    const wrong = { ...settings(), token: 'token-salah', maxAttempts: 3 };
    setNow(at(1000));
    expect(await syncOutbox(ctx, wrong)).toMatchObject({ claimed: 1, retried: 1 });
    // 1 min, then 2 min: not due a second earlier, due right after.
    setNow(at(1059));
    expect((await syncOutbox(ctx, wrong)).claimed).toBe(0);
    setNow(at(1060));
    expect(await syncOutbox(ctx, wrong)).toMatchObject({ claimed: 1, retried: 1 });
    setNow(at(1060 + 119));
    expect((await syncOutbox(ctx, wrong)).claimed).toBe(0);
    setNow(at(1060 + 120));
    expect(await syncOutbox(ctx, wrong)).toMatchObject({ claimed: 1, failed: 1 });
    setNow(at(100_000));
    expect((await syncOutbox(ctx, wrong)).claimed).toBe(0);

    const row = await ctx.db
      .selectFrom('outbox')
      .select(['attempts', 'failedAt', 'lastError', 'lastErrorCode', 'processedAt'])
      .where('topic', '=', 'plan.approved')
      .where(sql<string>`payload ->> 'planId'`, '=', planId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      attempts: 3,
      lastErrorCode: 'TOKEN_TIDAK_VALID',
      processedAt: null,
    });
    expect(row.failedAt).not.toBeNull();
    expect(row.lastError).toContain('E_KINERJA_TOKEN');
    expect(row.lastError).toContain('Dihentikan setelah 3 percobaan');
    expect(fake.stored.has(key)).toBe(false);
  });
});
