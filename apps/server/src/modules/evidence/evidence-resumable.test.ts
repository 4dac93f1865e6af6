import type { EvidenceSlot } from '@kinerja/contract';
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app.js';
import { makePlanningSchool } from '../plans/plan-test-support.js';
import {
  approvePlan,
  CLOCK,
  errorOf,
  evidenceOf,
  pdfBytes,
  personFor,
  slotOf,
  statusAndCode,
  type Person,
} from './evidence-test-support.js';

// Resumable evidence uploads (issue 17): a session per file, chunks at the offset reached, resume
// after a drop, SHA-256 checked, the 10 MB rule unchanged, only the plan's owner.

const MB = 1024 * 1024;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
type Session = { id: string; sizeBytes: number; receivedBytes: number };

describe('resumable evidence uploads (issue 17)', () => {
  const t = useTestApp({ now: CLOCK.s1Planning });
  let guru: Person;
  let kepsek: Person;
  let planId = '';
  let slotId = '';

  const open = (person: Person, body: object) =>
    person.post(`/api/plans/${planId}/evidence/${slotId}/uploads`, body);
  const chunk = (person: Person, id: string, offset: number, bytes: Buffer) =>
    t().app.inject({
      method: 'PUT',
      url: `/api/uploads/${id}/chunk?offset=${offset}`,
      headers: { ...person.headers, 'content-type': 'application/octet-stream' },
      payload: bytes,
    });
  const complete = (person: Person, id: string) =>
    person.post(`/api/uploads/${id}/complete?kind=certificate&issuedOn=2024-02-01`, {});

  beforeAll(async () => {
    const { app, ctx } = t();
    const { teacher, principal } = await makePlanningSchool(ctx.db, { periodId: '2024-S1' });
    const plan = await approvePlan(t(), {
      teacherEmail: teacher.email,
      headEmail: principal!.email,
      periodId: '2024-S1',
      planningNow: CLOCK.s1Planning,
    });
    planId = plan.id;
    t().setNow(CLOCK.s1Execution);
    guru = await personFor(app, teacher.email);
    kepsek = await personFor(app, principal!.email);
    slotId = slotOf(await evidenceOf(guru, planId), 'pelatihan_mandiri').id;
  });

  it('refuses a file over 10 MB, a malformed hash, and a session on someone else’s slot', async () => {
    const big = await open(guru, {
      fileName: 'a.pdf',
      sizeBytes: 10 * MB + 1,
      sha256: 'a'.repeat(64),
    });
    expect(statusAndCode(big)).toEqual([413, 'EVIDENCE_TOO_LARGE']);
    const bad = await open(guru, { fileName: 'a.pdf', sizeBytes: 10, sha256: 'xyz' });
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).fields?.map((f) => f.field)).toContain('sha256');
    const foreign = await open(kepsek, {
      fileName: 'a.pdf',
      sizeBytes: 10,
      sha256: 'a'.repeat(64),
    });
    expect([403, 404]).toContain(foreign.statusCode);
    expect(await t().ctx.db.selectFrom('uploadSessions').select('id').execute()).toEqual([]);
  });

  it('resumes after a drop at 50 % and stores the file whose hash was announced', async () => {
    const file = pdfBytes(Math.round(2.5 * MB), 'resumable');
    const opened = await open(guru, {
      fileName: 'sertifikat.pdf',
      sizeBytes: file.length,
      sha256: sha256(file),
    });
    expect(opened.statusCode).toBe(200);
    const session = opened.json<Session>();
    expect(session).toMatchObject({ sizeBytes: file.length, receivedBytes: 0 });

    // The first half arrives; then the connection drops.
    const half = Math.floor(file.length / 2);
    expect((await chunk(guru, session.id, 0, file.subarray(0, MB))).statusCode).toBe(200);
    expect(
      (await chunk(guru, session.id, MB, file.subarray(MB, half))).json<Session>(),
    ).toMatchObject({
      receivedBytes: half,
    });
    // Someone else cannot see, feed or finish the session.
    expect((await kepsek.get(`/api/uploads/${session.id}`)).statusCode).toBe(404);
    expect((await chunk(kepsek, session.id, half, file.subarray(half))).statusCode).toBe(404);
    expect((await complete(kepsek, session.id)).statusCode).toBe(404);
    // Finishing early is refused and names what is missing.
    expect(statusAndCode(await complete(guru, session.id))).toEqual([409, 'UPLOAD_INCOMPLETE']);

    // Back online: the device asks where to go on, and a chunk repeated from before is refused.
    const status = (await guru.get(`/api/uploads/${session.id}`)).json<Session>();
    expect(status.receivedBytes).toBe(half);
    const repeated = await chunk(guru, session.id, MB, file.subarray(MB, half));
    expect(statusAndCode(repeated)).toEqual([409, 'UPLOAD_OFFSET_MISMATCH']);
    for (let offset = status.receivedBytes; offset < file.length; offset += MB) {
      const next = file.subarray(offset, Math.min(offset + MB, file.length));
      expect((await chunk(guru, session.id, offset, next)).statusCode).toBe(200);
    }
    const done = await complete(guru, session.id);
    expect(done.statusCode).toBe(200);
    const slot = done.json<EvidenceSlot>();
    expect(slot.state).not.toBe('empty');
    const row = await t()
      .ctx.db.selectFrom('evidenceSlots')
      .select(['fileHash', 'sizeBytes', 'fileName'])
      .where('id', '=', slotId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      fileHash: sha256(file),
      sizeBytes: file.length,
      fileName: 'sertifikat.pdf',
    });
    // The session is over.
    expect((await guru.get(`/api/uploads/${session.id}`)).statusCode).toBe(404);
  });

  it('refuses bytes that are not the announced file and forgets the session', async () => {
    const file = pdfBytes(1000, 'one');
    const other = pdfBytes(1000, 'two');
    const session = (
      await open(guru, { fileName: 'x.pdf', sizeBytes: file.length, sha256: sha256(file) })
    ).json<Session>();
    expect((await chunk(guru, session.id, 0, other)).statusCode).toBe(200);
    const done = await complete(guru, session.id);
    expect(statusAndCode(done)).toEqual([422, 'UPLOAD_HASH_MISMATCH']);
    expect(errorOf(done).fields?.map((f) => f.field)).toEqual(['sha256']);
    expect((await guru.get(`/api/uploads/${session.id}`)).statusCode).toBe(404);
  });
});
