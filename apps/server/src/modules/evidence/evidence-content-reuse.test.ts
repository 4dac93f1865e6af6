import PDFDocument from 'pdfkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { makePrincipal } from '../../test/factories.js';
import { useTestApp } from '../../test/test-app.js';
import { insertApprovedPlan } from '../execution-documents/execution-test-support.js';
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
  statusAndCode,
  tempFiles,
  type Person,
} from './evidence-test-support.js';

/** A certificate as a text PDF; `compress` changes every byte but not the text (a "re-scan"). */
function certificatePdf(lines: readonly string[], compress: boolean): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', compress });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve) =>
    doc.on('end', () => resolve(Buffer.concat(chunks))),
  );
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  for (const line of lines) doc.fontSize(compress ? 14 : 12).text(line);
  doc.end();
  return done;
}

const TEXT = [
  'SERTIFIKAT',
  'Nomor: 421/SERT-PGP/2023/0042',
  'diberikan kepada peserta Pelatihan Pembelajaran Berdiferensiasi',
  'sebanyak 32 jam pelajaran, Bandung, 20 November 2023',
];
const CERT = {
  kind: 'certificate',
  issuedOn: '2023-11-20',
  certificateNumber: '421/SERT-PGP/2023/0042',
  certificateTitle: 'Pelatihan Pembelajaran Berdiferensiasi',
};

describe('evidence that cannot be gamed: dates, one RHK per file, reuse by content (issue 14 item 2, domain.md §3.4)', () => {
  const t = useTestApp({ now: CLOCK.s1Planning });
  let emails = { guru: '', kepsek: '' };
  let s1Guru: Person;
  let s1PlanId = '';
  let s2PlanId = '';
  let original: Buffer;

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
    s1PlanId = (
      await approvePlan(t(), {
        teacherEmail: emails.guru,
        headEmail: emails.kepsek,
        periodId: '2024-S1',
        planningNow: CLOCK.s1Planning,
      })
    ).id;
    t().setNow(CLOCK.s1Execution);
    s1Guru = await personFor(app, emails.guru);
    original = await certificatePdf(TEXT, true);
    const slot = slotOf(await evidenceOf(s1Guru, s1PlanId), 'penggerak_komunitas_belajar');
    const url = `/api/plans/${s1PlanId}/evidence/${slot.id}`;
    const uploaded = await s1Guru.upload(`${url}/file`, original, { query: CERT });
    expect(uploaded.statusCode, uploaded.body).toBe(200);
    expect((await s1Guru.post(`${url}/collect`)).statusCode).toBe(200);
  });

  const s1Url = async (code: string) =>
    `/api/plans/${s1PlanId}/evidence/${slotOf(await evidenceOf(s1Guru, s1PlanId), code).id}/file`;

  it('refuses a certificate dated after the day of the upload, before reading the file', async () => {
    const { ctx, blobRoot } = t();
    const slot = slotOf(await evidenceOf(s1Guru, s1PlanId), 'pelatihan_mandiri');
    const before = await slotRow(ctx.db, slot.id);
    const audits = await auditCount(ctx.db);
    const response = await s1Guru.upload(await s1Url('pelatihan_mandiri'), pdfBytes(3000, 'baru'), {
      query: { kind: 'certificate', issuedOn: '2024-12-31' },
    });
    expect(statusAndCode(response)).toEqual([422, 'CERTIFICATE_DATED_IN_FUTURE']);
    expect(errorOf(response).message).toBe(
      'Tanggal terbit 31 Desember 2024 belum terjadi (hari ini 1 Maret 2024). Isi tanggal terbit sesuai yang tertulis pada dokumen.',
    );
    expect(errorOf(response).fields?.[0]?.field).toBe('issuedOn');
    expect(await slotRow(ctx.db, slot.id)).toEqual(before);
    expect(await auditCount(ctx.db)).toBe(audits);
    expect(await tempFiles(blobRoot)).toEqual([]);
  });

  it('refuses the same file for a second RHK of the period, naming the RHK it already backs', async () => {
    const competency = await s1Guru.upload(await s1Url('pelatihan_mandiri'), original, {
      query: CERT,
    });
    expect(statusAndCode(competency)).toEqual([422, 'EVIDENCE_REUSED_IN_THIS_PERIOD']);
    const message = errorOf(competency).message;
    expect(message).toMatch(
      /^Dokumen ini sama dengan berkas bukti dukung ".+" pada periode ini \(diunggah 1 Maret 2024\)\./,
    );
    expect(message).toContain(
      'Satu dokumen hanya dapat menjadi bukti dukung satu Rencana Hasil Kerja',
    );
    // An additional duty's SK file too.
    const duty = await s1Guru.upload(await s1Url('wali_kelas'), original);
    expect(statusAndCode(duty)).toEqual([422, 'EVIDENCE_REUSED_IN_THIS_PERIOD']);
  });

  describe('in the next period', () => {
    let guru: Person;
    beforeAll(async () => {
      s2PlanId = (
        await approvePlan(t(), {
          teacherEmail: emails.guru,
          headEmail: emails.kepsek,
          periodId: '2024-S2',
          planningNow: CLOCK.s2Planning,
        })
      ).id;
      t().setNow(CLOCK.s2Execution);
      guru = await personFor(t().app, emails.guru);
    });
    const s2Url = async (code: string) =>
      `/api/plans/${s2PlanId}/evidence/${slotOf(await evidenceOf(guru, s2PlanId), code).id}/file`;

    it('refuses a re-scan (same text, other bytes) and says which earlier use it matches', async () => {
      const rescan = await certificatePdf(TEXT, false);
      expect(rescan.equals(original)).toBe(false);
      const response = await guru.upload(await s2Url('penggerak_komunitas_belajar'), rescan, {
        query: { kind: 'certificate', issuedOn: '2023-11-20' },
      });
      expect(statusAndCode(response)).toEqual([422, 'EVIDENCE_REUSED_FROM_EARLIER_PERIOD']);
      expect(errorOf(response).message).toMatch(
        /^Dokumen ini berisi teks yang sama dengan bukti dukung yang sudah dikumpulkan pada periode Semester 1 2024 \(Januari–Juni\) untuk ".+" \(diunggah 1 Maret 2024\)\. Bukti dukung dari periode sebelumnya tidak dapat digunakan lagi; unggah dokumen lain\.$/,
      );
    });

    it('refuses a scan without text carrying the same certificate number and title', async () => {
      const response = await guru.upload(
        await s2Url('penggerak_komunitas_belajar'),
        pdfBytes(5000, 'hasil-pindai-gambar'),
        { query: { ...CERT, certificateNumber: '421/sert-pgp/2023/0042 ' } },
      );
      expect(statusAndCode(response)).toEqual([422, 'EVIDENCE_REUSED_FROM_EARLIER_PERIOD']);
      expect(errorOf(response).message).toContain('memuat nomor, judul atau tanggal sertifikat');
    });

    it('accepts another certificate', async () => {
      const other = await certificatePdf(
        [
          'SERTIFIKAT',
          'Nomor: 77/KOM/2024',
          'Komunitas Belajar Guru Matematika Kabupaten Bandung 2024',
        ],
        true,
      );
      const response = await guru.upload(await s2Url('penggerak_komunitas_belajar'), other, {
        query: { kind: 'certificate', issuedOn: '2024-08-10', certificateNumber: '77/KOM/2024' },
      });
      expect(response.statusCode, response.body).toBe(200);
    });
  });
});
