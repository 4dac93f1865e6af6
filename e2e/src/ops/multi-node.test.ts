import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '@kinerja/contract';
import { draftBody } from '../../../apps/server/src/modules/assessments/assessment-test-support.js';
import {
  startFakeEKinerja,
  type FakeEKinerja,
} from '../../../apps/server/src/modules/e-kinerja/e-kinerja-test-server.js';
import {
  agreedPlan,
  completePracticeCycle,
  expectStatus,
  extendStages,
  personIdOf,
  sendAndConfirmDocuments,
  type ExecutionTexts,
} from '../assessment-support.js';
import type { Api } from '../planning-supervision-api.js';
import { freePort } from '../server.js';
import { appInstance, type Instance } from './app-instances.js';
import { signInOverHttp, type FetchApi, type Traffic } from './fetch-api.js';
import { startNginx, type NginxProxy } from './nginx-proxy.js';

// Issue 16 item 1: three stateless instances of the built server on one fresh PostgreSQL database
// behind Debian's nginx. Two teachers of the demo school A go plan → approve → Pelaksanaan → assess
// through the proxy over real HTTP while one instance is SIGKILLed in the middle; sessions live in
// the database, so the survivors carry on. Afterwards nothing is lost or doubled: one outbox row,
// one audit row and one notification per state change, and the e-Kinerja relays of all three
// instances (started together) deliver every outbox row exactly once (SKIP LOCKED leases).

const ADMIN_URL = process.env.TEST_DATABASE_URL;
const CLOCK = '2025-11-20T12:00:00+07:00';
const TOKEN = 'uji-token-e-kinerja';
const PRINCIPAL = 'siti.rahmawati@guru.sma.belajar.id';
const TEACHERS = ['andi.wijaya@guru.sma.belajar.id', 'rina.marlina@guru.sma.belajar.id'];
const TEXTS: ExecutionTexts = {
  reflection: 'Pelatihan asesmen formatif mengajari saya memberi umpan balik yang segera.',
  accountabilityNote: 'RPP dan daftar hadir sudah saya lihat.',
  scheduledDate: '2025-10-08',
  actionDate: '2025-10-15',
  observationNote: 'Kesepakatan kelas ditempel di dinding.',
  followUp: 'Guru mencoba restitusi pada dua pertemuan berikutnya.',
  practiceReflection: 'Murid lebih cepat memperbaiki perilaku bila diajak berdiskusi.',
  comment: 'Refleksi sudah tajam; lanjutkan pencatatan.',
};

