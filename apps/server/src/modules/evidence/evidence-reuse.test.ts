import type { EvidenceSlot } from '@kinerja/contract';
import { beforeAll, describe, expect, it } from 'vitest';
import { makePrincipal } from '../../test/factories.js';
import { useTestApp } from '../../test/test-app.js';
import { insertApprovedPlan } from '../execution-documents/execution-test-support.js';
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

const CERT = { kind: 'certificate', issuedOn: '2023-11-20' };

describe('a certificate used in an earlier period cannot be used again (domain.md §3.4)', () => {
  const t = useTestApp({ now: CLOCK.s1Planning });
  const certificate = pdfBytes(4000, 'sertifikat-komunitas-2023');
  const draftOnly = pdfBytes(4000, 'hanya-draf-di-s1');
  let emails = { guru: '', kepsek: '' };
  let guru: Person;
  let s2PlanId = '';

  beforeAll(async () => {
    const { app, ctx } = t();
    const school = await makePlanningSchool(ctx.db, { periodId: '2024-S1' });
    emails = { guru: school.teacher.email!, kepsek: school.principal!.email! };
    await makePrincipal(ctx.db, {
      schoolId: school.school.id,
      personId: school.principal!.id,
      periodId: '2024-S2',
    });
    // The head has started Pelaksanaan of Periode 2, so the teacher may plan it (domain.md §2.4).
    await insertApprovedPlan(ctx.db, {
      employeeId: school.principal!.id,
      schoolId: school.school.id,
      periodId: '2024-S2',
      kind: 'principal',
    });
    const s1 = await approvePlan(t(), {
      teacherEmail: emails.guru,
      headEmail: emails.kepsek,
      periodId: '2024-S1',
      planningNow: CLOCK.s1Planning,
    });
    t().setNow(CLOCK.s1Execution);
    const s1Guru = await personFor(app, emails.guru);
    const s1Slots = await evidenceOf(s1Guru, s1.id);
    const base = `/api/plans/${s1.id}/evidence`;
    const used = slotOf(s1Slots, 'penggerak_komunitas_belajar');
    expect(
      (await s1Guru.upload(`${base}/${used.id}/file`, certificate, { query: CERT })).statusCode,
    ).toBe(200);
    expect((await s1Guru.post(`${base}/${used.id}/collect`)).statusCode).toBe(200);
    // Drafted but never collected in S1: not "used".
    const drafted = slotOf(s1Slots, 'pelatihan_mandiri');
    expect(
      (await s1Guru.upload(`${base}/${drafted.id}/file`, draftOnly, { query: CERT })).statusCode,
    ).toBe(200);

    s2PlanId = (
      await approvePlan(t(), {
        teacherEmail: emails.guru,
        headEmail: emails.kepsek,
        periodId: '2024-S2',
        planningNow: CLOCK.s2Planning,
      })
    ).id;
    t().setNow(CLOCK.s2Execution);
    guru = await personFor(app, emails.guru);
  });

  const s2Url = async (code: string, suffix = 'file') =>
    `/api/plans/${s2PlanId}/evidence/${slotOf(await evidenceOf(guru, s2PlanId), code).id}/${suffix}`;

  it('refuses the same file content from the device, naming the period, and changes nothing', async () => {
    const { ctx, blobRoot } = t();
    const slot = slotOf(await evidenceOf(guru, s2PlanId), 'penggerak_komunitas_belajar');
    const before = await slotRow(ctx.db, slot.id);
    const audits = await auditCount(ctx.db);
    const response = await guru.upload(await s2Url('penggerak_komunitas_belajar'), certificate, {
      name: 'nama-lain.pdf',
      query: CERT,
    });
    expect(statusAndCode(response)).toEqual([422, 'EVIDENCE_REUSED_FROM_EARLIER_PERIOD']);
    // Which earlier use it matches: period, RHK and upload date (issue 14 item 2).
    expect(errorOf(response).message).toMatch(
      /^Dokumen ini sama dengan berkas bukti dukung yang sudah dikumpulkan pada periode Semester 1 2024 \(Januari–Juni\) untuk ".+" \(diunggah 1 Maret 2024\)\. Bukti dukung dari periode sebelumnya tidak dapat digunakan lagi; unggah dokumen lain\.$/,
    );
    expect(await slotRow(ctx.db, slot.id)).toEqual(before);
    expect(await auditCount(ctx.db)).toBe(audits);
    expect(await tempFiles(blobRoot)).toEqual([]);
  });

  it('refuses it through "Ambil Karya" too', async () => {
    const karya = await guru.upload('/api/bukti-karya', certificate, {
      query: { title: 'Sertifikat Komunitas Belajar', category: 'sertifikat' },
    });
    expect(karya.statusCode, karya.body).toBe(201);
    const response = await guru.put(await s2Url('pelatihan_mandiri', 'karya'), {
      karyaId: karya.json<{ id: string }>().id,
      certificate: CERT,
    });
    expect(statusAndCode(response)).toEqual([422, 'EVIDENCE_REUSED_FROM_EARLIER_PERIOD']);
  });

  it('accepts a file only drafted before, a new certificate, and an SK file (not a certificate)', async () => {
    const drafted = await guru.upload(await s2Url('pelatihan_mandiri'), draftOnly, { query: CERT });
    expect(drafted.statusCode, drafted.body).toBe(200);
    const fresh = await guru.upload(
      await s2Url('penggerak_komunitas_belajar'),
      pdfBytes(4000, 'sertifikat-baru-2024'),
      { query: { kind: 'certificate', issuedOn: '2024-08-10' } },
    );
    expect(fresh.statusCode, fresh.body).toBe(200);
    const duty = await guru.upload(await s2Url('wali_kelas'), certificate);
    expect(duty.statusCode, duty.body).toBe(200);
    expect(duty.json<EvidenceSlot>().state).toBe('draft');
  });

  it('checks again at "Kumpulkan"', async () => {
    // The draft of S2 holds content that S1 collects later: collecting it in S2 is refused then.
    const { app, ctx, setNow } = t();
    const reused = pdfBytes(3000, 'dipakai-belakangan');
    const s2Slot = await s2Url('pelatihan_mandiri');
    expect((await guru.upload(s2Slot, reused, { query: CERT })).statusCode).toBe(200);
    const s1Plan = await ctx.db
      .selectFrom('plans')
      .select('id')
      .where('periodId', '=', '2024-S1')
      .executeTakeFirstOrThrow();
    setNow(CLOCK.s1Execution);
    const s1Guru = await personFor(app, emails.guru);
    const s1Slot = slotOf(await evidenceOf(s1Guru, s1Plan.id), 'pelatihan_mandiri');
    const s1Url = `/api/plans/${s1Plan.id}/evidence/${s1Slot.id}`;
    expect((await s1Guru.upload(`${s1Url}/file`, reused, { query: CERT })).statusCode).toBe(200);
    expect((await s1Guru.post(`${s1Url}/collect`)).statusCode).toBe(200);
    setNow(CLOCK.s2Execution);
    guru = await personFor(app, emails.guru);
    const collect = await guru.post(await s2Url('pelatihan_mandiri', 'collect'));
    expect(statusAndCode(collect)).toEqual([422, 'EVIDENCE_REUSED_FROM_EARLIER_PERIOD']);
    expect(slotOf(await evidenceOf(guru, s2PlanId), 'pelatihan_mandiri').state).toBe('draft');
  });
});
