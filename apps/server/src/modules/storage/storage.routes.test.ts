import type { StorageUsageResponse } from '@kinerja/contract';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { grantRole, makePerson } from '../../test/factories.js';
import { useTestApp } from '../../test/test-app.js';
import { pdfBytes, personFor, type Person } from '../evidence/evidence-test-support.js';
import { makePlanningSchool } from '../plans/plan-test-support.js';

describe('GET /api/admin/storage: storage use for administrators (issue 12 finding 8c)', () => {
  const t = useTestApp();
  let admin: Person;
  let guru: Person;
  let kepsek: Person;

  beforeAll(async () => {
    const { app, ctx } = t();
    const school = await makePlanningSchool(ctx.db, { periodId: '2026' });
    const person = await makePerson(ctx.db, { name: 'Admin Pusat' });
    await grantRole(ctx.db, { personId: person.id, role: 'admin' });
    admin = await personFor(app, person.email);
    guru = await personFor(app, school.teacher.email);
    kepsek = await personFor(app, school.principal!.email);
  });

  it('is refused signed out (401) and to every role but Admin (403)', async () => {
    const signedOut = await t().app.inject({ method: 'GET', url: '/api/admin/storage' });
    expect(signedOut.statusCode).toBe(401);
    for (const person of [guru, kepsek]) {
      const response = await person.get('/api/admin/storage');
      expect(response.statusCode).toBe(403);
      expect(response.json<{ error: { message: string } }>().error.message).toBe(
        'Hanya Admin yang dapat melihat pemakaian penyimpanan.',
      );
    }
  });

  it('shows stored files and bytes, unreferenced ones awaiting deletion, temporary files', async () => {
    const upload = (seed: string) =>
      guru.upload('/api/bukti-karya', pdfBytes(1500, seed), {
        query: { title: `Karya ${seed}`, category: 'modul_ajar' },
      });
    expect((await upload('satu')).statusCode).toBe(201);
    const second = await upload('dua');
    expect(second.statusCode).toBe(201);
    expect(
      (await guru.delete(`/api/bukti-karya/${second.json<{ id: string }>().id}`)).statusCode,
    ).toBe(200);
    const tmp = t().ctx.blobs.tmpDir;
    await mkdir(tmp, { recursive: true });
    await writeFile(join(tmp, 'left-by-a-crash.part'), Buffer.alloc(123));

    const response = await admin.get('/api/admin/storage');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<StorageUsageResponse>()).toEqual({
      store: 'local',
      stored: { files: 2, bytes: 3000 },
      unreferenced: { files: 1, bytes: 1500 },
      graceHours: 24,
      temporary: { files: 1, bytes: 123 },
      temporaryMaxAgeHours: 1,
    });
  });
});
