import type { EvidenceSlot, NotificationListResponse } from '@kinerja/contract';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app.js';
import { makePlanningSchool } from '../plans/plan-test-support.js';
import {
  approvePlan,
  auditCount,
  CLOCK,
  evidenceOf,
  pdfBytes,
  personFor,
  slotOf,
  slotRow,
  tempFiles,
  type Person,
  errorOf,
  statusAndCode,
} from './evidence-test-support.js';

const MB = 1024 * 1024;
const CERT = { kind: 'certificate', issuedOn: '2024-02-01' };

describe('2024 evidence: Unggah, Cek, Ubah, Simpan Draf, Kumpulkan (domain.md §3.4)', () => {
  const t = useTestApp({ now: CLOCK.s1Planning });
  let guru: Person;
  let kepsek: Person;
  let planId = '';
  let guruEmail = '';
  const url = (slot: { id: string }, suffix = 'file') =>
    `/api/plans/${planId}/evidence/${slot.id}/${suffix}`;
  const slot = async (code: string) => slotOf(await evidenceOf(guru, planId), code);

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
    // Sessions last 12 hours: sign in again once the clock is in the execution window.
    t().setNow(CLOCK.s1Execution);
    guruEmail = teacher.email!;
    guru = await personFor(app, teacher.email);
    kepsek = await personFor(app, principal!.email);
  });

  it('lists one empty slot per approved competency RHK and per additional duty', async () => {
    const list = await evidenceOf(guru, planId);
    expect(list.slots.map((s) => [s.kind, s.code, s.state, s.skReference])).toEqual([
      ['competency_evidence', 'pelatihan_mandiri', 'empty', null],
      ['competency_evidence', 'penggerak_komunitas_belajar', 'empty', null],
      ['additional_duty_evidence', 'wali_kelas', 'empty', 'SK 421/012/2026'],
    ]);
    expect(list.progress).toMatchObject({ total: 3, collected: 0, missing: 3 });
    expect(list.rules).toEqual({
      maxBytes: 10 * MB,
      certificateIssuedOnOrAfter: '2023-01-01',
      fileNameHeader: 'x-file-name',
    });
    expect(list.slots[0]).toMatchObject({
      stateLabel: 'Belum diisi',
      points: 8,
      acceptedKinds: ['certificate', 'surat_keterangan_selesai_topik', 'relevant_document'],
      abilities: { canUpload: true, canUseKarya: true, canCollect: false, canView: false },
    });
    expect(list.slots[2]!.abilities.canUseKarya).toBe(false);
    // The supervisor sees the same page, without buttons.
    const seen = await evidenceOf(kepsek, planId);
    expect(seen.slots.map((s) => s.abilities.canUpload)).toEqual([false, false, false]);
    expect(seen.isOwner).toBe(false);
  });

  it('uploads a PDF into a slot as a draft, serves it to owner and supervisor, replaces it', async () => {
    const { ctx } = t();
    const target = await slot('pelatihan_mandiri');
    const bytes = pdfBytes(200_000, 'pelatihan-1');
    const response = await guru.upload(url(target), bytes, {
      name: 'Sertifikat Pelatihan.pdf',
      query: CERT,
    });
    expect(response.statusCode, response.body).toBe(200);
    const drafted = response.json<EvidenceSlot>();
    expect(drafted).toMatchObject({
      state: 'draft',
      stateLabel: 'Draf',
      version: target.version + 1,
      certificate: { kind: 'certificate', kindLabel: 'Sertifikat', issuedOn: '2024-02-01' },
      file: { name: 'Sertifikat Pelatihan.pdf', sizeBytes: 200_000, source: 'device' },
      abilities: { canCollect: true, canSaveDraft: true, canView: true },
    });
    expect(await ctx.blobs.has(drafted.file!.sha256)).toBe(true);

    for (const viewer of [guru, kepsek]) {
      const file = await viewer.get(drafted.file!.url);
      expect(file.statusCode).toBe(200);
      expect(file.headers['content-type']).toBe('application/pdf');
      expect(file.headers['content-disposition']).toContain('inline');
      expect(file.rawPayload.equals(bytes)).toBe(true);
    }
    const download = await guru.get(`${drafted.file!.url}?download=true`);
    expect(download.headers['content-disposition']).toContain('attachment');

    // "Ubah": another file while still a draft; a name without .pdf gets one (the bytes decide).
    const replaced = await guru.upload(url(target), pdfBytes(1000, 'pelatihan-2'), {
      name: 'scan-sertifikat',
      query: { ...CERT, version: drafted.version },
    });
    expect(replaced.statusCode, replaced.body).toBe(200);
    expect(replaced.json<EvidenceSlot>()).toMatchObject({
      version: drafted.version + 1,
      file: { name: 'scan-sertifikat.pdf', sizeBytes: 1000 },
    });
    // A write based on an older version is refused.
    const stale = await guru.upload(url(target), pdfBytes(1000, 'x'), {
      query: { ...CERT, version: drafted.version },
    });
    expect(statusAndCode(stale)).toEqual([409, 'EVIDENCE_VERSION_CONFLICT']);
  });

  it('"Simpan Draf" keeps certificate details, and checks them', async () => {
    const target = await slot('pelatihan_mandiri');
    const saved = await guru.put(url(target, 'draft'), {
      certificate: { kind: 'surat_keterangan_selesai_topik', issuedOn: '2024-02-10' },
      version: target.version,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<EvidenceSlot>().certificate).toMatchObject({
      kind: 'surat_keterangan_selesai_topik',
      kindLabel: 'Surat Keterangan Selesai Topik',
    });
    const old = await guru.put(url(target, 'draft'), {
      certificate: { kind: 'certificate', issuedOn: '2022-12-31' },
    });
    expect(statusAndCode(old)).toEqual([422, 'CERTIFICATE_TOO_OLD']);
    expect(errorOf(old).message).toBe('Sertifikat harus diterbitkan mulai 1 Januari 2023.');
    const empty = await guru.put(url(await slot('penggerak_komunitas_belajar'), 'draft'), {
      certificate: CERT,
    });
    expect(statusAndCode(empty)).toEqual([409, 'DOCUMENT_EMPTY']);
  });

  it('refuses certificate details that break the rules before reading the file', async () => {
    const target = await slot('penggerak_komunitas_belajar');
    const cases: Array<[Record<string, string>, number, string]> = [
      [{}, 400, 'VALIDATION_FAILED'],
      [{ kind: 'report', issuedOn: '2024-02-01' }, 422, 'CERTIFICATE_KIND_NOT_ACCEPTED'],
      [{ kind: 'certificate', issuedOn: '2022-06-30' }, 422, 'CERTIFICATE_TOO_OLD'],
      [{ kind: 'certificate' }, 422, 'CERTIFICATE_TOO_OLD'],
      [{ kind: 'sertifikat' }, 400, 'VALIDATION_FAILED'],
      [{ kind: 'certificate', issuedOn: '1-2-2024' }, 400, 'VALIDATION_FAILED'],
    ];
    for (const [query, status, code] of cases) {
      const response = await guru.upload(url(target), pdfBytes(500), { query });
      expect(statusAndCode(response), JSON.stringify(query)).toEqual([status, code]);
    }
    expect((await slot('penggerak_komunitas_belajar')).state).toBe('empty');
  });

  it('additional duty: one PDF from the device, no certificate details, no Bukti Karya', async () => {
    const target = await slot('wali_kelas');
    const withKind = await guru.upload(url(target), pdfBytes(500), { query: CERT });
    expect(statusAndCode(withKind)).toEqual([400, 'EVIDENCE_SOURCE_NOT_FOR_DUTY']);
    const karya = await guru.put(url(target, 'karya'), {
      karyaId: '00000000-0000-4000-8000-000000000000',
    });
    expect(statusAndCode(karya)).toEqual([400, 'EVIDENCE_KARYA_NOT_FOR_DUTY']);
    const ok = await guru.upload(url(target), pdfBytes(700, 'sk-laporan'), {
      name: 'SK dan Laporan Wali Kelas.pdf',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<EvidenceSlot>()).toMatchObject({ state: 'draft', certificate: null });
  });

  describe('bad files: a clear Indonesian message and no change at all', () => {
    async function expectNothingChanged(
      send: () => Promise<{ statusCode: number; body: string }>,
      expected: [number, string, string],
    ) {
      const { ctx, blobRoot } = t();
      const target = await slot('penggerak_komunitas_belajar');
      const before = await slotRow(ctx.db, target.id);
      const audits = await auditCount(ctx.db);
      const response = await send();
      const body = JSON.parse(response.body) as { error: { code: string; message: string } };
      expect([response.statusCode, body.error.code]).toEqual(expected.slice(0, 2));
      expect(body.error.message).toContain(expected[2]);
      expect(await slotRow(ctx.db, target.id)).toEqual(before);
      expect(await auditCount(ctx.db)).toBe(audits);
      expect(await tempFiles(blobRoot)).toEqual([]);
    }
    const target = async () => url(await slot('penggerak_komunitas_belajar'));

    it('a non-PDF renamed .pdf', async () => {
      const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(5000, 1)]);
      await expectNothingChanged(
        async () => guru.upload(await target(), jpeg, { name: 'foto.pdf', query: CERT }),
        [422, 'EVIDENCE_NOT_PDF', 'Isi berkas bukan PDF, walaupun namanya berakhiran .pdf'],
      );
    });

    it('an empty file', async () => {
      await expectNothingChanged(
        async () => guru.upload(await target(), Buffer.alloc(0), { query: CERT }),
        [422, 'EVIDENCE_EMPTY_FILE', 'Dokumen yang diunggah kosong.'],
      );
    });

    it('10 MB + 1 byte (declared), and 10 MB + 1 byte streamed without a length', async () => {
      await expectNothingChanged(
        async () => guru.upload(await target(), pdfBytes(10 * MB + 1), { query: CERT }),
        [413, 'EVIDENCE_TOO_LARGE', 'Ukuran dokumen maksimal 10 MB.'],
      );
      const { app } = t();
      await expectNothingChanged(async () => {
        const { Readable } = await import('node:stream');
        const body = pdfBytes(10 * MB + 1);
        const chunks = [
          body.subarray(0, 4 * MB),
          body.subarray(4 * MB, 8 * MB),
          body.subarray(8 * MB),
        ];
        return app.inject({
          method: 'PUT',
          url: `${await target()}?kind=certificate&issuedOn=2024-02-01`,
          headers: { ...guru.headers, 'content-type': 'application/pdf' },
          payload: Readable.from(chunks),
        });
      }, [413, 'EVIDENCE_TOO_LARGE', 'maksimal 10 MB']);
    });

    it('exactly 10 MB is accepted', async () => {
      const response = await guru.upload(await target(), pdfBytes(10 * MB, 'ten'), { query: CERT });
      expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
      expect(response.json<EvidenceSlot>().file!.sizeBytes).toBe(10 * MB);
    });

    it('an upload cut off half way: no slot change, no blob, no temporary file', async () => {
      const { app, ctx, blobRoot } = t();
      await app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = app.server.address() as AddressInfo;
      const target = await slot('penggerak_komunitas_belajar');
      const before = await slotRow(ctx.db, target.id);
      const audits = await auditCount(ctx.db);
      const body = pdfBytes(4 * MB, 'cut-off');
      const request = httpRequest({
        host: '127.0.0.1',
        port,
        method: 'PUT',
        path: `${url(target)}?kind=certificate&issuedOn=2024-02-01`,
        headers: {
          ...guru.headers,
          'content-type': 'application/pdf',
          'content-length': String(body.length),
          'x-file-name': 'terputus.pdf',
        },
      });
      request.on('error', () => undefined);
      request.write(body.subarray(0, MB));
      // Wait (bounded) until the server is streaming into a temporary file, then cut the connection.
      await until(async () => (await tempFiles(blobRoot)).length > 0);
      request.destroy();
      await until(async () => (await tempFiles(blobRoot)).length === 0);
      expect(await slotRow(ctx.db, target.id)).toEqual(before);
      expect(await auditCount(ctx.db)).toBe(audits);
      const { createHash } = await import('node:crypto');
      expect(await ctx.blobs.has(createHash('sha256').update(body).digest('hex'))).toBe(false);
    });
  });

  it('"Kumpulkan" makes a slot final: every later change answers 409 and nothing changes', async () => {
    const { ctx } = t();
    const target = await slot('pelatihan_mandiri');
    const collected = await guru.post(url(target, 'collect'), { version: target.version });
    expect(collected.statusCode, collected.body).toBe(200);
    expect(collected.json<EvidenceSlot>()).toMatchObject({
      state: 'collected',
      stateLabel: 'Dikumpulkan',
      abilities: { canUpload: false, canCollect: false, canSaveDraft: false, canView: true },
    });
    const before = await slotRow(ctx.db, target.id);
    const attempts = [
      () => guru.upload(url(target), pdfBytes(900, 'late'), { query: CERT }),
      () => guru.post(url(target, 'collect')),
      () => guru.put(url(target, 'draft'), { certificate: CERT }),
      () => guru.put(url(target, 'karya'), { karyaId: '00000000-0000-4000-8000-000000000000' }),
    ];
    for (const attempt of attempts) {
      const response = await attempt();
      expect(statusAndCode(response)).toEqual([409, 'DOCUMENT_LOCKED']);
      expect(errorOf(response).message).toBe(
        'Dokumen yang telah dikumpulkan atau dikirim tidak bisa diubah kembali.',
      );
    }
    expect(await slotRow(ctx.db, target.id)).toEqual(before);
    const empty = await guru.post(url(await slot('wali_kelas'), 'collect'));
    expect(empty.statusCode).toBe(200);

    const inbox = (await kepsek.get('/api/notifications')).json<NotificationListResponse>();
    const collectedNotes = inbox.notifications.filter((n) => n.kind === 'evidence_collected');
    expect(collectedNotes).toHaveLength(2);
    expect(collectedNotes.map((n) => n.planId)).toEqual([planId, planId]);
    const audit = await ctx.db
      .selectFrom('auditLog')
      .select(['action'])
      .where('entityId', '=', target.id)
      .orderBy('id')
      .execute();
    expect(audit.map((row) => row.action)).toEqual([
      'evidence.upload',
      'evidence.upload',
      'evidence.save_draft',
      'evidence.collect',
    ]);
  });

  it('an empty slot cannot be collected; the execution window closes writes', async () => {
    const { app, setNow } = t();
    const target = await slot('penggerak_komunitas_belajar');
    expect(target.state).toBe('draft');
    setNow(CLOCK.s1Assessment);
    guru = await personFor(app, guruEmail);
    const late = await guru.post(url(target, 'collect'));
    expect(statusAndCode(late)).toEqual([403, 'EXECUTION_CLOSED']);
    const list = await evidenceOf(guru, planId);
    expect(list.slots.every((s) => !s.abilities.canUpload && !s.abilities.canCollect)).toBe(true);
    expect(list.progress).toMatchObject({ total: 3, collected: 2, draft: 1, missing: 1 });
    setNow(CLOCK.s1Execution);
  });
});

async function until(condition: () => Promise<boolean>, attempts = 500): Promise<void> {
  for (let i = 0; i < attempts; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('condition not reached');
}
