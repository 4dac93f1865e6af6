import type {
  MyPlanResponse,
  NotificationListResponse,
  PlanHistoryResponse,
  PracticeOptionsResponse,
  SchoolPlanListResponse,
} from '@kinerja/contract';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app.js';
import {
  clientFor,
  fillTestIndicator,
  makeAdmin,
  makePlanningSchool,
  pdfText,
  planOf,
  validContent,
} from './plan-test-support.js';

const FLOWS = [
  {
    periodId: '2024-S1',
    now: '2024-01-10T03:00:00.000Z',
    tabs: ['practice', 'competency', 'additional_duties', 'work_behaviour', 'summary'],
    practice: 'instruksi_pembelajaran',
    practiceName: 'Instruksi Pembelajaran',
  },
  {
    periodId: '2025',
    now: '2025-01-15T03:00:00.000Z',
    tabs: ['main_duties', 'practice', 'competency', 'work_behaviour', 'summary'],
    practice: 'keteraturan_suasana_kelas',
    practiceName: 'Keteraturan Suasana Kelas',
  },
  {
    periodId: '2026',
    now: '2026-01-10T03:00:00.000Z',
    tabs: ['pre_planning', 'main_duties', 'practice', 'competency', 'work_behaviour', 'summary'],
    practice: 'penerapan_disiplin_positif',
    practiceName: 'Penerapan Disiplin Positif',
  },
];

