import type { EvidenceSlot, Karya, KaryaListResponse } from '@kinerja/contract';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app.js';
import {
  approvePlan,
  auditCount,
  CLOCK,
  evidenceOf,
  pdfBytes,
  personFor,
  slotOf,
  tempFiles,
  type Person,
  errorOf,
  statusAndCode,
} from '../evidence/evidence-test-support.js';
import { makePlanningSchool } from '../plans/plan-test-support.js';

const MB = 1024 * 1024;

describe('Bukti Karya: the owner’s portfolio by Kategori Karya (domain.md §3.4, §6.6)', () => {
  const t = useTestApp({ now: CLOCK.s1Planning });
  let guru: Person;
  let peer: Person;
  let planId = '';

  beforeAll(async () => {
    const { app, ctx } = t();
    const school = await makePlanningSchool(ctx.db, { periodId: '2024-S1', teachers: 2 });
    planId = (
      await approvePlan(t(), {
        teacherEmail: school.teacher.email,
        headEmail: school.principal!.email,
        periodId: '2024-S1',
        planningNow: CLOCK.s1Planning,
      })
    ).id;
    t().setNow(CLOCK.s1Execution);
    guru = await personFor(app, school.teacher.email);
    peer = await personFor(app, school.teachers[1]!.email);
  });

  it('starts empty with the categories', async () => {
    const list = (await guru.get('/api/bukti-karya')).json<KaryaListResponse>();
    expect(list.items).toEqual([]);
    expect(list.maxBytes).toBe(10 * MB);
    expect(list.categories.map((c) => c.code)).toContain('sertifikat');
    expect(list.categories[0]).toEqual({ code: 'sertifikat', label: 'Sertifikat' });
  });

  it('adds a work from a raw PDF with title and category; only the owner sees it', async () => {
    const bytes = pdfBytes(5000, 'modul-ajar');
    const created = await guru.upload('/api/bukti-karya', bytes, {
      name: 'Modul Ajar Bab 1.pdf',
      query: { title: 'Modul Ajar Bab 1', category: 'modul_ajar' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const karya = created.json<Karya>();
    expect(karya).toMatchObject({
      title: 'Modul Ajar Bab 1',
      category: 'modul_ajar',
      categoryLabel: 'Modul Ajar / Perangkat Ajar',
      file: { name: 'Modul Ajar Bab 1.pdf', sizeBytes: 5000 },
      usedCount: 0,
      canDelete: true,
    });
    const file = await guru.get(karya.file.url);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(bytes)).toBe(true);
    expect((await peer.get(karya.file.url)).statusCode).toBe(404);
    expect((await peer.get('/api/bukti-karya')).json<KaryaListResponse>().items).toEqual([]);
    expect((await guru.get('/api/bukti-karya')).json<KaryaListResponse>().items).toHaveLength(1);
  });

  it('refuses bad files with a clear message, storing nothing', async () => {
    const { ctx, blobRoot } = t();
    const audits = await auditCount(ctx.db);
    const query = { title: 'Karya', category: 'laporan' };
    const cases: Array<[Buffer, number, string]> = [
      [Buffer.from('PK\u0003\u0004 this is a zip renamed to pdf'), 422, 'EVIDENCE_NOT_PDF'],
      [Buffer.alloc(0), 422, 'EVIDENCE_EMPTY_FILE'],
      [pdfBytes(10 * MB + 1), 413, 'EVIDENCE_TOO_LARGE'],
    ];
    for (const [body, status, code] of cases) {
      const response = await guru.upload('/api/bukti-karya', body, { name: 'karya.pdf', query });
      expect(statusAndCode(response)).toEqual([status, code]);
    }
    expect(await auditCount(ctx.db)).toBe(audits);
    expect(await tempFiles(blobRoot)).toEqual([]);
    expect((await guru.get('/api/bukti-karya')).json<KaryaListResponse>().items).toHaveLength(1);
  });

  it('"Ambil Karya" takes a work as evidence; a used work cannot be deleted, an unused one can', async () => {
    const [used] = (await guru.get('/api/bukti-karya')).json<KaryaListResponse>().items;
    const slot = slotOf(await evidenceOf(guru, planId), 'pelatihan_mandiri');
    const taken = await guru.put(`/api/plans/${planId}/evidence/${slot.id}/karya`, {
      karyaId: used!.id,
      certificate: { kind: 'relevant_document', issuedOn: null },
      version: slot.version,
    });
    expect(taken.statusCode, taken.body).toBe(200);
    expect(taken.json<EvidenceSlot>()).toMatchObject({
      state: 'draft',
      file: { source: 'karya', karyaId: used!.id, name: 'Modul Ajar Bab 1.pdf' },
      certificate: { kind: 'relevant_document', kindLabel: 'Dokumen relevan lainnya' },
    });
    const refused = await guru.delete(`/api/bukti-karya/${used!.id}`);
    expect(statusAndCode(refused)).toEqual([409, 'KARYA_IN_USE']);
    expect(errorOf(refused).message).toBe(
      'Karya ini sudah dipakai sebagai bukti dukung sehingga tidak dapat dihapus.',
    );
    const listed = (await guru.get('/api/bukti-karya')).json<KaryaListResponse>().items[0]!;
    expect(listed).toMatchObject({ usedCount: 1, canDelete: false });

    const spare = await guru.upload('/api/bukti-karya', pdfBytes(800, 'cadangan'), {
      query: { title: 'Cadangan', category: 'lainnya' },
    });
    const spareId = spare.json<Karya>().id;
    expect((await peer.delete(`/api/bukti-karya/${spareId}`)).statusCode).toBe(404);
    const deleted = await guru.delete(`/api/bukti-karya/${spareId}`);
    expect(deleted.statusCode, deleted.body).toBe(200);
    expect((await guru.delete(`/api/bukti-karya/${spareId}`)).statusCode).toBe(404);
    const { ctx } = t();
    const actions = await ctx.db
      .selectFrom('auditLog')
      .select('action')
      .where('entityType', '=', 'karya')
      .orderBy('id')
      .execute();
    expect(actions.map((row) => row.action)).toEqual([
      'karya.create',
      'karya.create',
      'karya.delete',
    ]);
  });
});
