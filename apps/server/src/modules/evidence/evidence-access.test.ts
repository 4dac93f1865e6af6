import type { EvidenceListResponse, KaryaListResponse } from '@kinerja/contract';
import { beforeAll, describe, expect, it } from 'vitest';
import { grantRole, makeDinas, makePerson, makeRegion } from '../../test/factories.js';
import { useTestApp } from '../../test/test-app.js';
import { makeAdmin, makeDinasOfficial, makePlanningSchool } from '../plans/plan-test-support.js';
import {
  approvePlan,
  CLOCK,
  evidenceOf,
  pdfBytes,
  personFor,
  type Person,
  statusAndCode,
} from './evidence-test-support.js';

type Call = {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  body?: unknown;
  raw?: Buffer;
};

describe('every evidence, Bukti Karya and RHK-change route: 401, 403, 404, 400', () => {
  const t = useTestApp({ now: CLOCK.s1Planning });
  const who = {} as Record<
    'owner' | 'peer' | 'head' | 'otherHead' | 'operator' | 'admin' | 'otherDinas' | 'dinas',
    Person
  >;
  let planId = '';
  let peerPlanId = '';
  let schoolId = '';
  let slotId = '';
  let peerSlotId = '';
  let karyaId = '';

  beforeAll(async () => {
    const { app, ctx } = t();
    const a = await makePlanningSchool(ctx.db, { periodId: '2024-S1', teachers: 2 });
    const b = await makePlanningSchool(ctx.db, { periodId: '2024-S1' });
    schoolId = a.school.id;
    const operator = await makePerson(ctx.db, { jenisPtk: 'Operator', name: 'Operator Uji' });
    await grantRole(ctx.db, { personId: operator.id, role: 'school_operator', schoolId });
    const admin = await makeAdmin(ctx.db);
    await makeRegion(ctx.db, { province: '33', regency: '3301' });
    const farDinas = await makeDinas(ctx.db, { provinceCode: '33', regencyCode: '3301' });
    const far = await makeDinasOfficial(ctx.db, farDinas.id);
    const near = await makeDinasOfficial(ctx.db, a.dinas.id);
    const approve = async (email: string | null) =>
      approvePlan(t(), {
        teacherEmail: email,
        headEmail: a.principal!.email,
        periodId: '2024-S1',
        planningNow: CLOCK.s1Planning,
      });
    planId = (await approve(a.teachers[0]!.email)).id;
    peerPlanId = (await approve(a.teachers[1]!.email)).id;
    t().setNow(CLOCK.s1Execution);
    const emails = {
      owner: a.teachers[0]!.email,
      peer: a.teachers[1]!.email,
      head: a.principal!.email,
      otherHead: b.principal!.email,
      operator: operator.email,
      admin: admin.email,
      otherDinas: far.email,
      dinas: near.email,
    };
    for (const [key, email] of Object.entries(emails)) {
      who[key as keyof typeof who] = await personFor(app, email);
    }
    slotId = (await evidenceOf(who.owner, planId)).slots[0]!.id;
    peerSlotId = (await evidenceOf(who.peer, peerPlanId)).slots[0]!.id;
    const karya = await who.owner.upload('/api/bukti-karya', pdfBytes(900, 'karya-akses'), {
      query: { title: 'Sertifikat Komunitas', category: 'sertifikat' },
    });
    expect(karya.statusCode, karya.body).toBe(201);
    karyaId = karya.json<{ id: string }>().id;
    const uploaded = await who.owner.upload(
      `/api/plans/${planId}/evidence/${slotId}/file`,
      pdfBytes(800, 'akses'),
      { query: { kind: 'certificate', issuedOn: '2024-02-01' } },
    );
    expect(uploaded.statusCode, uploaded.body).toBe(200);
  });

  const send = (person: Person | null, call: Call, headers: Record<string, string> = {}) => {
    const { app } = t();
    const base = person ? person.headers : {};
    return app.inject({
      method: call.method,
      url: call.url,
      headers: {
        ...base,
        ...headers,
        ...(call.raw ? { 'content-type': 'application/pdf' } : {}),
      },
      ...(call.raw
        ? { payload: call.raw }
        : call.body !== undefined
          ? { payload: call.body as object }
          : {}),
    });
  };
  async function expectStatus(person: Person | null, call: Call, status: number) {
    const response = await send(person, call);
    expect(response.statusCode, `${call.method} ${call.url}: ${response.body.slice(0, 300)}`).toBe(
      status,
    );
  }

  const slotUrl = (suffix: string) => `/api/plans/${planId}/evidence/${slotId}/${suffix}`;
  const reads = (): Call[] => [
    { method: 'GET', url: `/api/plans/${planId}/evidence` },
    { method: 'GET', url: slotUrl('file') },
    { method: 'GET', url: `/api/plans/${planId}/rhk` },
  ];
  const writes = (): Call[] => [
    {
      method: 'PUT',
      url: `${slotUrl('file')}?kind=certificate&issuedOn=2024-02-01`,
      raw: pdfBytes(600),
    },
    { method: 'PUT', url: slotUrl('karya'), body: { karyaId } },
    {
      method: 'PUT',
      url: slotUrl('draft'),
      body: { certificate: { kind: 'certificate', issuedOn: '2024-02-02' } },
    },
    { method: 'POST', url: slotUrl('collect'), body: {} },
    {
      method: 'PUT',
      url: `/api/plans/${planId}/rhk`,
      body: { discussed: true, competencyRhkCodes: ['penggerak_komunitas_belajar'] },
    },
  ];
  const karyaCalls = (): Call[] => [
    { method: 'GET', url: `/api/bukti-karya/${karyaId}/file` },
    { method: 'DELETE', url: `/api/bukti-karya/${karyaId}` },
  ];

  it('answers 401 without a session, on every route', async () => {
    const calls: Call[] = [
      ...reads(),
      ...writes(),
      ...karyaCalls(),
      { method: 'GET', url: '/api/bukti-karya' },
      { method: 'POST', url: '/api/bukti-karya?title=x&category=sertifikat', raw: pdfBytes(100) },
      { method: 'GET', url: `/api/schools/${schoolId}/evidence?periodId=2024-S1` },
    ];
    for (const call of calls) await expectStatus(null, call, 401);
  });

  it('answers 403 to a state change without the CSRF token', async () => {
    for (const call of [...writes(), karyaCalls()[1]!]) {
      const { 'x-csrf-token': _token, ...cookieOnly } = who.owner.headers;
      const response = await t().app.inject({
        method: call.method,
        url: call.url,
        headers: { ...cookieOnly, ...(call.raw ? { 'content-type': 'application/pdf' } : {}) },
        ...(call.raw ? { payload: call.raw } : { payload: call.body ?? {} }),
      });
      expect(statusAndCode(response), call.url).toEqual([403, 'CSRF_INVALID']);
    }
  });

  it("hides a teacher's evidence from other teachers, other schools and other regions (404)", async () => {
    for (const person of [who.peer, who.otherHead, who.otherDinas]) {
      for (const call of [...reads(), ...writes()]) await expectStatus(person, call, 404);
      for (const call of karyaCalls()) await expectStatus(person, call, 404);
    }
    for (const person of [who.owner, who.head, who.admin, who.dinas]) {
      for (const call of reads()) await expectStatus(person, call, 200);
    }
  });

  it('a slot of another plan is not found through this plan (cross-teacher 404)', async () => {
    await expectStatus(
      who.owner,
      { method: 'GET', url: `/api/plans/${planId}/evidence/${peerSlotId}/file` },
      404,
    );
    await expectStatus(
      who.owner,
      { method: 'POST', url: `/api/plans/${planId}/evidence/${peerSlotId}/collect`, body: {} },
      404,
    );
    await expectStatus(
      who.owner,
      {
        method: 'PUT',
        url: `/api/plans/${planId}/evidence/${peerSlotId}/file?kind=certificate&issuedOn=2024-02-01`,
        raw: pdfBytes(300),
      },
      404,
    );
    // Another teacher's Bukti Karya cannot be taken as evidence.
    const peerSlots = await evidenceOf(who.peer, peerPlanId);
    const response = await send(who.peer, {
      method: 'PUT',
      url: `/api/plans/${peerPlanId}/evidence/${peerSlots.slots[0]!.id}/karya`,
      body: { karyaId, certificate: { kind: 'certificate', issuedOn: '2024-02-01' } },
    });
    expect(statusAndCode(response)).toEqual([404, 'NOT_FOUND']);
  });

  it('answers 403 to roles that may look but not write, or never look', async () => {
    for (const person of [who.head, who.admin, who.dinas]) {
      for (const call of writes()) await expectStatus(person, call, 403);
    }
    for (const call of [...reads(), ...writes()]) await expectStatus(who.operator, call, 403);
    await expectStatus(who.operator, { method: 'GET', url: '/api/bukti-karya' }, 403);
    await expectStatus(who.dinas, { method: 'GET', url: '/api/bukti-karya' }, 403);
  });

  it("the principal's overview: own school 200, another school's principal 404, others 403", async () => {
    const overview = {
      method: 'GET' as const,
      url: `/api/schools/${schoolId}/evidence?periodId=2024-S1`,
    };
    await expectStatus(who.head, overview, 200);
    await expectStatus(who.admin, overview, 200);
    await expectStatus(who.dinas, overview, 200);
    await expectStatus(who.otherHead, overview, 404);
    await expectStatus(who.otherDinas, overview, 404);
    await expectStatus(who.owner, overview, 403);
    await expectStatus(who.operator, overview, 403);
    await expectStatus(who.head, { method: 'GET', url: '/api/schools/not-a-uuid/evidence' }, 400);
    await expectStatus(
      who.head,
      { method: 'GET', url: `/api/schools/${schoolId}/evidence?periodId=1999` },
      400,
    );
  });

  it('answers 400 to malformed ids, queries and bodies', async () => {
    const bad: Call[] = [
      { method: 'GET', url: '/api/plans/x/evidence' },
      { method: 'GET', url: `/api/plans/${planId}/evidence/x/file` },
      { method: 'PUT', url: slotUrl('karya'), body: {} },
      { method: 'PUT', url: slotUrl('karya'), body: { karyaId: 'x' } },
      {
        method: 'PUT',
        url: slotUrl('draft'),
        body: { certificate: { kind: 'certificate', issuedOn: '2024-13-01' } },
      },
      { method: 'POST', url: slotUrl('collect'), body: { version: 0 } },
      { method: 'PUT', url: `${slotUrl('file')}?version=abc`, raw: pdfBytes(100) },
      { method: 'PUT', url: `/api/plans/${planId}/rhk`, body: { competencyRhkCodes: ['x'] } },
      { method: 'PUT', url: `/api/plans/${planId}/rhk`, body: { discussed: true } },
      { method: 'POST', url: '/api/bukti-karya?category=sertifikat', raw: pdfBytes(100) },
      { method: 'POST', url: '/api/bukti-karya?title=Karya&category=foto', raw: pdfBytes(100) },
      { method: 'DELETE', url: '/api/bukti-karya/x' },
    ];
    for (const call of bad) await expectStatus(who.owner, call, 400);
    const list = (await who.owner.get('/api/bukti-karya')).json<KaryaListResponse>();
    expect(list.items).toHaveLength(1);
    const evidence: EvidenceListResponse = await evidenceOf(who.owner, planId);
    expect(evidence.slots[0]!.state).toBe('draft');
  });
});