describe('Perencanaan Kinerja of a teacher, end to end', () => {
  const t = useTestApp();

  it.each(FLOWS)(
    '$periodId: Mulai, data diri, every tab, Ajukan, Kembalikan, revise, Ajukan, Setujui, PDF',
    async (flow) => {
      const { app, ctx, setNow } = t();
      setNow(flow.now);
      const { school, teacher, principal } = await makePlanningSchool(ctx.db, {
        periodId: flow.periodId,
      });
      const admin = await clientFor(app, (await makeAdmin(ctx.db)).email);
      if (!flow.periodId.startsWith('2024')) await fillTestIndicator(admin, flow.periodId);
      const guru = await clientFor(app, teacher.email);
      const kepsek = await clientFor(app, principal!.email);

      const before = (
        await guru.get(`/api/plans/mine?periodId=${flow.periodId}`)
      ).json<MyPlanResponse>();
      expect(before).toMatchObject({
        status: 'not_started',
        plan: null,
        canStart: true,
        employeeKind: 'teacher',
      });

      const started = planOf(await guru.post('/api/plans', { periodId: flow.periodId }), 201);
      const again = planOf(await guru.post('/api/plans', { periodId: flow.periodId }), 200);
      expect(again.id).toBe(started.id);
      expect(started.tabs.map((tab) => tab.code)).toEqual(flow.tabs);
      expect(started).toMatchObject({
        status: 'draft',
        isValid: false,
        abilities: { canEdit: true, canApprove: false },
      });

      const confirmed = planOf(await guru.post(`/api/plans/${started.id}/personal-data/confirm`));
      expect(confirmed.personalData.isConfirmed).toBe(true);

      const practice = (
        await guru.get(`/api/plans/${started.id}/practice-options`)
      ).json<PracticeOptionsResponse>();
      expect(practice.others.map((option) => option.code)).toContain(flow.practice);

      const content = validContent(flow.periodId, { practice: flow.practice });
      const saved = planOf(
        await guru.put(`/api/plans/${started.id}/draft`, {
          version: confirmed.version,
          content,
          lastTab: 'summary',
        }),
      );
      expect(saved).toMatchObject({
        version: confirmed.version + 1,
        lastTab: 'summary',
        isValid: true,
      });
      expect(saved.competencyPoints).toEqual(
        flow.periodId === '2024-S1' ? { total: 44, min: 32, recommendedMax: 128 } : null,
      );

      const submitted = planOf(await guru.post(`/api/plans/${started.id}/submit`));
      expect(submitted).toMatchObject({
        status: 'submitted',
        statusLabel: 'Perlu disetujui',
        submissionCount: 1,
      });
      expect(submitted.supervision).toMatchObject({
        mode: 'manual',
        approver: { id: principal!.id },
      });

      const list = (
        await kepsek.get(
          `/api/schools/${school.id}/plans?periodId=${flow.periodId}&status=submitted`,
        )
      ).json<SchoolPlanListResponse>();
      expect(list.plans).toHaveLength(1);
      expect(list.plans[0]).toMatchObject({
        planId: started.id,
        statusLabel: 'Perlu disetujui',
        abilities: { canApprove: true },
      });

      const returned = planOf(
        await kepsek.post(`/api/plans/${started.id}/return`, {
          note: 'Pilih perilaku yang lebih spesifik.',
        }),
      );
      expect(returned).toMatchObject({
        status: 'returned',
        returnNote: 'Pilih perilaku yang lebih spesifik.',
      });
      const seenByTeacher = planOf(await guru.get(`/api/plans/${started.id}`));
      expect(seenByTeacher).toMatchObject({
        status: 'returned',
        returnNote: 'Pilih perilaku yang lebih spesifik.',
        abilities: { canEdit: true, canSubmit: true },
      });

      const revised = {
        ...content,
        workBehaviour: {
          ...content.workBehaviour,
          kompeten: {
            behaviourCode: 'kompeten_b',
            supervisorExpectation: content.workBehaviour.kompeten!.supervisorExpectation,
          },
        },
      };
      const resaved = planOf(
        await guru.put(`/api/plans/${started.id}/draft`, {
          version: seenByTeacher.version,
          content: revised,
        }),
      );
      expect(resaved.status).toBe('draft');
      const resubmitted = planOf(await guru.post(`/api/plans/${started.id}/submit`));
      expect(resubmitted).toMatchObject({
        status: 'submitted',
        submissionCount: 2,
        returnNote: null,
      });

      // A minute later: notifications carry the app's clock, and the newest comes first.
      setNow(new Date(ctx.clock().getTime() + 60_000).toISOString());
      const approved = planOf(
        await kepsek.post(`/api/plans/${started.id}/approve`, {
          supervisorExpectations: {
            akuntabel: 'Hadir tepat waktu dan mengisi jurnal kelas setiap hari.',
          },
        }),
      );
      expect(approved).toMatchObject({
        status: 'approved',
        approval: { isAutomatic: false, approvedBy: { id: principal!.id } },
      });
      expect(approved.supervisorExpectations.akuntabel?.text).toBe(
        'Hadir tepat waktu dan mengisi jurnal kelas setiap hari.',
      );
      expect(approved.abilities).toMatchObject({
        canEdit: false,
        canApprove: false,
        canDownloadPdf: true,
      });

      const history = (
        await guru.get(`/api/plans/${started.id}/history`)
      ).json<PlanHistoryResponse>();
      expect(history.versions.map((version) => version.number)).toEqual([1, 2]);
      expect(history.versions[1]!.content.workBehaviour.kompeten?.behaviourCode).toBe('kompeten_b');
      expect(history.decisions.map((decision) => [decision.decision, decision.note])).toEqual([
        ['returned', 'Pilih perilaku yang lebih spesifik.'],
        ['approved', null],
      ]);

      const notes = (await guru.get('/api/notifications')).json<NotificationListResponse>();
      expect(notes.notifications.map((note) => note.kind)).toEqual([
        'plan_approved',
        'plan_returned',
      ]);
      const forPrincipal = (
        await kepsek.get('/api/notifications')
      ).json<NotificationListResponse>();
      expect(forPrincipal.notifications.map((note) => note.kind)).toEqual([
        'plan_submitted',
        'plan_submitted',
      ]);

      const pdf = await guru.get(`/api/plans/${started.id}/pdf`);
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      const text = pdfText(pdf.rawPayload);
      expect(text).toContain(flow.practiceName);
      expect(text).toContain(teacher.name);
      expect(text).toContain(`Disetujui oleh ${principal!.name}`);
      expect(text).toContain('Hadir tepat waktu');
    },
  );
});
