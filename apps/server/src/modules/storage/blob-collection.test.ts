import type { EvidenceSlot, Karya } from '@kinerja/contract';
import { sql } from 'kysely';
import { utimes, writeFile, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBlobHousekeeping } from '../../jobs/blob-housekeeping.js';
import { createLocalBlobStore } from '../../lib/blob-store/index.js';
import { useTestApp } from '../../test/test-app.js';
import {
  approvePlan,
  CLOCK,
  evidenceOf,
  pdfBytes,
  personFor,
  slotOf,
  type Person,
} from '../evidence/evidence-test-support.js';
import { makePlanningSchool } from '../plans/plan-test-support.js';
import { BLOB_REFERENCES, reconcileBlobRegistry } from './blob-registry.js';
import { collectUnreferencedBlobs } from './collect-blobs.js';

const HOUR = 3_600_000;
const CERT = { kind: 'certificate', issuedOn: '2024-02-01' };

describe('unreferenced blobs are collected after a grace period (issue 12 finding 8b)', () => {
  const t = useTestApp({ now: CLOCK.s1Planning });
  let guru: Person;
  let planId = '';
  let now = new Date(CLOCK.s1Execution);
  let email = '';
  // Sessions last 12 hours: moving the clock signs the teacher in again.
  const later = async (hours: number) => {
    now = new Date(now.getTime() + hours * HOUR);
    t().setNow(now.toISOString());
    guru = await personFor(t().app, email);
  };
  const collect = () =>
    collectUnreferencedBlobs(t().ctx.db, t().ctx.blobs, { now: t().ctx.clock() });
  const has = (hash: string) => t().ctx.blobs.has(hash);
  const registered = async (hash: string) =>
    (await t().ctx.db.selectFrom('storedBlobs').select('hash').where('hash', '=', hash).execute())
      .length === 1;
  const addKarya = async (seed: string) => {
    const response = await guru.upload('/api/bukti-karya', pdfBytes(2000, seed), {
      query: { title: `Karya ${seed}`, category: 'modul_ajar' },
    });
    expect(response.statusCode, response.body).toBe(201);
    const karya = response.json<Karya>();
    const row = await t()
      .ctx.db.selectFrom('karya')
      .select('fileHash')
      .where('id', '=', karya.id)
      .executeTakeFirstOrThrow();
    return { id: karya.id, hash: row.fileHash };
  };

  beforeAll(async () => {
    const { app, ctx } = t();
    const school = await makePlanningSchool(ctx.db, { periodId: '2024-S1' });
    planId = (
      await approvePlan(t(), {
        teacherEmail: school.teacher.email,
        headEmail: school.principal!.email,
        periodId: '2024-S1',
        planningNow: CLOCK.s1Planning,
      })
    ).id;
    t().setNow(CLOCK.s1Execution);
    email = school.teacher.email!;
    guru = await personFor(app, email);
  });

  it('knows every column that names a blob (a new one must be added to BLOB_REFERENCES)', async () => {
    const { rows } = await sql<{ name: string }>`
      select table_name || '.' || column_name as name from information_schema.columns
      where table_schema = current_schema() and column_name like '%hash%'
        and column_name not in ('password_hash', 'id_hash', 'state_hash')
        and table_name <> 'stored_blobs'
      order by 1`.execute(t().ctx.db);
    expect(rows.map((r) => r.name)).toEqual([...BLOB_REFERENCES].sort());
  });

  it('deletes replaced evidence after the grace period; keeps the current file', async () => {
    const slot = slotOf(await evidenceOf(guru, planId), 'pelatihan_mandiri');
    const url = `/api/plans/${planId}/evidence/${slot.id}/file`;
    const first = await guru.upload(url, pdfBytes(3000, 'first'), { query: CERT });
    expect(first.statusCode, first.body).toBe(200);
    const firstHash = (
      await t()
        .ctx.db.selectFrom('evidenceSlots')
        .select('fileHash')
        .where('id', '=', slot.id)
        .executeTakeFirstOrThrow()
    ).fileHash!;
    const replaced = await guru.upload(url, pdfBytes(3000, 'second'), {
      query: { ...CERT, version: first.json<EvidenceSlot>().version },
    });
    expect(replaced.statusCode, replaced.body).toBe(200);
    const current = (
      await t()
        .ctx.db.selectFrom('evidenceSlots')
        .select('fileHash')
        .where('id', '=', slot.id)
        .executeTakeFirstOrThrow()
    ).fileHash!;
    expect(current).not.toBe(firstHash);

    await later(23);
    expect(await collect()).toEqual({ files: 0, bytes: 0 });
    expect(await has(firstHash)).toBe(true);
    await later(2);
    expect(await collect()).toEqual({ files: 1, bytes: 3000 });
    expect([await has(firstHash), await registered(firstHash)]).toEqual([false, false]);
    expect([await has(current), await registered(current)]).toEqual([true, true]);
    expect((await guru.get(url)).statusCode).toBe(200);
    const audit = await t()
      .ctx.db.selectFrom('auditLog')
      .select('after')
      .where('action', '=', 'blob.collect')
      .execute();
    expect(audit.map((a) => (a.after as { hashes: string[] }).hashes)).toEqual([[firstHash]]);
  });

  it('keeps a blob while any row names it; a deleted work goes after the grace period', async () => {
    const kept = await addKarya('kept');
    const dropped = await addKarya('dropped');
    expect((await guru.delete(`/api/bukti-karya/${dropped.id}`)).statusCode).toBe(200);
    await later(25);
    expect(await collect()).toEqual({ files: 1, bytes: 2000 });
    expect([await has(kept.hash), await has(dropped.hash)]).toEqual([true, false]);
  });

  it('never takes a blob just stored whose row is not written yet, nor one stored again', async () => {
    const { ctx } = t();
    // "Upload stored → row written later": stored through the registry, no row yet.
    const pending = await ctx.blobs.put(Readable.from([pdfBytes(700, 'pending')]), {
      maxBytes: 10_000,
    });
    await later(1);
    expect(await collect()).toEqual({ files: 0, bytes: 0 });
    expect(await has(pending.hash)).toBe(true);
    // Unreferenced for a day, then uploaded again: the grace starts over.
    await later(24);
    await ctx.blobs.put(Readable.from([pdfBytes(700, 'pending')]), { maxBytes: 10_000 });
    expect(await collect()).toEqual({ files: 0, bytes: 0 });
    await later(25);
    expect(await collect()).toEqual({ files: 1, bytes: 700 });
    // Stored again after the collection: stored anew and registered.
    await ctx.blobs.put(Readable.from([pdfBytes(700, 'pending')]), { maxBytes: 10_000 });
    expect([await has(pending.hash), await registered(pending.hash)]).toEqual([true, true]);
  });

  it('collectors running at once each delete a blob at most once', async () => {
    const { ctx } = t();
    const hashes = [];
    for (let i = 0; i < 6; i++) {
      hashes.push(
        (await ctx.blobs.put(Readable.from([pdfBytes(100, `c${i}`)]), { maxBytes: 1000 })).hash,
      );
    }
    await later(25);
    const results = await Promise.all([collect(), collect(), collect()]);
    expect(results.reduce((sum, r) => sum + r.files, 0)).toBe(7); // six + 'pending' of the test above
    for (const hash of hashes) expect(await has(hash)).toBe(false);
  });

  it('registers blobs stored before the registry existed, with a full grace period', async () => {
    const { ctx, blobRoot } = t();
    const raw = createLocalBlobStore(blobRoot);
    const old = await raw.put(Readable.from([pdfBytes(900, 'before-registry')]), {
      maxBytes: 1000,
    });
    expect(await registered(old.hash)).toBe(false);
    expect(await reconcileBlobRegistry(ctx.db, ctx.blobs, ctx.clock())).toBe(1);
    expect(await collect()).toEqual({ files: 0, bytes: 0 });
    await later(25);
    expect(await collect()).toEqual({ files: 1, bytes: 900 });
  });

  it('sweeps temporary files a killed upload left, never one in flight (finding 8a)', async () => {
    const tmp = t().ctx.blobs.tmpDir;
    await mkdir(tmp, { recursive: true });
    await writeFile(join(tmp, 'killed.part'), Buffer.alloc(4096));
    await writeFile(join(tmp, 'in-flight.part'), Buffer.alloc(10));
    const old = new Date(Date.now() - 2 * HOUR);
    await utimes(join(tmp, 'killed.part'), old, old);
    const result = await runBlobHousekeeping(t().ctx, { reconcile: true });
    expect(result.temp).toMatchObject({ removed: 1, removedBytes: 4096, files: 1 });
    expect(await readdir(tmp)).toEqual(['in-flight.part']);
  });
});
