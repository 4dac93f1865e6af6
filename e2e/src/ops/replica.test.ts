import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Period, SchoolDashboardResponse } from '@kinerja/contract';
import { agreedPlan, expectStatus, extendStages, personIdOf } from '../assessment-support.js';
import { freePort } from '../server.js';
import { appInstance, type Instance } from './app-instances.js';
import { signInOverHttp, type FetchApi, type Traffic } from './fetch-api.js';
import {
  allowReplication,
  startStreamingReplica,
  type StreamingReplica,
} from './streaming-replica.js';

// Issue 16 item 2 and item 1 (cache invalidation). A real hot standby of the test PostgreSQL
// (pg_basebackup -R into a temporary cluster, started with pg_ctl) serves the dashboard and list
// reads of instance A (DATABASE_READ_URL). With the standby's replay paused, a principal's fresh
// browser still sees the school as it was — the replica answered — while the browser that just
// approved a plan sees its approval (read-your-own-writes on the primary). A second instance B on
// the same primary edits a period; A's cached period list forgets it at once (LISTEN/NOTIFY).

const ADMIN_URL = process.env.TEST_DATABASE_URL;
const CLOCK = '2025-11-20T12:00:00+07:00';
const PRINCIPAL = 'siti.rahmawati@guru.sma.belajar.id';
const TEACHER = 'andi.wijaya@guru.sma.belajar.id';

async function adminQuery(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

type Me = { person: { id: string }; roles: Array<{ code: string; schoolId: string | null }> };

async function schoolOf(api: FetchApi): Promise<string> {
  const me = expectStatus('me', await api.get<Me>('/api/me'));
  const head = me.roles.find((r) => r.schoolId !== null);
  return head?.schoolId ?? '';
}

async function teacherStatus(api: FetchApi, schoolId: string, teacherId: string) {
  const path = `/api/schools/${schoolId}/dashboard?periodId=2025`;
  const board = expectStatus('dasbor', await api.get<SchoolDashboardResponse>(path));
  return board.rows.find((r) => r.employee.id === teacherId)?.planStatus;
}

describe.skipIf(!ADMIN_URL)(
  'a streaming replica for reads; caches across instances (issue 16)',
  () => {
    const name = `kinerja_replica_${randomBytes(5).toString('hex')}`;
    const traffic: Traffic = { requests: 0, serverErrors: 0, networkErrors: 0 };
    let databaseUrl = '';
    let dataDir = '';
    let restoreHba: (() => Promise<void>) | undefined;
    let replica: StreamingReplica | undefined;
    let a: Instance | undefined;
    let b: Instance | undefined;

    beforeAll(async () => {
      await adminQuery(`create database ${name}`);
      const url = new URL(ADMIN_URL ?? '');
      url.pathname = `/${name}`;
      databaseUrl = url.toString();
      restoreHba = await allowReplication(ADMIN_URL ?? '');
      replica = await startStreamingReplica(ADMIN_URL ?? '', await freePort());
      dataDir = await mkdtemp(join(tmpdir(), 'kinerja-replica-files-'));
      const env = {
        NODE_ENV: 'development',
        DATABASE_URL: databaseUrl,
        DATABASE_POOL_SIZE: '3',
        KINERJA_DATA_DIR: dataDir,
        SEED_DEMO: 'true',
        SEED_DEMO_YEAR: 'empty',
        LOG_LEVEL: 'warn',
        KINERJA_START_CLOCK_AT: CLOCK,
      };
      // A migrates and seeds on the primary; the replica replays all of it, schema included.
      a = appInstance(await freePort(), { ...env, DATABASE_READ_URL: replica.urlOf(databaseUrl) });
      b = appInstance(await freePort(), { ...env, DATABASE_READ_URL: '' });
      await a.start();
      await b.start();
    });

    afterAll(async () => {
      await Promise.all([a?.stop(), b?.stop()]);
      await replica?.stop();
      await restoreHba?.();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
      await adminQuery(`drop database if exists ${name} with (force)`);
    });

    it('dashboard reads come from the replica; a browser that wrote reads its write', async () => {
      const base = `http://127.0.0.1:${a?.port}`;
      const admin = await signInOverHttp(base, 'admin@kinerja.id', traffic);
      const teacher = await signInOverHttp(base, TEACHER, traffic);
      // Only the session cookie: a browser that has written nothing lately.
      const onlooker = await signInOverHttp(base, PRINCIPAL, traffic);
      const principal = await signInOverHttp(base, PRINCIPAL, traffic, { rememberWrites: true });
      const teacherId = await personIdOf(teacher);
      await extendStages(admin, {
        personId: teacherId,
        periodId: '2025',
        stages: ['planning'],
        until: '2025-12-31',
      });
      for (const api of [teacher, principal, onlooker])
        expectStatus('Ganti periode', await api.post('/api/me/period', { periodId: '2025' }));
      const schoolId = await schoolOf(principal);
      expect(await teacherStatus(onlooker, schoolId, teacherId)).toBe('not_started');

      // The standby stops applying WAL: from now on it shows the school as it is now.
      await replica?.pauseReplay();
      await agreedPlan(teacher, principal, '2025');
      expect(await teacherStatus(principal, schoolId, teacherId)).toBe('approved');
      expect(await teacherStatus(onlooker, schoolId, teacherId)).toBe('not_started');

      await replica?.resumeReplay();
      let seen = await teacherStatus(onlooker, schoolId, teacherId);
      for (let i = 0; seen !== 'approved' && i < 100; i++) {
        await new Promise((r) => setTimeout(r, 100));
        seen = await teacherStatus(onlooker, schoolId, teacherId);
      }
      expect(seen).toBe('approved');
      expect(traffic.serverErrors + traffic.networkErrors).toBe(0);
    });

    it("a period edited on B is seen on A at once, inside A's 30-second cache", async () => {
      const onA = await signInOverHttp(`http://127.0.0.1:${a?.port}`, 'admin@kinerja.id', traffic);
      const onB = await signInOverHttp(`http://127.0.0.1:${b?.port}`, 'admin@kinerja.id', traffic);
      const periodOf = async () => {
        const list = expectStatus('periode', await onA.get<{ periods: Period[] }>('/api/periods'));
        return list.periods.find((p) => p.id === '2025');
      };
      const before = await periodOf();
      const cachedAt = Date.now();
      expect(before?.assessment.closesOn).toBeDefined();
      const closesOn = '2025-12-30';
      expect(before?.assessment.closesOn).not.toBe(closesOn);
      expectStatus(
        'ubah tahapan',
        await onB.put('/api/admin/periods/2025/windows', {
          windows: {
            prePlanning: before?.prePlanning ?? null,
            planning: before?.planning,
            execution: before?.execution,
            assessment: { opensOn: before?.assessment.opensOn, closesOn },
          },
          confirm: true,
        }),
      );
      expect((await periodOf())?.assessment.closesOn).toBe(closesOn);
      // Proof that the notification, not the end of the cache's life, made A read again.
      expect(Date.now() - cachedAt).toBeLessThan(30_000);
    });
  },
);