async function adminQuery(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

describe.skipIf(!ADMIN_URL)('three instances behind nginx on one PostgreSQL (issue 16)', () => {
  const name = `kinerja_ops_${randomBytes(5).toString('hex')}`;
  const traffic: Traffic = { requests: 0, serverErrors: 0, networkErrors: 0 };
  const readerTraffic: Traffic = { requests: 0, serverErrors: 0, networkErrors: 0 };
  let databaseUrl = '';
  let dataDir = '';
  let fake: FakeEKinerja;
  let instances: Instance[] = [];
  let proxy: NginxProxy | undefined;
  let db: pg.Client;
  let kills = 0;

  beforeAll(async () => {
    await adminQuery(`create database ${name}`);
    const url = new URL(ADMIN_URL ?? '');
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    dataDir = await mkdtemp(join(tmpdir(), 'kinerja-ops-'));
    fake = await startFakeEKinerja(TOKEN);
    const env = {
      // 'development' only because the test clock (KINERJA_START_CLOCK_AT) is refused in production.
      NODE_ENV: 'development',
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_SIZE: '4',
      // One shared files directory, as an NFS mount or the S3 store would be in production.
      KINERJA_DATA_DIR: dataDir,
      SEED_DEMO: 'true',
      SEED_DEMO_YEAR: 'empty',
      LOG_LEVEL: 'warn',
      TRUST_PROXY: 'true',
      KINERJA_START_CLOCK_AT: CLOCK,
      E_KINERJA_URL: fake.url,
      E_KINERJA_TOKEN: TOKEN,
    };
    const ports = [await freePort(), await freePort(), await freePort()];
    instances = ports.map((port) => appInstance(port, env));
    // The first one migrates and seeds the demo region; the others then start together.
    await instances[0]?.start();
    await Promise.all(instances.slice(1).map((i) => i.start()));
    proxy = await startNginx(ports);
    db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    await proxy?.stop();
    await Promise.all(instances.map((i) => i.stop()));
    await fake?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    await adminQuery(`drop database if exists ${name} with (force)`);
  });

  it('drives plan → approve → assess through the proxy, kills an instance, and loses nothing', async () => {
    const base = proxy?.baseUrl ?? '';
    const admin = await signInOverHttp(base, 'admin@kinerja.id', traffic);
    const principal = await signInOverHttp(base, PRINCIPAL, traffic);
    const teachers: FetchApi[] = [];
    for (const email of TEACHERS) teachers.push(await signInOverHttp(base, email, traffic));
    // Planning and execution of 2025 are closed on 20 November: the admin reopens them (§2.4).
    for (const teacher of teachers) {
      await extendStages(admin, {
        personId: await personIdOf(teacher),
        periodId: '2025',
        stages: ['planning', 'execution'],
        until: '2025-12-31',
      });
    }
    for (const api of [principal, ...teachers]) {
      expectStatus('Ganti periode', await api.post('/api/me/period', { periodId: '2025' }));
    }

    // A reader keeps asking through the proxy while an instance dies: nginx must hide the death.
    let isReading = true;
    const reader = await signInOverHttp(base, PRINCIPAL, readerTraffic);
    const reading = (async () => {
      while (isReading) {
        expectStatus('reader', await reader.get('/api/me'));
        expectStatus('reader', await reader.get('/api/notifications'));
      }
    })();

    const plans: Plan[] = [];
    plans.push(await agreedPlan(teachers[0] as Api, principal, '2025'));
    // SIGKILL in the middle of the year: no shutdown hook, its pool's connections just drop.
    await instances[1]?.kill();
    kills += 1;
    plans.push(await agreedPlan(teachers[1] as Api, principal, '2025'));
    for (const [i, plan] of plans.entries()) {
      const teacher = teachers[i] as Api;
      await sendAndConfirmDocuments(teacher, principal, { planId: plan.id, texts: TEXTS });
      await completePracticeCycle(teacher, principal, {
        planId: plan.id,
        texts: TEXTS,
      });
    }
    // Back to three; its relay pushes the waiting plan rows at start.
    await instances[1]?.start();
    const assessmentIds: string[] = [];
    for (const plan of plans) {
      type Page = { assessment: { id: string | null; version: number } };
      const before = expectStatus(
        'assessment',
        await principal.get<Page>(`/api/plans/${plan.id}/assessment`),
      );
      const body = draftBody({
        version: before.assessment.version,
        result: 'meets_expectations',
        behaviour: 'meets_expectations',
      });
      const saved = expectStatus(
        'draft',
        await principal.put<Page>(`/api/plans/${plan.id}/assessment`, body),
      );
      const id = saved.assessment.id ?? '';
      expectStatus(
        'Tetapkan',
        await principal.post(`/api/assessments/${id}/finalize`, {
          version: saved.assessment.version,
          isConfirmed: true,
        }),
      );
      assessmentIds.push(id);
    }
    isReading = false;
    await reading;

    // Every instance restarts at once: three relays claim the outbox together (SKIP LOCKED).
    await Promise.all(instances.map((i) => i.stop()));
    await Promise.all(instances.map((i) => i.start()));
    const planIds = plans.map((p) => p.id);
    const outbox = await db.query<{
      id: string;
      topic: string;
      payload: string;
      processed_at: Date | null;
    }>(
      `select id, topic, payload::text as payload, processed_at from outbox
        where payload->>'planId' = any($1) or payload->>'assessmentId' = any($2) order by id`,
      [planIds, assessmentIds],
    );
    // Rows still pending were claimed by a relay that is delivering them right now; wait for it.
    const deadline = Date.now() + 60_000;
    let pending = outbox.rows.filter((r) => r.processed_at === null).length;
    while (pending > 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      const left = await db.query<{ n: number }>(
        `select count(*)::int as n from outbox where processed_at is null and failed_at is null`,
      );
      pending = left.rows[0]?.n ?? 0;
    }

    const count = async (query: string, params: unknown[]) =>
      (await db.query<{ n: number }>(query, params)).rows[0]?.n;
    const ofTopic = (topic: string) => outbox.rows.filter((r) => r.topic === topic).length;
    expect(ofTopic('plan.approved')).toBe(2);
    expect(ofTopic('assessment.final')).toBe(2);
    // Periodic results of 2025 (assessment.periodic) ride along; no fact is written twice.
    expect(new Set(outbox.rows.map((r) => `${r.topic} ${r.payload}`)).size).toBe(
      outbox.rows.length,
    );
    expect(pending).toBe(0);
    // One audit row per state change, on the plan or its assessment (whichever the use case names).
    const subjects = [...planIds, ...assessmentIds];
    for (const action of ['plan.approve', 'assessment.finalize']) {
      const audited = `select count(*)::int as n from audit_log where action = $1 and entity_id::text = any($2)`;
      expect(await count(audited, [action, subjects])).toBe(2);
    }
    for (const kind of ['plan_approved', 'assessment_finalized']) {
      const perTeacher = await db.query<{ n: number }>(
        `select count(*)::int as n from notifications n join people p on p.id = n.recipient_id
          where n.kind = $1 and lower(p.email) = any($2) group by n.recipient_id`,
        [kind, TEACHERS],
      );
      expect(perTeacher.rows.map((r) => r.n)).toEqual([1, 1]);
    }
    // The relays: every row stored once at e-Kinerja, and no key ever sent twice.
    const sentPerKey = new Map<string, number>();
    for (const r of fake.received)
      sentPerKey.set(r.key ?? '', (sentPerKey.get(r.key ?? '') ?? 0) + 1);
    expect(fake.stored.size).toBeGreaterThanOrEqual(outbox.rows.length);
    expect([...fake.storeCounts.values()].every((n) => n === 1)).toBe(true);
    expect([...sentPerKey.values()].every((n) => n === 1)).toBe(true);
    expect(traffic.serverErrors + traffic.networkErrors).toBe(0);
    expect(readerTraffic.serverErrors + readerTraffic.networkErrors).toBe(0);

    // Reaching this line means every acknowledged change has its rows and every row was delivered.
    const lost = pending;
    console.info(
      `multi-node: ${traffic.requests} flow requests and ${readerTraffic.requests} reader requests through nginx to 3 instances, ` +
        `kills = ${kills} (SIGKILL) + 1 restart of all, 5xx = ${traffic.serverErrors + readerTraffic.serverErrors}, ` +
        `outbox rows = ${outbox.rows.length}, e-Kinerja sends = ${fake.received.length} (duplicates 0), lost = ${lost}`,
    );
  });
});
