import type { SchoolAssessmentsResponse } from '@kinerja/contract';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app.js';
import { clientFor, makePlanningSchool } from '../plans/plan-test-support.js';
import { WINDOWS } from './assessment-test-support.js';

describe('the principal’s Penilaian list counts every teacher (issue #11 finding 6)', () => {
  const t = useTestApp({ now: WINDOWS['2026'].assessment });

  it('names the teachers without a plan instead of "Belum ada guru"', async () => {
    const { app, ctx } = t();
    const a = await makePlanningSchool(ctx.db, { periodId: '2026', teachers: 5 });
    const other = await makePlanningSchool(ctx.db, { periodId: '2026', teachers: 2 });
    const kepsek = await clientFor(app, a.principal!.email);
    const response = await kepsek.get(`/api/schools/${a.school.id}/assessments`);
    expect(response.statusCode).toBe(200);
    const list = response.json<SchoolAssessmentsResponse>();
    expect(list.rows).toEqual([]);
    // Five teachers of this school, none of the other school's (nor the principal).
    expect(list.teachersWithoutPlan).toBe(5);
    const foreign = await kepsek.get(`/api/schools/${other.school.id}/assessments`);
    expect([403, 404]).toContain(foreign.statusCode);
  });
});
