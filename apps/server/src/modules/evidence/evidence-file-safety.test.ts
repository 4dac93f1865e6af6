import type { Karya } from '@kinerja/contract';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app.js';
import { makePlanningSchool } from '../plans/plan-test-support.js';
import {
  approvePlan,
  auditCount,
  CLOCK,
  errorOf,
  evidenceOf,
  pdfBytes,
  personFor,
  slotOf,
  slotRow,
  tempFiles,
  type Person,
} from './evidence-test-support.js';

const CERT = { kind: 'certificate', issuedOn: '2024-02-01' };
const withScript = Buffer.from(
  '%PDF-1.7\n1 0 obj\n<< /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>\nendobj\n',
  'latin1',
);
const REFUSAL =
  'Berkas PDF berisi JavaScript, perintah menjalankan program, lampiran berkas, atau formulir yang mengirim data; berkas seperti ini ditolak demi keamanan. Simpan ulang sebagai PDF biasa (Cetak → Simpan sebagai PDF), lalu unggah hasilnya.';

describe('uploaded files: no active content in, sandboxed out (issue 12 finding 8d, 8e)', () => {
  const t = useTestApp({ now: CLOCK.s1Planning });
  let guru: Person;
  let planId = '';

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
    guru = await personFor(app, school.teacher.email);
  });

  it('refuses a PDF with a JavaScript action as evidence: 422, Indonesian, nothing stored', async () => {
    const { ctx, blobRoot } = t();
    const slot = slotOf(await evidenceOf(guru, planId), 'pelatihan_mandiri');
    const before = await slotRow(ctx.db, slot.id);
    const audits = await auditCount(ctx.db);
    const response = await guru.upload(
      `/api/plans/${planId}/evidence/${slot.id}/file`,
      withScript,
      {
        query: CERT,
      },
    );
    expect(errorOf(response)).toMatchObject({
      status: 422,
      code: 'PDF_ACTIVE_CONTENT',
      message: REFUSAL,
    });
    expect(await slotRow(ctx.db, slot.id)).toEqual(before);
    expect(await auditCount(ctx.db)).toBe(audits);
    expect(await tempFiles(blobRoot)).toEqual([]);
    expect(await ctx.db.selectFrom('storedBlobs').selectAll().execute()).toEqual([]);
  });

  it('refuses it in Bukti Karya too', async () => {
    const response = await guru.upload('/api/bukti-karya', withScript, {
      query: { title: 'Modul', category: 'modul_ajar' },
    });
    expect(errorOf(response)).toMatchObject({ status: 422, code: 'PDF_ACTIVE_CONTENT' });
  });

  it('serves files inline in a sandbox with nosniff, as an attachment on request', async () => {
    const slot = slotOf(await evidenceOf(guru, planId), 'pelatihan_mandiri');
    const url = `/api/plans/${planId}/evidence/${slot.id}/file`;
    expect((await guru.upload(url, pdfBytes(800, 'safe'), { query: CERT })).statusCode).toBe(200);
    const created = await guru.upload('/api/bukti-karya', pdfBytes(900, 'karya'), {
      name: 'Karya Saya.pdf',
      query: { title: 'Karya', category: 'modul_ajar' },
    });
    const karyaUrl = created.json<Karya>().file.url;
    for (const fileUrl of [url, karyaUrl]) {
      const inline = await guru.get(fileUrl);
      expect(inline.statusCode).toBe(200);
      expect(inline.headers).toMatchObject({
        'content-type': 'application/pdf',
        'content-security-policy': 'sandbox',
        'x-content-type-options': 'nosniff',
      });
      expect(inline.headers['content-disposition']).toMatch(/^inline; filename\*=UTF-8''/);
      const sep = fileUrl.includes('?') ? '&' : '?';
      const attached = await guru.get(`${fileUrl}${sep}download=1`);
      expect(attached.headers['content-disposition']).toMatch(/^attachment; filename\*=UTF-8''/);
      expect(attached.headers['content-security-policy']).toBe('sandbox');
    }
  });
});
