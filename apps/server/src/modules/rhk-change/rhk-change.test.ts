import type {
  EvidenceSlot,
  NotificationListResponse,
  RhkOverviewResponse,
  SchoolEvidenceResponse,
} from '@kinerja/contract';
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
  type Person,
  errorOf,
  statusAndCode,
} from '../evidence/evidence-test-support.js';
import { makePlanningSchool, planOf } from '../plans/plan-test-support.js';

const CERT = { kind: 'certificate', issuedOn: '2024-02-01' };
const NEW_SET = {
  discussed: true,
  competencyRhkCodes: ['penggerak_komunitas_belajar', 'narasumber_berbagi_praktik_baik'],
  additionalDuties: [
    { code: 'wali_kelas', skReference: 'SK 421/099/2024' },
    { code: 'guru_piket', skReference: 'ST 800/12/2024' },
  ],
};

describe('Ubah Rencana Hasil Kerja (2024): rules, history, supervisor view (domain.md §3.4)', () => {
  const t = useTestApp({ now: CLOCK.s1Planning });
  let guru: Person;
  let kepsek: Person;
  let planId = '';
  let draftPlanId = '';
  let schoolId = '';
  let emails = { guru: '', kepsek: '' };
  let pelatihanSlotId = '';
  const rhk = (person: Person) => person.get(`/api/plans/${planId}/rhk`);

  beforeAll(async () => {
    const { app, ctx } = t();
    const school = await makePlanningSchool(ctx.db, { periodId: '2024-S1', teachers: 2 });
    schoolId = school.school.id;
    emails = { guru: school.teacher.email!, kepsek: school.principal!.email! };
    planId = (
      await approvePlan(t(), {
        teacherEmail: emails.guru,
        headEmail: emails.kepsek,
        periodId: '2024-S1',
        planningNow: CLOCK.s1Planning,
      })
    ).id;
    const other = await personFor(app, school.teachers[1]!.email);
    draftPlanId = planOf(await other.post('/api/plans', { periodId: '2024-S1' }), 201).id;
    t().setNow(CLOCK.s1Execution);
    guru = await personFor(app, emails.guru);
    kepsek = await personFor(app, emails.kepsek);
    const list = await evidenceOf(guru, planId);
    const pelatihan = slotOf(list, 'pelatihan_mandiri');
    pelatihanSlotId = pelatihan.id;
    const base = `/api/plans/${planId}/evidence`;
    const up = await guru.upload(`${base}/${pelatihan.id}/file`, pdfBytes(3000, 'pm'), {
      query: CERT,
    });
    expect(up.statusCode, up.body).toBe(200);
    expect((await guru.post(`${base}/${pelatihan.id}/collect`)).statusCode).toBe(200);
    const penggerak = slotOf(list, 'penggerak_komunitas_belajar');
    const draft = await guru.upload(`${base}/${penggerak.id}/file`, pdfBytes(2000, 'pkb'), {
      query: CERT,
    });
    expect(draft.statusCode, draft.body).toBe(200);
  });

  it('shows the approved RHKs unmarked, with a change possible before the assessment window', async () => {
    const overview = (await rhk(guru)).json<RhkOverviewResponse>();
    expect(overview).toMatchObject({
      isChangedByEmployee: false,
      canChange: true,
      changeBlockedReason: null,
      changeClosesBefore: '2024-06-01',
      competencyPoints: { total: 44, min: 32 },
      changes: [],
    });
    expect(
      overview.competency.map((item) => [item.code, item.points, item.changedByEmployee]),
    ).toEqual([
      ['pelatihan_mandiri', 8, false],
      ['penggerak_komunitas_belajar', 36, false],
    ]);
    expect((await rhk(kepsek)).json<RhkOverviewResponse>().canChange).toBe(false);
  });

  it.each<[string, Record<string, unknown>, number, string, string]>([
    [
      'without "Sudah diskusi"',
      { ...NEW_SET, discussed: false },
      422,
      'RHK_CHANGE_DISCUSSION_REQUIRED',
      'Centang dan klik "Sudah diskusi" setelah berdiskusi dengan atasan.',
    ],
    [
      'under 32 points',
      { discussed: true, competencyRhkCodes: ['pelatihan_mandiri'] },
      422,
      'PLAN_HAS_PROBLEMS',
      '',
    ],
    [
      'an additional duty without SK / Surat Tugas',
      { discussed: true, additionalDuties: [{ code: 'guru_piket', skReference: ' ' }] },
      422,
      'PLAN_HAS_PROBLEMS',
      '',
    ],
    [
      'nothing changed',
      { discussed: true, competencyRhkCodes: ['pelatihan_mandiri', 'penggerak_komunitas_belajar'] },
      422,
      'RHK_CHANGE_EMPTY',
      'Tidak ada perubahan Rencana Hasil Kerja.',
    ],
    ['a stale plan version', { ...NEW_SET, planVersion: 1 }, 409, 'PLAN_VERSION_CONFLICT', ''],
  ])('refuses %s and changes nothing', async (_name, body, status, code, message) => {
    const { ctx } = t();
    const before = (await rhk(guru)).json<RhkOverviewResponse>();
    const audits = await auditCount(ctx.db);
    const response = await guru.put(`/api/plans/${planId}/rhk`, body);
    expect(statusAndCode(response), response.body).toEqual([status, code]);
    if (message) expect(errorOf(response).message).toBe(message);
    if (code === 'PLAN_HAS_PROBLEMS') {
      const fields = errorOf(response).fields ?? [];
      expect(fields.length).toBeGreaterThan(0);
      expect(fields[0]!.message).toMatch(/minimal 32 poin|SK \/ Surat Tugas/);
    }
    expect((await rhk(guru)).json<RhkOverviewResponse>()).toEqual(before);
    expect(await auditCount(ctx.db)).toBe(audits);
  });

  it('a plan that is not approved cannot be changed (409)', async () => {
    const { app, ctx } = t();
    const [other] = await ctx.db
      .selectFrom('plans')
      .innerJoin('people', 'people.id', 'plans.employeeId')
      .select('people.email')
      .where('plans.id', '=', draftPlanId)
      .execute();
    const owner = await personFor(app, other!.email);
    const response = await owner.put(`/api/plans/${draftPlanId}/rhk`, NEW_SET);
    expect(statusAndCode(response)).toEqual([409, 'RHK_CHANGE_PLAN_NOT_APPROVED']);
  });

  it('changes the RHKs: marks "DIUBAH OLEH ANDA", keeps superseded evidence as history', async () => {
    const response = await guru.put(`/api/plans/${planId}/rhk`, NEW_SET);
    expect(response.statusCode, response.body).toBe(200);
    const overview = response.json<RhkOverviewResponse>();
    expect(overview.isChangedByEmployee).toBe(true);
    expect(overview.competency.map((item) => [item.code, item.changedByEmployee])).toEqual([
      ['penggerak_komunitas_belajar', false],
      ['narasumber_berbagi_praktik_baik', true],
    ]);
    expect(
      overview.additionalDuties.map((item) => [
        item.code,
        item.skReference,
        item.changedByEmployee,
      ]),
    ).toEqual([
      ['wali_kelas', 'SK 421/099/2024', true],
      ['guru_piket', 'ST 800/12/2024', true],
    ]);
    expect(overview.changes).toHaveLength(1);
    const [change] = overview.changes;
    expect(change!.diff).toEqual({
      competency: { added: ['narasumber_berbagi_praktik_baik'], removed: ['pelatihan_mandiri'] },
      additionalDuties: {
        added: [{ code: 'guru_piket', skReference: 'ST 800/12/2024' }],
        removed: [],
        referenceChanged: [
          { code: 'wali_kelas', before: 'SK 421/012/2026', after: 'SK 421/099/2024' },
        ],
      },
    });
    expect(change!.before.competencyPoints).toBe(44);
    expect(change!.after.competencyPoints).toBeGreaterThanOrEqual(32);
    expect(change!.supersededSlotIds).toEqual([pelatihanSlotId]);

    const plan = planOf(await guru.get(`/api/plans/${planId}`));
    expect(plan.status).toBe('approved');
    expect(plan.content.competencyRhkCodes).toEqual(NEW_SET.competencyRhkCodes);

    const evidence = await evidenceOf(guru, planId);
    expect(
      evidence.slots.map((s) => [s.code, s.state, s.changedByEmployee, s.skReference]),
    ).toEqual([
      ['penggerak_komunitas_belajar', 'draft', false, null],
      ['narasumber_berbagi_praktik_baik', 'empty', true, null],
      ['wali_kelas', 'empty', false, 'SK 421/099/2024'],
      ['guru_piket', 'empty', true, 'ST 800/12/2024'],
    ]);
    expect(evidence.history.map((s) => [s.code, s.state])).toEqual([
      ['pelatihan_mandiri', 'collected'],
    ]);
    const kept = evidence.history[0]!;
    expect(kept.supersededAt).not.toBeNull();
    expect(kept.abilities).toMatchObject({ canUpload: false, canCollect: false, canView: true });
    for (const viewer of [guru, kepsek]) {
      expect((await viewer.get(kept.file!.url)).statusCode).toBe(200);
    }
    // Superseded evidence no longer counts and cannot be touched.
    expect(evidence.progress).toMatchObject({ total: 4, collected: 0, missing: 4 });
    const write = await guru.upload(
      `/api/plans/${planId}/evidence/${kept.id}/file`,
      pdfBytes(500),
      {
        query: CERT,
      },
    );
    expect(statusAndCode(write)).toEqual([409, 'EVIDENCE_SLOT_SUPERSEDED']);
  });

  it('the supervisor sees exactly what changed, is notified, and the school overview shows it', async () => {
    const { ctx } = t();
    const seen = (await rhk(kepsek)).json<RhkOverviewResponse>();
    expect(seen.changes[0]!.before.competency.map((item) => item.code)).toEqual([
      'pelatihan_mandiri',
      'penggerak_komunitas_belajar',
    ]);
    expect(seen.changes[0]!.after.competency.map((item) => item.code)).toEqual(
      NEW_SET.competencyRhkCodes,
    );
    expect(seen.changes[0]!.changedBy.name).toContain('Guru');
    const inbox = (await kepsek.get('/api/notifications')).json<NotificationListResponse>();
    expect(inbox.notifications.filter((n) => n.kind === 'rhk_changed')).toHaveLength(1);
    const audit = await ctx.db
      .selectFrom('auditLog')
      .select(['action', 'entityId'])
      .where('action', '=', 'plan.change_rhk')
      .execute();
    expect(audit).toEqual([{ action: 'plan.change_rhk', entityId: planId }]);

    const overview = (
      await kepsek.get(`/api/schools/${schoolId}/evidence?periodId=2024-S1`)
    ).json<SchoolEvidenceResponse>();
    const row = overview.teachers.find((teacher) => teacher.planId === planId)!;
    expect(row).toMatchObject({
      planStatus: 'approved',
      isChangedByEmployee: true,
      changeCount: 1,
      progress: { total: 4, collected: 0, draft: 1, missing: 4 },
    });
    expect(row.missing.map((slot) => slot.code)).toEqual([
      'penggerak_komunitas_belajar',
      'narasumber_berbagi_praktik_baik',
      'wali_kelas',
      'guru_piket',
    ]);
    expect(overview.totals).toMatchObject({ teachers: 2, complete: 0, changed: 1 });
    const draftRow = overview.teachers.find((teacher) => teacher.planId === draftPlanId)!;
    expect(draftRow).toMatchObject({ planStatus: 'draft', progress: { total: 0 }, missing: [] });
  });

  it('a later slot collected shows as collected for the principal', async () => {
    const list = await evidenceOf(guru, planId);
    const slot: EvidenceSlot = slotOf(list, 'penggerak_komunitas_belajar');
    expect((await guru.post(`/api/plans/${planId}/evidence/${slot.id}/collect`)).statusCode).toBe(
      200,
    );
    const overview = (
      await kepsek.get(`/api/schools/${schoolId}/evidence?periodId=2024-S1`)
    ).json<SchoolEvidenceResponse>();
    const row = overview.teachers.find((teacher) => teacher.planId === planId)!;
    expect(row.progress).toMatchObject({ collected: 1, missing: 3 });
    expect(row.lastCollectedAt).not.toBeNull();
  });

  it('closes with the assessment window ("sebelum periode penilaian dimulai")', async () => {
    const { app, setNow } = t();
    setNow(CLOCK.s1Assessment);
    const late = await personFor(app, emails.guru);
    const response = await late.put(`/api/plans/${planId}/rhk`, {
      discussed: true,
      competencyRhkCodes: ['penggerak_komunitas_belajar'],
    });
    expect(statusAndCode(response)).toEqual([403, 'RHK_CHANGE_WINDOW_CLOSED']);
    const overview = (await late.get(`/api/plans/${planId}/rhk`)).json<RhkOverviewResponse>();
    expect(overview.canChange).toBe(false);
    expect(overview.changeBlockedReason).toBe(
      'Rencana Hasil Kerja hanya dapat diubah sebelum periode penilaian dimulai (1 Juni 2024).',
    );
    setNow(CLOCK.s1Execution);
  });
});
